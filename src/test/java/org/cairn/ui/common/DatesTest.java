package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final Instant MOMENT = Instant.parse("2026-11-25T14:05:00Z");

    @Test
    void rightToLeftDatesCarryNoInvisibleMarksThatWouldShowAsBoxes() {
        for (String tag : new String[] {"ar", "ur", "fa", "ar-EG"}) {
            Dates dates = new Dates(Locale.forLanguageTag(tag), java.time.ZoneOffset.UTC);
            for (String written : new String[] {dates.day(DAY), dates.moment(MOMENT)}) {
                assertThat(written).as(tag).isNotBlank().doesNotContain("\u061C", "\u200E", "\u200F");
            }
            // A date typed as the screen shows it reads back: a date picker would otherwise keep its old day.
            assertThat(dates.parseDay(dates.day(DAY))).as(tag).isEqualTo(DAY);
        }
    }

    @Test
    void usAndBareEnglishSystemsGetBritishDates() {
        assertThat(Dates.forDates(Locale.US, Locale.ROOT)).isEqualTo(Locale.UK);
        assertThat(Dates.forDates(Locale.ENGLISH, Locale.ROOT)).isEqualTo(Locale.UK);
        assertThat(Dates.forDates(Locale.ROOT, Locale.ROOT)).isEqualTo(Locale.UK);
    }

    @Test
    void otherEnglishCountriesKeepTheirOwn() {
        Locale irish = Locale.forLanguageTag("en-IE");
        assertThat(Dates.forDates(irish, Locale.ROOT)).isEqualTo(irish);
        assertThat(Dates.forDates(Locale.UK, Locale.ROOT)).isEqualTo(Locale.UK);
    }

    @Test
    void datesFollowTheLanguageOfTheWords() {
        Locale polish = Locale.forLanguageTag("pl-PL");
        assertThat(Dates.forDates(polish, Locale.ROOT)).as("the words are English").isEqualTo(Locale.UK);
        assertThat(Dates.forDates(polish, Locale.forLanguageTag("pl"))).as("once translated").isEqualTo(polish);
    }

    @Test
    void writesTheMediumBritishForm() {
        Dates dates = new Dates(Locale.UK, ZoneId.of("Europe/London"));
        assertThat(dates.day(DAY)).isEqualTo("25 Nov 2026");
        assertThat(dates.moment(MOMENT)).isEqualTo("25 Nov 2026, 14:05");
        assertThat(dates.day(null)).isEmpty();
        assertThat(dates.moment(null)).isEmpty();
    }

    @Test
    void messagesForAUsSystemWriteBritishDatesWhateverTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages messages = Messages.forLocale(Locale.US);
            assertThat(messages.dates().locale()).isEqualTo(Locale.UK);
            assertThat(messages.dates().day(DAY)).isEqualTo("25 Nov 2026");
            Messages fromBundle = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.US), Locale.US);
            assertThat(fromBundle.dates().day(DAY)).isEqualTo("25 Nov 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void datePickersWriteTheAppsFormAndReadItBackForEveryDayOfSeveralYears() {
        Dates dates = new Dates(Locale.UK, ZoneId.of("Europe/London"));
        var converter = dates.converter();
        assertThat(converter.toString(LocalDate.of(2026, 12, 7))).isEqualTo("7 Dec 2026");
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            assertThat(converter.fromString(converter.toString(day))).isEqualTo(day);
        }
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void typedDaysAreReadInTheLocalesOrderAndIsoAndBlankIsNone() {
        Dates dates = new Dates(Locale.UK, ZoneId.of("Europe/London"));
        LocalDate seventh = LocalDate.of(2026, 12, 7);
        assertThat(dates.parseDay("07/12/2026")).as("day first in Britain").isEqualTo(seventh);
        assertThat(dates.parseDay("7/12/2026")).isEqualTo(seventh);
        assertThat(dates.parseDay(" 7 December 2026 ")).isEqualTo(seventh);
        assertThat(dates.parseDay("2026-12-07")).isEqualTo(seventh);
        assertThat(dates.parseDay("   ")).isNull();
    }

    @Test
    void lookAlikeDigitsImpossibleDaysAndNonsenseAreRefusedNotGuessed() {
        Dates dates = new Dates(Locale.UK, ZoneId.of("Europe/London"));
        for (String typed : new String[] {"\uff17 Dec 2026", "\u0667/12/2026", "31/02/2026", "7 Dex 2026",
                "7\u200b Dec 2026", "2026-13-01", "tomorrow"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dates.parseDay(typed)).as(typed)
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }
}
