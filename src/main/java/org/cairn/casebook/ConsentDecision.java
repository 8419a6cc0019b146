package org.cairn.casebook;

public enum ConsentDecision {
    GIVEN, WITHDRAWN
}
