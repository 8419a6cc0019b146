package org.cairn.casebook;

/** Sizes shown by {@code cairn check} and the status bar. */
public record CasebookCounts(long clients, long cases, long notes) {
}
