package org.cairn.stats;

import java.util.List;

/**
 * What happened to one bundle file on import. {@code message} is the English sentence (warnings included) the
 * command line prints; {@code outcome} and {@code notes} are the same as codes the screens word in the chosen
 * language. {@code warnings} are also in the message, for whoever lists them apart (a bundle from another state of
 * a casebook already held, or one whose origin cannot be checked).
 */
public record BundleImport(String name, boolean imported, CountsNote outcome, List<CountsNote> notes) {
    public BundleImport {
        notes = List.copyOf(notes);
    }

    public String message() {
        return outcome.english();
    }

    public List<String> warnings() {
        return notes.stream().map(CountsNote::english).toList();
    }
}
