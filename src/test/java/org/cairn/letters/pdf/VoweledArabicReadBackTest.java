package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cairn.letters.layout.LetterLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fully voweled Arabic and Farsi (every letter may carry a vowel mark, a shadda with its vowel, a sukun or
 * tanween), made up word by word from a seed, reads back through pdftotext in logical order: each letter with its
 * marks after it, words whole. Before each right-to-left cluster carried its text in both orders (see
 * {@code RightToLeftCluster}), pdftotext read such a letter's mark before its letter.
 */
class VoweledArabicReadBackTest {

    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String FARSI_LETTERS = "ابپتجچحخدرزژسشصطعفقکگلمنوهی";
    /** Fatha, kasra, damma, sukun, fathatan, kasratan, dammatan; shadda is added before a vowel. */
    private static final String MARKS = "\u064E\u0650\u064F\u0652\u064B\u064D\u064C";
    private static final char SHADDA = '\u0651';

    @TempDir
    Path dir;

    @BeforeEach
    void needsPdfToText() {
        ReadBack.assumePdfToText();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"ar, 1", "ar, 2", "ar, 3", "fa, 4"})
    void everyVoweledWordComesBackInOrder(String language, long seed) throws Exception {
        Fonts.require(LetterScript.ARABIC);
        String text = voweled(new Random(seed), language.equals("fa") ? FARSI_LETTERS : ARABIC_LETTERS, 40);
        LetterLayout letter = SampleLetters.letter(language, text, 1, null);

        String read = ReadBack.pdfToText(new LetterPdf(Fonts.SYSTEM).render(letter), dir);

        List<String> source = ReadBack.words(letter);
        List<String> words = ReadBack.words(read);
        assertThat(ReadBack.recovered(source, words)).as("%s: missing %s", text, ReadBack.missing(source, words))
                .isGreaterThanOrEqualTo(0.99);
    }

    /** Words of two to six letters; about half the letters carry a mark, some a shadda and a vowel. */
    static String voweled(Random random, String letters, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int length = 2 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                text.append(letters.charAt(random.nextInt(letters.length())));
                int roll = random.nextInt(10);
                if (roll < 2) {
                    text.append(SHADDA).append(MARKS.charAt(random.nextInt(3)));
                } else if (roll < 6) {
                    // tanween (the last three marks) only ends a word
                    text.append(MARKS.charAt(random.nextInt(i == length - 1 ? MARKS.length() : 4)));
                }
            }
            text.append(w % 9 == 8 ? ". " : " ");
        }
        return text.toString().trim();
    }
}
