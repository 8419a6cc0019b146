package org.cairn.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.letters.pdf.LetterScript;
import org.cairn.ui.common.AppSettings;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.MemorySettings;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
    private final MemorySettings stored = new MemorySettings();
    private final LiveSettings settings = new LiveSettings(stored);
    private final List<String> backs = new ArrayList<>();

    private SettingsViewModel model(ScriptFonts fonts) {
        return new SettingsViewModel(Fakes.messages(), settings, new SyncTaskRunner(), fonts, () -> backs.add("back"));
    }

    private SettingsViewModel model() {
        return model(script -> Optional.empty());
    }

    @Test
    void showsTheSettingsInForce() {
        stored.saved = new AppSettings(12, true, 1.3, 30);
        SettingsViewModel model = new SettingsViewModel(Fakes.messages(), new LiveSettings(stored),
                new SyncTaskRunner(), script -> Optional.empty(), () -> { });
        assertThat(model.idleMinutesProperty().get()).isEqualTo("12");
        assertThat(model.reminderDaysProperty().get()).isEqualTo("30");
        assertThat(model.darkProperty().get()).isTrue();
        assertThat(model.textSizeProperty().get()).isEqualTo(130);
    }

    @Test
    void aValidNumberAppliesAndIsSavedAtOnce() {
        SettingsViewModel model = model();
        model.idleMinutesProperty().set("15");
        model.reminderDaysProperty().set(" 365 ");
        assertThat(settings.get().idleMinutes()).isEqualTo(15);
        assertThat(stored.saved.idleMinutes()).isEqualTo(15);
        assertThat(stored.saved.backupReminderDays()).isEqualTo(365);
        assertThat(model.idleErrorProperty().get()).isEmpty();
    }

    @Test
    void numbersOutOfRangeOrNotNumbersAreExplainedAndNotApplied() {
        SettingsViewModel model = model();
        for (String bad : new String[] {"0", "61", "five", "", "-3", "1.5"}) {
            model.idleMinutesProperty().set(bad);
            assertThat(model.idleErrorProperty().get()).as(bad).isEqualTo(
                    "Type a whole number of minutes from 1 to 60. Until then the last valid number stays in force.");
        }
        model.reminderDaysProperty().set("366");
        assertThat(model.reminderErrorProperty().get()).contains("from 1 to 365");
        assertThat(settings.get()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(stored.saves).isZero();
        model.idleMinutesProperty().set("60");
        assertThat(model.idleErrorProperty().get()).isEmpty();
        assertThat(stored.saved.idleMinutes()).isEqualTo(60);
    }

    @Test
    void themeAndTextSizeApplyAtOnceAndFollowTheKeyboard() {
        SettingsViewModel model = model();
        model.darkProperty().set(true);
        model.textSizeProperty().set(150);
        assertThat(stored.saved.dark()).isTrue();
        assertThat(stored.saved.textScale()).isEqualTo(1.5);
        settings.update(current -> current.withTextScale(1.6));
        assertThat(model.textSizeProperty().get()).isEqualTo(160);
        assertThat(SettingsViewModel.TEXT_SIZES).startsWith(80).endsWith(200).contains(160);
    }

    @Test
    void aSettingThatCannotBeSavedStillAppliesAndSaysSo() {
        SettingsViewModel model = model();
        stored.failing = true;
        model.idleMinutesProperty().set("9");
        assertThat(settings.get().idleMinutes()).isEqualTo(9);
        assertThat(model.saveErrorProperty().get()).startsWith("The settings could not be saved");
        stored.failing = false;
        model.idleMinutesProperty().set("10");
        assertThat(model.saveErrorProperty().get()).isEmpty();
    }

    @Test
    void listsEveryScriptWithItsFontOrSaysLettersWillBeRefused() {
        SettingsViewModel model = model(script -> script == LetterScript.BENGALI
                ? Optional.empty() : Optional.of(script.name().toLowerCase() + ".ttf"));
        model.loadScripts();
        assertThat(model.scripts()).hasSize(LetterScript.values().length);
        assertThat(model.scripts()).contains(
                new SettingsViewModel.ScriptLine("Latin", "latin.ttf", true),
                new SettingsViewModel.ScriptLine("Bengali",
                        "not available \u2014 letters in this script will be refused", false));
        assertThat(model.scriptsLoadingProperty().get()).isFalse();
        model.back();
        assertThat(backs).containsExactly("back");
    }

    @Test
    void theLanguageStartsAsTheComputersAndAChoiceIsSavedForTheNextStart() {
        SettingsViewModel model = model();
        assertThat(model.languages()).extracting(SettingsViewModel.LanguageOption::tag).startsWith("", "en");
        assertThat(model.languageProperty().get().tag()).isEmpty();
        model.languageProperty().set(model.languages().get(1));
        assertThat(stored.language).isEqualTo("en");
        assertThat(model.saveErrorProperty().get()).isEmpty();
        stored.failing = true;
        model.languageProperty().set(model.languages().get(0));
        assertThat(stored.language).isEqualTo("en");
        assertThat(model.saveErrorProperty().get()).isNotEmpty();
    }

    @Test
    void aStoredLanguageIsShownAsChosen() {
        stored.language = "en";
        assertThat(model().languageProperty().get().label()).isEqualTo("English");
        stored.language = "xx";
        assertThat(model().languageProperty().get().tag()).as("not on offer").isEmpty();
    }
}
