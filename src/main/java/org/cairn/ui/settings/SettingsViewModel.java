package org.cairn.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.letters.pdf.LetterScript;
import org.cairn.ui.common.AppSettings;
import org.cairn.ui.common.Languages;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TaskRunner;

/**
 * The Settings screen. Every valid change applies at once and is saved; a value out of range is explained and
 * not applied, so the setting in force never becomes one Cairn would refuse to read back.
 */
public final class SettingsViewModel {
    /** One line of "Scripts available for letters on this computer". */
    public record ScriptLine(String script, String font, boolean available) {
    }

    /** One entry of the language picker: a tag as stored ("" for the operating system's) and its words. */
    public record LanguageOption(String tag, String label) {
    }

    /** Text sizes offered, in percent of the normal size: the same steps as Ctrl+plus and Ctrl+minus. */
    public static final List<Integer> TEXT_SIZES = IntStream.rangeClosed(8, 20).map(tenth -> tenth * 10).boxed()
            .toList();
    private final Messages messages;
    private final LiveSettings settings;
    private final TaskRunner tasks;
    private final ScriptFonts fonts;
    private final Runnable onBack;
    private final StringProperty idleMinutes = new SimpleStringProperty();
    private final StringProperty reminderDays = new SimpleStringProperty();
    private final StringProperty idleError = new SimpleStringProperty("");
    private final StringProperty reminderError = new SimpleStringProperty("");
    private final StringProperty saveError = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> textSize = new SimpleObjectProperty<>();
    private final ObservableList<ScriptLine> scripts = FXCollections.observableArrayList();
    private final BooleanProperty scriptsLoading = new SimpleBooleanProperty();
    private final ObservableList<LanguageOption> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageOption> language = new SimpleObjectProperty<>();

    public SettingsViewModel(Messages messages, LiveSettings settings, TaskRunner tasks, ScriptFonts fonts,
            Runnable onBack) {
        this.messages = Objects.requireNonNull(messages);
        this.settings = Objects.requireNonNull(settings);
        this.tasks = Objects.requireNonNull(tasks);
        this.fonts = Objects.requireNonNull(fonts);
        this.onBack = Objects.requireNonNull(onBack);
        AppSettings current = settings.get();
        idleMinutes.set(Integer.toString(current.idleMinutes()));
        reminderDays.set(Integer.toString(current.backupReminderDays()));
        show(current);
        idleMinutes.addListener((o, was, now) -> idleTyped(now));
        reminderDays.addListener((o, was, now) -> reminderTyped(now));
        dark.addListener((o, was, now) -> change(s -> s.withDark(now)));
        textSize.addListener((o, was, now) -> {
            if (now != null) {
                change(s -> s.withTextScale(now / 100.0));
            }
        });
        languages.add(new LanguageOption("", messages.get("appSettings.language.system")));
        for (Languages.Language offered : Languages.offered()) {
            languages.add(new LanguageOption(offered.tag(), offered.draft()
                    ? messages.format("appSettings.language.draft", offered.name()) : offered.name()));
        }
        String stored = Languages.find(settings.language()).map(Languages.Language::tag).orElse("");
        language.set(languages.stream().filter(option -> option.tag().equals(stored)).findFirst()
                .orElse(languages.get(0)));
        language.addListener((o, was, now) -> {
            if (now != null) {
                saveError.set(settings.chooseLanguage(now.tag()) ? "" : messages.get("appSettings.saveFailed"));
            }
        });
        // Ctrl+plus or the View menu while this screen is open: show what is now in force.
        settings.property().addListener((o, was, now) -> show(now));
    }

    private void show(AppSettings current) {
        dark.set(current.dark());
        textSize.set((int) Math.round(current.textScale() * 100));
    }

    private void idleTyped(String text) {
        Integer minutes = wholeNumber(text);
        if (minutes == null || !AppSettings.idleInRange(minutes)) {
            idleError.set(messages.format("appSettings.idle.invalid", AppSettings.MIN_IDLE, AppSettings.MAX_IDLE));
            return;
        }
        idleError.set("");
        change(s -> s.withIdleMinutes(minutes));
    }

    private void reminderTyped(String text) {
        Integer days = wholeNumber(text);
        if (days == null || !AppSettings.reminderInRange(days)) {
            reminderError.set(messages.format("appSettings.reminder.invalid", AppSettings.MIN_REMINDER,
                    AppSettings.MAX_REMINDER));
            return;
        }
        reminderError.set("");
        change(s -> s.withBackupReminderDays(days));
    }

    private static Integer wholeNumber(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("[0-9]{1,4}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private void change(java.util.function.UnaryOperator<AppSettings> change) {
        saveError.set(settings.update(change) ? "" : messages.get("appSettings.saveFailed"));
    }

    /** Looks at the installed fonts in the background: scanning font folders can take a moment. */
    public void loadScripts() {
        scriptsLoading.set(true);
        tasks.run(progress -> {
            List<ScriptLine> lines = new ArrayList<>();
            for (LetterScript script : LetterScript.values()) {
                var font = fonts.fontFor(script);
                lines.add(new ScriptLine(messages.get(scriptKey(script)),
                        font.orElse(messages.get("appSettings.scripts.missing")), font.isPresent()));
            }
            return lines;
        }, lines -> {
            scriptsLoading.set(false);
            scripts.setAll(lines);
        }, failure -> {
            scriptsLoading.set(false);
            scripts.clear();
        });
    }

    /** The key of a letter script's name: one per {@link LetterScript} constant. */
    public static String scriptKey(LetterScript script) {
        return "appSettings.script." + script.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void back() {
        onBack.run();
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public StringProperty reminderDaysProperty() {
        return reminderDays;
    }

    public StringProperty idleErrorProperty() {
        return idleError;
    }

    public StringProperty reminderErrorProperty() {
        return reminderError;
    }

    public StringProperty saveErrorProperty() {
        return saveError;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObjectProperty<Integer> textSizeProperty() {
        return textSize;
    }

    public ObservableList<ScriptLine> scripts() {
        return scripts;
    }

    /** The languages on offer, the operating system's first; a choice is saved at once and shown at next start. */
    public ObservableList<LanguageOption> languages() {
        return languages;
    }

    public ObjectProperty<LanguageOption> languageProperty() {
        return language;
    }

    public BooleanProperty scriptsLoadingProperty() {
        return scriptsLoading;
    }
}
