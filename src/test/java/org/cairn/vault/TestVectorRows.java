package org.cairn.vault;

import java.util.List;

/** The rows of the test vector's one table. */
final class TestVectorRows {
    private TestVectorRows() {
    }

    static List<String> of(Vault vault) {
        return vault.read(r -> r.query("SELECT text FROM greeting ORDER BY id", row -> row.getString(1)));
    }
}
