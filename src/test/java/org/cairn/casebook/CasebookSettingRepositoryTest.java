package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasebookSettingRepositoryTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestCasebooks.START);
    private Casebook casebook;

    @BeforeEach
    void setUp() {
        casebook = TestCasebooks.create(dir, clock);
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void aValueIsStoredReplacedAndRemovedAndEachChangeIsAuditedWithoutTheValue() {
        assertThat(casebook.settings().find("names.extra")).isEmpty();
        casebook.settings().save("names.extra", "first");
        casebook.settings().save("names.extra", "second\nline");
        assertThat(casebook.settings().find("names.extra")).contains("second\nline");

        assertThat(casebook.settings().remove("names.extra")).isTrue();
        assertThat(casebook.settings().remove("names.extra")).as("already gone").isFalse();
        assertThat(casebook.settings().find("names.extra")).isEmpty();

        assertThat(casebook.audit().forSubject("setting:names.extra")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SETTING_SAVED, AuditAction.SETTING_SAVED, AuditAction.SETTING_REMOVED);
        assertThat(casebook.audit().forSubject("setting:names.extra")).extracting(AuditEntry::reason)
                .allSatisfy(reason -> assertThat(reason).isNull());
    }

    @Test
    void valuesSurviveClosingAndOpeningTheCasebook() {
        casebook.settings().save("recovery-key.pending", "secret words");
        TestCasebooks.vault(casebook).close();
        casebook = Casebook.open(org.cairn.vault.TestVaults.open(dir), clock, TestCasebooks.ACTOR);
        assertThat(casebook.settings().find("recovery-key.pending")).contains("secret words");
    }

    @Test
    void keysAreCodeChosenNamesNotUserText() {
        for (String bad : new String[] {"", "Names", "a b", "x\u0000", "é", "-lead", "a".repeat(65)}) {
            assertThatThrownBy(() -> casebook.settings().save(bad, "v")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> casebook.settings().save("ok", null)).isInstanceOf(NullPointerException.class);
    }
}
