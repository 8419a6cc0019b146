package org.cairn.letters.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.cairn.casebook.Casebook;

/**
 * A list that ships with Cairn and that an organisation may edit: the built-in text comes from a resource, and the
 * organisation's own version, once saved, is kept inside the casebook as one setting (one entry per line), so it
 * is encrypted, audited and backed up with the cases. Lines starting with '#' and blank lines are ignored.
 */
public final class EditableList {
    private final Casebook casebook;
    private final String key;
    private final String resource;

    public EditableList(Casebook casebook, String key, String resource) {
        this.casebook = Objects.requireNonNull(casebook);
        this.key = Objects.requireNonNull(key);
        this.resource = Objects.requireNonNull(resource);
    }

    /** The text in force: the organisation's version when saved, else the built-in one. */
    public String text() {
        return casebook.settings().find(key).orElseGet(this::builtIn);
    }

    /** True when the organisation has saved its own version. */
    public boolean edited() {
        return casebook.settings().find(key).isPresent();
    }

    /** The entries in force, without comments and blank lines. */
    public List<String> entries() {
        return text().lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** Keeps the organisation's version (audited under the list's key). */
    public void save(String text) {
        casebook.settings().save(key, Objects.requireNonNull(text));
    }

    /** Goes back to the built-in list; returns whether an edited version was removed. */
    public boolean reset() {
        return casebook.settings().remove(key);
    }

    /** The list as shipped with this version of Cairn. */
    public String builtIn() {
        try (InputStream in = EditableList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in list " + resource + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
