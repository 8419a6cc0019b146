package org.cairn.letters.values;

/**
 * The advocate signing a letter. Each value may be null; a template that uses a missing one asks for it.
 */
public record Advocate(String name, String title, String phone, String email) {
}
