package org.cairn.ui.cases;

/** Which cases the list shows by risk level. */
public enum RiskFilter {
    ANY, STANDARD, MEDIUM, HIGH
}
