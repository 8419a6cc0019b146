package org.cairn.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one import added (ADR 0043), kept as the setting {@code import.<number>} so that it can be undone: the
 * transfer it came from, each new case's lasting id with its fingerprint just after the import, the clients that
 * arrived with them, whether it changed anything that was already here, and whether a move receipt was made for it.
 */
record ImportRecord(long id, TransferKind kind, String sender, long sequence, boolean merged, boolean receiptMade,
        Map<String, String> cases, List<String> newClients) {
    static final String PREFIX = "import.";

    ImportRecord {
        cases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cases));
        newClients = List.copyOf(newClients);
    }

    String key() {
        return PREFIX + id;
    }

    ImportRecord withReceipt() {
        return new ImportRecord(id, kind, sender, sequence, merged, true, cases, newClients);
    }

    String value() {
        List<String> pairs = new ArrayList<>();
        cases.forEach((uid, digest) -> pairs.add(uid + ":" + digest));
        return String.join(" ", "v1", kind.name(), sender, Long.toString(sequence), merged ? "1" : "0",
                receiptMade ? "1" : "0", list(pairs), list(newClients));
    }

    static ImportRecord parse(long id, String value) {
        String[] parts = value.split(" ");
        if (parts.length != 8 || !parts[0].equals("v1")) {
            throw new IllegalStateException("an import record in this casebook is damaged; run cairn check");
        }
        Map<String, String> cases = new LinkedHashMap<>();
        for (String pair : items(parts[6])) {
            String[] kv = pair.split(":");
            cases.put(kv[0], kv[1]);
        }
        return new ImportRecord(id, TransferKind.valueOf(parts[1]), parts[2], Long.parseLong(parts[3]),
                parts[4].equals("1"), parts[5].equals("1"), cases, items(parts[7]));
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "-" : String.join(",", items);
    }

    private static List<String> items(String text) {
        return text.equals("-") ? List.of() : Arrays.asList(text.split(","));
    }
}
