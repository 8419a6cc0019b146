package org.cairn.letters.lists;

import java.util.List;
import java.util.Objects;
import org.cairn.casebook.Casebook;
import org.cairn.names.Names;

/**
 * Wording that reads as acting for a client in an immigration matter (making or presenting an application,
 * representing her), one phrase per line. A letter to the immigration authority from an organisation without an
 * OISC registration that contains one of these phrases, as consecutive words however spelled, is stopped.
 */
public final class OiscPhrases {
    public static final String KEY = "letters.oisc-phrases";
    static final String RESOURCE = "/org/cairn/letters/lists/oisc-phrases.txt";
    private final EditableList list;
    private final Names names;

    public OiscPhrases(Casebook casebook) {
        this.list = new EditableList(casebook, KEY, RESOURCE);
        this.names = Objects.requireNonNull(casebook.names());
    }

    public EditableList list() {
        return list;
    }

    /** The phrases in force that {@code text} contains, in list order. */
    public List<String> foundIn(String text) {
        return list.entries().stream().filter(phrase -> names.mentions(text, phrase)).toList();
    }
}
