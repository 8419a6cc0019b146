package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.casework.UnexpectedFailures;
import org.cairn.vault.UnlockFailedException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    private final List<String> logged = new ArrayList<>();
    private final ErrorMessages errors = new ErrorMessages(Fakes.messages(),
            new UnexpectedFailures(logged::add, new SecureRandom()));

    @Test
    void vaultAndSchemaMessagesAreShownAsWritten() {
        assertThat(errors.describe(new UnlockFailedException())).isEqualTo(UnlockFailedException.MESSAGE);
        assertThat(errors.describe(new SchemaTooNewException())).contains("newer version of Cairn");
    }

    @Test
    void anythingElseGetsTheGenericSentenceNeverItsOwnText() {
        var failure = new IllegalStateException("client Maria lives at 1 High Street",
                new IllegalArgumentException("code word: bluebell"));
        String shown = errors.describe(failure);
        assertThat(shown).doesNotContain("Maria").doesNotContain("High Street").matches("(?s).*E-[A-Z2-9]{6}.*");
        String code = shown.replaceAll("(?s).*(E-[A-Z2-9]{6}).*", "$1");
        assertThat(logged).singleElement().asString().contains(code).contains("IllegalStateException")
                .contains("caused by java.lang.IllegalArgumentException").doesNotContain("Maria")
                .doesNotContain("bluebell");
    }

    @Test
    void aRefusalFromAUseCaseBecomesTheWordsForItsCodeAndIsNotLogged() {
        String shown = errors.describe(new CaseworkException(Problem.NOT_PERMITTED, "ADD_PERSON"));
        assertThat(shown).isEqualTo(Fakes.messages().format(Problem.NOT_PERMITTED.messageKey(), "ADD_PERSON"));
        assertThat(logged).isEmpty();
    }

    @Test
    void aRefusedLetterIsWordedHereFromItsCodesNotByTheLettersLayer() {
        String missing = errors.describe(new CaseworkException(Problem.LETTER_VALUES_MISSING, "referral.reason"));
        String stopped = errors.describe(new CaseworkException(Problem.LETTER_STOPPED, "blocked-recipient"));

        assertThat(missing).contains("referral.reason").doesNotContain("{0}").doesNotContain("LETTER_");
        assertThat(stopped).contains("blocked-recipient").doesNotContain("{0}").doesNotContain("LETTER_");
    }

    @Test
    void twoUnexpectedFailuresGetDifferentCodes() {
        String first = errors.describe(new IllegalStateException());
        String second = errors.describe(new IllegalStateException());
        assertThat(first).isNotEqualTo(second);
    }
}
