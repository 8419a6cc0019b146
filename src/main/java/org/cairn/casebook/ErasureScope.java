package org.cairn.casebook;

/**
 * What one erasure removed: a client with every case of hers, one case, or the content of one case that is kept,
 * anonymised, for the counts (ADR 0049). Stored by name in the journal.
 */
public enum ErasureScope {
    CLIENT,
    CASE,
    ANONYMISED
}
