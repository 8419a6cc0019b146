package org.cairn.stats;

import java.util.List;

/**
 * What happened to one bundle file on import; {@code warnings} are also in the message, for whoever lists them
 * apart (a bundle from another state of a casebook already held, or one whose origin cannot be checked).
 */
public record BundleImport(String name, boolean imported, String message, List<String> warnings) {
    public BundleImport {
        warnings = List.copyOf(warnings);
    }

    public BundleImport(String name, boolean imported, String message) {
        this(name, imported, message, List.of());
    }
}
