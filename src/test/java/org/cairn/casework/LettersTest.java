package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.FinishedLetter;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterRefusedException;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing a letter from the case and recording what became of it, through the use cases. */
class LettersTest {
    private static final Recipient GP = new Recipient("Dr Lee", RecipientKind.STATUTORY, null, "Hill Surgery",
            "2 Hill Road\nLeeds", null);
    private static final byte[] PDF = "%PDF-1.7 stand-in".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    CaseworkFixture book;
    Letters letters;
    Template gpLetter;

    @BeforeEach
    void open() {
        book = new CaseworkFixture(dir);
        letters = book.casework.letters();
        book.casebook.orgProfile().save(new OrgProfile("Safe Harbour", "1 Quay Street\nLeeds LS1 1AA",
                "0113 496 0000", null, "1234567", null, Accreditation.NONE, "Outreach advocate", null, null,
                LetterPaper.A4));
        gpLetter = letters.templates().find("letter-gp-registration").orElseThrow();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private LetterDraft prepare() {
        return letters.prepare(new LetterRequest(book.caseFile.id(), gpLetter, GP,
                new Advocate("Ruth Okafor", null, null, null), Map.of(), null, null)
                .withTypedValues(Map.of("client.legalName", "Amina Example", "client.languages", "Somali")));
    }

    private void giveConsent() {
        book.casebook.consents().record(book.caseFile.clientId(), new ConsentRecord(
                ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery", ConsentDecision.GIVEN,
                CaseworkFixture.TODAY.minusDays(3), ConsentMethod.VERBAL, null));
    }

    @Test
    void aReadyLetterIsKeptInOneTransactionAndEachWayOutIsAuditedAsThePerson() {
        giveConsent();
        LetterDraft draft = prepare();
        assertThat(draft.missing()).isEmpty();
        assertThat(draft.ready()).isTrue();
        assertThat(draft.layout().orElseThrow().reference()).isEqualTo(book.caseFile.reference().toString());
        long before = book.lastAuditId();

        FinishedLetter[] kept = new FinishedLetter[1];
        int writes = book.writesDuring(() -> kept[0] = letters.keep(draft, PDF, LetterDisposition.PRINTED));
        letters.recordAgain(kept[0].kept().id(), LetterDisposition.SAVED);

        assertThat(writes).isEqualTo(1);
        assertThat(book.casebook.letters().pdf(kept[0].kept().id())).hasValue(PDF);
        assertThat(book.auditAfter(before)).extracting(AuditEntry::action).containsExactly(AuditAction.LETTER_KEPT,
                AuditAction.LETTER_PRINTED, AuditAction.LETTER_SAVED);
        assertThat(book.auditAfter(before)).extracting(AuditEntry::actor).containsOnly(CaseworkFixture.ACTOR);
    }

    @Test
    void aLetterTheCheckStopsIsNeitherRenderedNorKept() {
        LetterDraft stopped = prepare();
        assertThat(stopped.check().allowed()).as("no consent recorded").isFalse();
        List<Object> rendered = new ArrayList<>();

        CaseworkException finishing = catchThrowableOfType(
                () -> letters.finish(stopped, LetterDisposition.KEPT, layout -> {
                    rendered.add(layout);
                    return PDF;
                }), CaseworkException.class);
        CaseworkException keeping = catchThrowableOfType(
                () -> letters.keep(stopped, PDF, LetterDisposition.KEPT), CaseworkException.class);

        // a code and the rule's code, never the letters layer's words
        for (CaseworkException refused : List.of(finishing, keeping)) {
            assertThat(refused.problem()).isEqualTo(Problem.LETTER_STOPPED);
            assertThat(refused.arguments()).containsExactly("consent-missing");
            assertThat(refused.getCause()).isInstanceOf(LetterRefusedException.class);
        }

        assertThat(rendered).isEmpty();
        assertThat(book.casebook.letters().forCase(book.caseFile.id())).isEmpty();
    }

    @Test
    void finishingRendersWithTheRendererGivenAndKeepsThoseBytes() {
        giveConsent();
        FinishedLetter finished = letters.finish(prepare(), LetterDisposition.KEPT, layout -> PDF);
        assertThat(finished.pdf()).isEqualTo(PDF);
        assertThat(book.casebook.letters().pdf(finished.kept().id())).hasValue(PDF);
    }

    @Test
    void theClientAsRecipientNeedsTheCaseToExist() {
        assertThat(letters.clientRecipient(book.caseFile.id()).kind()).isEqualTo(RecipientKind.CLIENT);
        CaseworkException gone = catchThrowableOfType(() -> letters.clientRecipient(book.caseFile.id() + 99),
                CaseworkException.class);
        assertThat(gone.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(letters.directoryRecipient("Nobody Listed")).isEmpty();
    }
}
