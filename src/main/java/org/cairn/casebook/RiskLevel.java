package org.cairn.casebook;

public enum RiskLevel {
    STANDARD, MEDIUM, HIGH
}
