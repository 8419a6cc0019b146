package org.cairn.casebook;

/** What one erasure removed: a client with every case of hers, or one case. Stored by name in the journal. */
public enum ErasureScope {
    CLIENT,
    CASE
}
