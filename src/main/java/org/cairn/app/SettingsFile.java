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
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.shell.BackupViewModel;

/**
 * {@code settings.properties} in the data folder. It holds folder paths of recent casebooks and nothing about their
 * content. Every save writes a temporary file and renames it over the old one, so a crash never leaves half a file.
 */
public final class SettingsFile implements RecentCasebooks {
    static final String NAME = "settings.properties";
    static final int MAX_RECENT = 6;
    static final String IDLE_MINUTES = "lock.idleMinutes";
    static final String REMINDER_DAYS = "backupReminder.days";
    private static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);
    private final Path file;

    public SettingsFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    @Override
    public synchronized List<Path> list() {
        Properties properties = load();
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
        String value = load().getProperty(IDLE_MINUTES, "").strip();
        try {
            int minutes = Integer.parseInt(value);
            return minutes >= 1 && minutes <= 60 ? Duration.ofMinutes(minutes) : DEFAULT_IDLE;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    /** Days before the shell reminds about a backup: {@code backupReminder.days}, 1 to 365, 7 when unset or invalid. */
    public synchronized int backupReminderDays() {
        try {
            int days = Integer.parseInt(load().getProperty(REMINDER_DAYS, "").strip());
            return days >= 1 && days <= 365 ? days : BackupViewModel.DEFAULT_REMINDER_DAYS;
        } catch (NumberFormatException e) {
            return BackupViewModel.DEFAULT_REMINDER_DAYS;
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

    private Properties load() {
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
        Properties properties = new Properties();
        Properties old = load();
        for (String kept : new String[] {IDLE_MINUTES, REMINDER_DAYS}) {
            String value = old.getProperty(kept);
            if (value != null) {
                properties.setProperty(kept, value);
            }
        }
        for (int i = 0; i < folders.size(); i++) {
            properties.setProperty("recent." + i, folders.get(i).toString());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), NAME, ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    properties.store(out, "Cairn settings: folder paths only");
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
