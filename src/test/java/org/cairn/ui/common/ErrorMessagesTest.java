package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.casebook.SchemaTooNewException;
import org.cairn.vault.UnlockFailedException;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {
    private final ErrorMessages errors = new ErrorMessages(Fakes.messages());

    @Test
    void vaultAndSchemaMessagesAreShownAsWritten() {
        assertThat(errors.describe(new UnlockFailedException())).isEqualTo(UnlockFailedException.MESSAGE);
        assertThat(errors.describe(new SchemaTooNewException())).contains("newer version of Cairn");
    }

    @Test
    void anythingElseGetsTheGenericSentenceNeverItsOwnText() {
        String shown = errors.describe(new IllegalStateException("client Maria lives at 1 High Street"));
        assertThat(shown).doesNotContain("Maria").isEqualTo(Fakes.messages().get("error.unexpected"));
    }
}
