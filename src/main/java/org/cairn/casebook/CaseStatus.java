package org.cairn.casebook;

public enum CaseStatus {
    OPEN, CLOSED
}
