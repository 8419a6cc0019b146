package org.cairn.casebook.directoryfile;

/** Something wrong on one line of a directory file, in words that say what to change. Lines count from 1. */
public record LineProblem(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
