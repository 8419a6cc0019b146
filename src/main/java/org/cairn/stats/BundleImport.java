package org.cairn.stats;

/** What happened to one bundle file on import. */
public record BundleImport(String name, boolean imported, String message) {
}
