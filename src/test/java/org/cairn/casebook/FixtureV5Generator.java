package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cairn.casework.Casework;
import org.cairn.casework.ClientField;
import org.cairn.casework.Role;

/**
 * What schema v5 adds to a casebook, outside restricted cases (whose sealed format has a test of its own): a legal
 * hold on the fixture case, a subject access request with its reminder task, a correction of her email address, a changed
 * retention period, and one other client erased (the journal row, the emptied audit rows, the salted audit chain).
 * Schema v5 was released together with v6, so no casebook was ever left at v5: the v6 fixture carries this content
 * ({@link FixtureV6Generator}), and this class only fills and checks.
 */
final class FixtureV5Generator {
    static final String HOLD_REASON = "Family court proceedings pending";
    static final LocalDate HOLD_REVIEW = LocalDate.of(2026, 9, 1);
    static final LocalDate REQUEST_RECEIVED = LocalDate.of(2026, 1, 31);
    static final String CORRECTED_EMAIL = "josefa.a@example.org";
    static final String ERASED_ALIAS = "Erased Example";

    private FixtureV5Generator() {
    }

    /** Needs the v1 and v2 content (the fixture case, her address). */
    static void fill(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        Casework work = Casework.actingAs(casebook, Role.ADMINISTRATOR);
        work.retention().setDefaultYears(7);
        work.retention().placeHold(file.id(), HOLD_REASON, HOLD_REVIEW);
        work.subjectAccess().log(file.clientId(), REQUEST_RECEIVED);
        work.rectifications().correctClient(file.clientId(), ClientField.EMAIL, CORRECTED_EMAIL,
                LocalDate.of(2026, 2, 2));
        long other = casebook.clients().create(ClientDetails.withAlias(ERASED_ALIAS)).id();
        CaseFile erased = casebook.cases().open(other, CaseDetails.opened(LocalDate.of(2026, 1, 5), "R. Mensah"));
        casebook.notes().add(erased.id(), "A note that the erasure removes.");
        work.erasure().eraseClient(erased.reference().toString(), "asked to be forgotten");
    }

    /** What the v5 fixture must still hold after it is opened (and upgraded by any later version). */
    static void assertV5Content(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        Casework work = Casework.actingAs(casebook, Role.ADMINISTRATOR);
        assertThat(work.retention().schedule().defaultYears()).isEqualTo(7);
        assertThat(work.retention().hold(file.id())).hasValueSatisfying(hold -> {
            assertThat(hold.reason()).isEqualTo(HOLD_REASON);
            assertThat(hold.reviewOn()).isEqualTo(HOLD_REVIEW);
        });
        assertThat(work.subjectAccess().latest(file.clientId())).hasValueSatisfying(request -> {
            assertThat(request.receivedOn()).isEqualTo(REQUEST_RECEIVED);
            assertThat(request.dueOn()).as("a month from 31 January").isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(request.taskId()).isNotNull();
        });
        assertThat(casebook.clients().personal(file.clientId()).email()).isEqualTo(CORRECTED_EMAIL);
        assertThat(work.rectifications().forClient(file.clientId())).singleElement()
                .satisfies(r -> assertThat(r.earlierValue()).isEqualTo("jose@example.org"));
        assertThat(casebook.search(ERASED_ALIAS, 10)).isEmpty();
        // Later fixtures (v9) anonymise a case, which is journalled too.
        assertThat(casebook.erasures().journal()).filteredOn(e -> e.scope() != ErasureScope.ANONYMISED).singleElement()
                .satisfies(e -> assertThat(e.scope()).isEqualTo(ErasureScope.CLIENT));
        AuditVerification verified = casebook.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
    }
}
