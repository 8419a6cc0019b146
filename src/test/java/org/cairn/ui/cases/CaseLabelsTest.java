package org.cairn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.ui.common.Fakes;
import org.junit.jupiter.api.Test;

/** An anonymised case's client has no alias: the list names it as anonymised rather than showing a blank. */
class CaseLabelsTest {
    private final CaseLabels labels = new CaseLabels(Fakes.messages());

    @Test
    void aBlankAliasIsListedAsAnAnonymisedCase() {
        String anonymised = labels.alias("");
        assertThat(anonymised).isNotBlank().contains("anonymised").isNotEqualTo("cases.alias.anonymised");
        assertThat(labels.alias(" \t")).isEqualTo(anonymised);
        assertThat(labels.alias(null)).isEqualTo(anonymised);
        assertThat(labels.alias("Ana M.")).isEqualTo("Ana M.");
    }
}
