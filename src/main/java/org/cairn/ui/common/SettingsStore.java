package org.cairn.ui.common;

/** Where the settings are kept between runs (the app's settings file); never inside a casebook. */
public interface SettingsStore {
    /** The stored settings, with defaults for anything missing or out of range. */
    AppSettings load();

    /** Saves the settings; throws {@link java.io.UncheckedIOException} when the file cannot be written. */
    void save(AppSettings settings);

    /** The language chosen in Settings as a language tag, or "" to follow the operating system. */
    default String language() {
        return "";
    }

    /** Saves the language chosen in Settings ("" to follow the operating system); throws as {@link #save} does. */
    default void saveLanguage(String tag) {
        throw new UnsupportedOperationException("this store keeps no language");
    }
}
