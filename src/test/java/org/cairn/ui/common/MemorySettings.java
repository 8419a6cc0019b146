package org.cairn.ui.common;

import java.io.UncheckedIOException;

/** Settings kept in memory; {@code failing} makes every save fail as a full disk would. */
public final class MemorySettings implements SettingsStore {
    public AppSettings saved = AppSettings.DEFAULTS;
    public int saves;
    public boolean failing;
    public String language = "";

    @Override
    public String language() {
        return language;
    }

    @Override
    public void saveLanguage(String tag) {
        if (failing) {
            throw new UncheckedIOException(new java.io.IOException("No space left on device"));
        }
        language = tag;
    }

    @Override
    public AppSettings load() {
        return saved;
    }

    @Override
    public void save(AppSettings settings) {
        if (failing) {
            throw new UncheckedIOException(new java.io.IOException("No space left on device"));
        }
        saved = settings;
        saves++;
    }
}
