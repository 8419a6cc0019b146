package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path data;

    @Test
    void remembersFoldersNewestFirstWithoutDuplicates() {
        SettingsFile settings = new SettingsFile(data);
        settings.remember(data.resolve("a"));
        settings.remember(data.resolve("b"));
        settings.remember(data.resolve("a"));
        assertThat(new SettingsFile(data).list()).containsExactly(data.resolve("a"), data.resolve("b"));
        settings.forget(data.resolve("a"));
        assertThat(settings.list()).containsExactly(data.resolve("b"));
    }

    @Test
    void keepsAtMostSixAndLeavesNoTemporaryFiles() throws IOException {
        SettingsFile settings = new SettingsFile(data);
        for (int i = 0; i < 10; i++) {
            settings.remember(data.resolve("book" + i));
        }
        assertThat(settings.list()).hasSize(SettingsFile.MAX_RECENT).first().isEqualTo(data.resolve("book9"));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.NAME);
        }
    }

    @Test
    void idleLimitIsFiveMinutesUnlessSetBetweenOneAndSixty() throws IOException {
        SettingsFile settings = new SettingsFile(data);
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(5));
        Files.writeString(data.resolve(SettingsFile.NAME), "lock.idleMinutes=12\n");
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(12));
        settings.remember(data.resolve("a"));
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(12));
        Files.writeString(data.resolve(SettingsFile.NAME), "lock.idleMinutes=0\n");
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(5));
        Files.writeString(data.resolve(SettingsFile.NAME), "lock.idleMinutes=soon\n");
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void backupReminderIsSevenDaysUnlessSetAndSurvivesOtherSaves() throws IOException {
        SettingsFile settings = new SettingsFile(data);
        assertThat(settings.backupReminderDays()).isEqualTo(7);
        Files.writeString(data.resolve(SettingsFile.NAME), "backupReminder.days=30\nlock.idleMinutes=9\n");
        settings.remember(data.resolve("a"));
        assertThat(settings.backupReminderDays()).isEqualTo(30);
        assertThat(settings.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(9));
        Files.writeString(data.resolve(SettingsFile.NAME), "backupReminder.days=0\n");
        assertThat(settings.backupReminderDays()).isEqualTo(7);
    }

    @Test
    void aDamagedSettingsFileIsTreatedAsEmpty() throws IOException {
        Files.writeString(data.resolve(SettingsFile.NAME), "recent.0=\\u12");
        assertThat(new SettingsFile(data).list()).isEmpty();
    }

    @Test
    void theSettingsScreenValuesAreSavedAndReadBackWithTheRecentFolders() {
        SettingsFile settings = new SettingsFile(data);
        assertThat(settings.load()).isEqualTo(org.cairn.ui.common.AppSettings.DEFAULTS);
        settings.remember(data.resolve("a"));
        var chosen = new org.cairn.ui.common.AppSettings(20, true, 1.4, 30);
        settings.save(chosen);
        settings.remember(data.resolve("b"));
        SettingsFile again = new SettingsFile(data);
        assertThat(again.load()).isEqualTo(chosen);
        assertThat(again.list()).containsExactly(data.resolve("b"), data.resolve("a"));
        assertThat(again.idleLimit()).isEqualTo(java.time.Duration.ofMinutes(20));
    }

    @Test
    void badValuesReadAsTheirDefaultsOneByOne() throws IOException {
        Files.writeString(data.resolve(SettingsFile.NAME), "lock.idleMinutes=600\nappearance.theme=purple\n"
                + "appearance.textScale=NaN\nbackupReminder.days=30\n");
        var read = new SettingsFile(data).load();
        assertThat(read).isEqualTo(new org.cairn.ui.common.AppSettings(5, false, 1.0, 30));
        Files.writeString(data.resolve(SettingsFile.NAME), "appearance.textScale=9.5\nappearance.theme=dark\n");
        assertThat(new SettingsFile(data).load()).isEqualTo(new org.cairn.ui.common.AppSettings(5, true, 1.0, 7));
    }

    @Test
    void aSettingsFileThatCannotBeWrittenSaysSo() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        SettingsFile settings = new SettingsFile(notAFolder);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.save(
                org.cairn.ui.common.AppSettings.DEFAULTS)).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(settings.load()).isEqualTo(org.cairn.ui.common.AppSettings.DEFAULTS);
    }

    @Test
    void remembersTheWindowBoxAndReadsNothingFromDamagedNumbers() throws Exception {
        SettingsFile settings = new SettingsFile(data);
        assertThat(settings.window()).isEmpty();
        settings.remember(data.resolve("a"));
        settings.rememberWindow(new org.cairn.ui.shell.WindowPlacement.Box(-20.4, 30, 1280.6, 860));
        assertThat(new SettingsFile(data).window()).contains(
                new org.cairn.ui.shell.WindowPlacement.Box(-20, 30, 1281, 860));
        assertThat(new SettingsFile(data).list()).as("other keys kept").containsExactly(data.resolve("a"));
        Path file = data.resolve(SettingsFile.NAME);
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("window.width=1281", "window.width=\uff11\uff12\uff18\uff10"));
        assertThat(new SettingsFile(data).window()).isEmpty();
    }

    @Test
    void theLanguageIsKeptBesideTheOtherSettingsAndAHandEditedValueIsNotTrusted() throws Exception {
        SettingsFile settings = new SettingsFile(data);
        assertThat(settings.language()).as("unset: the system's language").isEmpty();
        settings.remember(data.resolve("a"));
        settings.save(org.cairn.ui.common.AppSettings.DEFAULTS.withDark(true));
        settings.saveLanguage("en");
        SettingsFile again = new SettingsFile(data);
        assertThat(again.language()).isEqualTo("en");
        assertThat(again.load().dark()).isTrue();
        assertThat(again.list()).containsExactly(data.resolve("a"));
        Path file = data.resolve(SettingsFile.NAME);
        for (String typed : List.of("en\u202e", "../../etc", "e n", "x".repeat(40))) {
            java.nio.file.Files.writeString(file, SettingsFile.LANGUAGE + "=" + typed + "\n");
            assertThat(new SettingsFile(data).language()).as(typed).isEmpty();
        }
    }
}
