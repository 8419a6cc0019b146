package org.cairn.ui.common;

import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings in force while Cairn runs. The shell listens to them (idle lock, theme, text size, backup
 * reminder), the Settings screen changes them, and every change is saved at once, so nothing needs a restart.
 */
public final class LiveSettings {
    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<AppSettings> current;

    public LiveSettings(SettingsStore store) {
        this.store = Objects.requireNonNull(store);
        this.current = new ReadOnlyObjectWrapper<>(store.load());
    }

    public AppSettings get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<AppSettings> property() {
        return current.getReadOnlyProperty();
    }

    /**
     * Applies a change at once and saves it. Returns false when the file could not be written: the change then
     * still holds until Cairn closes.
     */
    public boolean update(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(current.get());
        if (next.equals(current.get())) {
            return true;
        }
        current.set(next);
        try {
            store.save(next);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** The language chosen in Settings ("" for the operating system's), shown from the next start. */
    public String language() {
        return store.language();
    }

    /** Saves the language for the next start; false when the file could not be written. */
    public boolean chooseLanguage(String tag) {
        try {
            store.saveLanguage(tag == null ? "" : tag.strip());
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
