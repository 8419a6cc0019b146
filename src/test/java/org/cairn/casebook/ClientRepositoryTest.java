package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientRepositoryTest {
    @TempDir
    Path dir;
    Casebook casebook;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    static ClientDetails everyField() {
        return new ClientDetails("Lucía R.", "Lucía Restrepo Peñaloza", LocalDate.of(1990, 2, 28),
                List.of("Spanish", "Portuguese", "English"), true,
                new ContactSafety(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.UNKNOWN, YesNoUnknown.YES,
                        "weekdays 10-12", "blue umbrella", "sister via advocate"),
                new Children(3, List.of(2, 7)));
    }

    @Test
    void roundTripsEveryField() {
        Client created = casebook.clients().create(everyField());
        assertThat(casebook.clients().find(created.id())).contains(new Client(created.id(), everyField()));
    }

    @Test
    void roundTripsTheMinimum() {
        Client created = casebook.clients().create(ClientDetails.withAlias("Amal"));
        Client found = casebook.clients().find(created.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(ClientDetails.withAlias("Amal"));
        assertThat(found.details().children()).isNull();
        assertThat(found.details().contactSafety()).isEqualTo(ContactSafety.unknown());
    }

    @Test
    void childrenRecordedAsNoneDifferFromNotRecorded() {
        ClientDetails none = new ClientDetails("Hodan", null, null, List.of(), false, ContactSafety.unknown(),
                new Children(0, List.of()));
        Client created = casebook.clients().create(none);
        assertThat(casebook.clients().find(created.id()).orElseThrow().details().children())
                .isEqualTo(new Children(0, List.of()));
    }

    @Test
    void updateReplacesEverythingIncludingLanguageOrder() {
        Client created = casebook.clients().create(everyField());
        ClientDetails changed = new ClientDetails("Lucy", null, null, List.of("English", "Spanish"), false,
                new ContactSafety(YesNoUnknown.NO, YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, null,
                        null),
                null);
        casebook.clients().update(created.id(), changed);
        assertThat(casebook.clients().find(created.id()).orElseThrow().details()).isEqualTo(changed);
        assertThat(casebook.audit().forSubject("client:" + created.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CLIENT_CREATED, AuditAction.CLIENT_UPDATED);
    }

    @Test
    void updatingAMissingClientFailsAndWritesNothing() {
        long auditRows = casebook.audit().size();
        assertThatThrownBy(() -> casebook.clients().update(999, everyField()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Lucía");
        assertThat(casebook.audit().size()).isEqualTo(auditRows);
    }

    @Test
    void validatesValues() {
        assertThatThrownBy(() -> ClientDetails.withAlias(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Children(1, List.of(3, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThat(casebook.clients().find(12345)).isEmpty();
    }
}
