package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A translation stops being a draft only through a complete sign-off of the bundle exactly as it is. */
class TranslationReviewsTest {
    private static final byte[] BUNDLE = "app.direction=rtl\ncases.title=\u0645\u0642\u062f\u0645\u0627\u062a\n"
            .getBytes(StandardCharsets.UTF_8);

    private static Properties signOff(String hash) {
        Properties lines = new Properties();
        lines.setProperty("ur.reviewer", "A. Reviewer");
        lines.setProperty("ur.date", "2027-01-15");
        lines.setProperty("ur.reviewed", "every message, against the glossary");
        lines.setProperty("ur.sha256", hash);
        return lines;
    }

    private static TranslationReviews reviews(Properties lines) {
        return new TranslationReviews(lines, Map.of("ur", BUNDLE)::get);
    }

    @Test
    void aCompleteReviewOfTheBundleAsItIsSignsItOff() {
        TranslationReviews reviews = reviews(signOff(TranslationReviews.sha256(BUNDLE)));
        assertThat(reviews.signedOff("ur")).isTrue();
        assertThat(reviews.review("ur")).get().extracting(TranslationReviews.Review::reviewer)
                .isEqualTo("A. Reviewer");
        assertThat(reviews.signedOff("bn")).as("no line, no sign-off").isFalse();
        assertThat(reviews(signOff(TranslationReviews.sha256(BUNDLE).toUpperCase())).signedOff("ur"))
                .as("the hash as sha256sum prints it or in capitals").isTrue();
    }

    @Test
    void aBundleChangedSinceItsReviewIsADraftAgain() {
        byte[] changed = BUNDLE.clone();
        changed[changed.length - 2] ^= 1;
        Properties lines = signOff(TranslationReviews.sha256(BUNDLE));
        assertThat(new TranslationReviews(lines, Map.of("ur", changed)::get).signedOff("ur")).isFalse();
        assertThat(new TranslationReviews(lines, tag -> null).signedOff("ur")).as("a review without its bundle")
                .isFalse();
    }

    @Test
    void anIncompleteOrMalformedReviewSignsNothingOff() {
        String hash = TranslationReviews.sha256(BUNDLE);
        for (String field : new String[] {"ur.reviewer", "ur.date", "ur.reviewed", "ur.sha256"}) {
            Properties lines = signOff(hash);
            lines.remove(field);
            assertThat(reviews(lines).signedOff("ur")).as("without " + field).isFalse();
            lines.setProperty(field, "   ");
            assertThat(reviews(lines).signedOff("ur")).as("blank " + field).isFalse();
        }
        for (String date : new String[] {"2027-02-30", "15/01/2027", "2027-01-15\u200b"}) {
            Properties lines = signOff(hash);
            lines.setProperty("ur.date", date);
            assertThat(reviews(lines).signedOff("ur")).as(date).isFalse();
        }
        for (String bad : new String[] {hash.substring(1), hash + "0", hash.replace(hash.charAt(0), 'g')}) {
            assertThat(reviews(signOff(bad)).signedOff("ur")).as(bad).isFalse();
        }
    }

    @Test
    void theShippedReviewsNameOnlyLanguagesOnOfferAndThePickerFollowsThem() {
        TranslationReviews shipped = TranslationReviews.shipped();
        var offered = Languages.offered();
        assertThat(offered.stream().map(Languages.Language::tag)).containsAll(shipped.tags());
        for (Languages.Language language : offered) {
            boolean reference = language.tag().equals(Languages.REFERENCE);
            assertThat(language.draft()).as(language.tag())
                    .isEqualTo(!reference && !shipped.signedOff(language.tag()));
        }
    }
}
