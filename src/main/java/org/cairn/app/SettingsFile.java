package org.cairn.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.ui.common.AppSettings;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.SettingsStore;

/**
 * {@code settings.properties} in the data folder. It holds folder paths of recent casebooks and the Settings screen's
 * choices, nothing about any casebook's content. Every save writes a temporary file and renames it over the old one,
 * so a crash never leaves half a file. A value that is missing, unreadable or out of range reads as its default.
 */
public final class SettingsFile implements RecentCasebooks, SettingsStore, org.cairn.ui.shell.WindowMemory {
    static final String NAME = "settings.properties";
    static final int MAX_RECENT = 6;
    static final String IDLE_MINUTES = "lock.idleMinutes";
    static final String REMINDER_DAYS = "backupReminder.days";
    static final String THEME = "appearance.theme";
    static final String TEXT_SCALE = "appearance.textScale";
    static final String LANGUAGE = "appearance.language";
    private static final String DARK = "dark";
    private static final List<String> WINDOW = List.of("window.x", "window.y", "window.width", "window.height");
    private final Path file;

    public SettingsFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    @Override
    public synchronized List<Path> list() {
        Properties properties = read();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = properties.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                folders.add(Path.of(value));
            }
        }
        return folders;
    }

    /** Minutes of idle time before the casebook locks: {@code lock.idleMinutes}, 1 to 60, 5 when unset or invalid. */
    public synchronized Duration idleLimit() {
        return Duration.ofMinutes(load().idleMinutes());
    }

    /** Days before the shell reminds about a backup: {@code backupReminder.days}, 1 to 365, 7 when unset or invalid. */
    public synchronized int backupReminderDays() {
        return load().backupReminderDays();
    }

    @Override
    public synchronized AppSettings load() {
        Properties properties = read();
        AppSettings defaults = AppSettings.DEFAULTS;
        return AppSettings.checked(number(properties, IDLE_MINUTES, defaults.idleMinutes()),
                DARK.equals(properties.getProperty(THEME, "").strip()),
                scale(properties.getProperty(TEXT_SCALE, "")),
                number(properties, REMINDER_DAYS, defaults.backupReminderDays()));
    }

    @Override
    public synchronized void save(AppSettings settings) {
        update(properties -> {
            properties.setProperty(IDLE_MINUTES, Integer.toString(settings.idleMinutes()));
            properties.setProperty(THEME, settings.dark() ? DARK : "light");
            properties.setProperty(TEXT_SCALE, Double.toString(settings.textScale()));
            properties.setProperty(REMINDER_DAYS, Integer.toString(settings.backupReminderDays()));
        });
    }

    /** {@code appearance.language}: a language tag, or "" (also when unset) to follow the operating system. */
    @Override
    public synchronized String language() {
        String tag = read().getProperty(LANGUAGE, "").strip();
        return tag.matches("[A-Za-z0-9-]{0,35}") ? tag : "";
    }

    @Override
    public synchronized void saveLanguage(String tag) {
        update(properties -> properties.setProperty(LANGUAGE, tag));
    }

    /** The main window's last place and size, when all four numbers are there and readable. */
    @Override
    public synchronized java.util.Optional<org.cairn.ui.shell.WindowPlacement.Box> window() {
        Properties properties = read();
        double[] values = new double[WINDOW.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = Double.parseDouble(properties.getProperty(WINDOW.get(i), "").strip());
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new org.cairn.ui.shell.WindowPlacement.Box(values[0], values[1], values[2],
                values[3]));
    }

    @Override
    public synchronized void rememberWindow(org.cairn.ui.shell.WindowPlacement.Box box) {
        double[] values = {box.x(), box.y(), box.width(), box.height()};
        update(properties -> {
            for (int i = 0; i < values.length; i++) {
                properties.setProperty(WINDOW.get(i), Long.toString(Math.round(values[i])));
            }
        });
    }

    private static int number(Properties properties, String key, int fallback) {
        try {
            return Integer.parseInt(properties.getProperty(key, "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double scale(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return AppSettings.DEFAULTS.textScale();
        }
    }

    @Override
    public synchronized void remember(Path folder) {
        List<Path> folders = list();
        Path normal = folder.toAbsolutePath().normalize();
        folders.remove(normal);
        folders.add(0, normal);
        save(folders.subList(0, Math.min(MAX_RECENT, folders.size())));
    }

    @Override
    public synchronized void forget(Path folder) {
        List<Path> folders = list();
        folders.remove(folder.toAbsolutePath().normalize());
        save(folders);
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return properties;
    }

    private void save(List<Path> folders) {
        update(properties -> {
            properties.stringPropertyNames().stream().filter(key -> key.startsWith("recent."))
                    .forEach(properties::remove);
            for (int i = 0; i < folders.size(); i++) {
                properties.setProperty("recent." + i, folders.get(i).toString());
            }
        });
    }

    /** Reads the file, lets {@code change} edit it, and writes it back atomically; other keys are kept. */
    private void update(Consumer<Properties> change) {
        Properties properties = read();
        change.accept(properties);
        try {
            // The data folder holds logs and the demo casebook as well: owner-only from the moment it exists.
            OwnerOnlyFiles.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(out, "Cairn settings: folder paths and preferences only");
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the settings", e);
        }
    }
}
