package org.cairn.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryRefusedException;
import org.cairn.casebook.RecipientKind;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PseudoLocales;
import org.junit.jupiter.api.Test;

/** The directory's refusals are codes with words in the bundle, and the words never quote what was typed. */
class DirectoryRefusalWordsTest {
    private static final Messages PSEUDO = PseudoLocales.messages(PseudoLocales.ACCENTED);

    private static DirectoryRefusedException refused(String name, List<String> services) {
        return catchThrowableOfType(() -> new DirectoryDetails(name, RecipientKind.values()[0], services, List.of(),
                List.of(), "", null, null, null, null), DirectoryRefusedException.class);
    }

    @Test
    void eachRefusalOfTypedDetailsHasItsCode() {
        assertThat(refused(" \t", List.of()).reason()).isEqualTo(DirectoryRefusedException.Reason.NAME_NEEDED);
        assertThat(refused("", List.of()).reason()).isEqualTo(DirectoryRefusedException.Reason.NAME_NEEDED);
        assertThat(refused("Refuge", List.of("Housing, legal")).reason())
                .isEqualTo(DirectoryRefusedException.Reason.COMMA_IN_LIST);
        assertThat(refused("Refuge\u0007", List.of()).reason()).isEqualTo(DirectoryRefusedException.Reason.NOT_ONE_LINE);
    }

    @Test
    void everyReasonHasWordsInTheChosenLanguageThatQuoteNothingTyped() {
        for (DirectoryRefusedException.Reason reason : DirectoryRefusedException.Reason.values()) {
            String words = PSEUDO.format("directory.error.refused", PSEUDO.get(DirectoryViewModel.refusalKey(reason)));
            assertThat(words).as(reason.name()).contains(String.valueOf(PseudoLocales.OPEN))
                    .doesNotContain("directory.refused");
        }
        assertThat(PSEUDO.get(DirectoryViewModel.refusalKey(refused("Refuge", List.of("Housing, legal")).reason())))
                .doesNotContain("Housing");
    }
}
