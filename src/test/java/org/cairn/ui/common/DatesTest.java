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
}
