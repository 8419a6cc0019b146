package org.cairn.templates;

/** A problem in one of several files being imported. */
public record FileProblem(String file, Problem problem) {
    /** {@code FILE:LINE:COLUMN: message}, as compilers and {@code cairn template check} print them. */
    @Override
    public String toString() {
        return file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message();
    }
}
