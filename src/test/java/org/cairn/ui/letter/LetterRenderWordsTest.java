package org.cairn.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.letters.pdf.InvalidLogoException;
import org.cairn.letters.pdf.LetterRenderException;
import org.cairn.letters.pdf.LetterRenderProblem;
import org.cairn.letters.pdf.ScriptNotSupportedException;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PseudoLocales;
import org.junit.jupiter.api.Test;

/** Why a letter could not be drawn reaches the letter screen in the chosen language, from the bundle. */
class LetterRenderWordsTest {
    private static final Messages PSEUDO = PseudoLocales.messages(PseudoLocales.ACCENTED);

    @Test
    void everyCodedProblemHasWordsThatShowItsArguments() {
        for (LetterRenderProblem problem : LetterRenderProblem.values()) {
            if (problem == LetterRenderProblem.OTHER) {
                continue;
            }
            String words = LetterViewModel.renderWords(Fakes.messages(),
                    new LetterRenderException(problem, "English for the log", null, "FontX", "xx-YY"));
            assertThat(words).as(problem.name()).isNotEqualTo("English for the log").doesNotContain("letter.render");
            if (problem.name().startsWith("FONT") || problem.name().startsWith("BUNDLED")) {
                assertThat(words).as(problem.name()).contains("FontX");
            }
        }
    }

    @Test
    void theRefusalsLettersRaiseAreShownInTheChosenLanguage() {
        for (LetterRenderException refused : new LetterRenderException[] {
            new ScriptNotSupportedException("Tamil", "ta"), new InvalidLogoException((Throwable) null),
            new InvalidLogoException("too large")}) {
            String words = LetterViewModel.renderWords(PSEUDO, refused);
            assertThat(words).startsWith(String.valueOf(PseudoLocales.OPEN)).isNotEqualTo(refused.getMessage());
        }
        assertThat(LetterViewModel.renderWords(PSEUDO, new ScriptNotSupportedException("Tamil", "ta")))
                .contains("Tamil").contains("ta");
    }

    @Test
    void aProblemNotCodedKeepsItsSentence() {
        assertThat(LetterViewModel.renderWords(PSEUDO, new LetterRenderException("Plain English.")))
                .isEqualTo("Plain English.");
    }
}
