package org.cairn.ui.cases;

/** Which cases the list shows by status. */
public enum StatusFilter {
    ALL, OPEN, CLOSED
}
