package org.cairn.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way Cairn compares names of people and organisations. Every safety rule about who receives something
 * (the never-contact list, consent records, the people causing harm, the service directory, statutory bodies)
 * asks this class, so a name typed with a non-breaking space, a zero-width character, different case, curly
 * punctuation or a letter from another script that looks the same is the same name everywhere. Stored text is
 * never changed: only comparisons use the folded form. Instances are immutable and may be shared.
 */
public final class Names {
    private final NameFolding folding = new NameFolding();

    /**
     * Compares a candidate (a recipient being checked) with a reference (a blocked name, a consent record, a list
     * entry). {@link NameMatch#SAME} when the folded words read the same, with or without the spaces and
     * punctuation between them; {@link NameMatch#CONTAINS_EVERY_WORD} when every word of the reference is among
     * the candidate's words; otherwise, or when either has no words at all, {@link NameMatch#DIFFERENT}.
     */
    public NameMatch compare(String candidate, String reference) {
        return compare(folding.fold(candidate), folding.fold(reference));
    }

    private static NameMatch compare(FoldedName wanted, FoldedName known) {
        if (wanted.isEmpty() || known.isEmpty()) {
            return NameMatch.DIFFERENT;
        }
        if (wanted.spaced().equals(known.spaced()) || wanted.joined().equals(known.joined())) {
            return NameMatch.SAME;
        }
        return containsEveryWord(wanted.words(), known.words()) ? NameMatch.CONTAINS_EVERY_WORD
                : NameMatch.DIFFERENT;
    }

    /**
     * True when {@code text} carries {@code phrase} as consecutive words, compared as names are (for phrases in a
     * letter's wording, where scattered words would match almost anything).
     */
    public boolean mentions(String text, String phrase) {
        return mentions(folding.fold(text).words(), folding.fold(phrase).words());
    }

    private static boolean mentions(List<String> words, List<String> wanted) {
        if (wanted.isEmpty() || words.size() < wanted.size()) {
            return false;
        }
        for (int start = 0; start + wanted.size() <= words.size(); start++) {
            if (words.subList(start, start + wanted.size()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Each reference word is matched by a different candidate word, so "Ann Ann" needs "Ann" twice. */
    private static boolean containsEveryWord(List<String> candidate, List<String> reference) {
        List<String> left = new ArrayList<>(candidate);
        for (String word : reference) {
            if (!left.remove(word)) {
                return false;
            }
        }
        return true;
    }
}
