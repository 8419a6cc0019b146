package org.cairn.casebook;

public enum ConsentMethod {
    VERBAL, WRITTEN
}
