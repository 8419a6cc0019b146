package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.Rectification;
import org.cairn.casebook.RestrictedContent;
import org.cairn.casebook.ReviewChoice;
import org.cairn.casebook.ReviewMark;
import org.cairn.casework.RestrictedCasebook.Session;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working on a restricted case: a note added inside the seal, and what names her rows by id (review marks,
 * corrections) following them when the restriction is lifted.
 */
class RestrictedCaseWorkTest {
    @TempDir
    Path dir;
    private RestrictedCasebook book;

    @BeforeEach
    void aCasebookWithBosCase() {
        book = new RestrictedCasebook(dir);
    }

    @Test
    void aNoteAddedToARestrictedCaseIsReadByItsHolderAndIsInPlainNowhereNotEvenInACopyOfTheFolder() throws Exception {
        String secret = "Qvxnewnote" + book.canary.substring(9);
        Path copy = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-copy"));
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            RestrictedContent after = bo.casework().restrictions().addNote(book.caseId, "  Met her at " + secret);
            assertThat(after.notes()).containsExactly("Edited note about " + book.canary, "Met her at " + secret);
            assertThat(after.rows("note").get(1)).containsEntry("author", RestrictedCasebook.BO);
            RestrictedCasebook.assertNowhere(bo, secret);
            for (String file : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
                Files.copy(dir.resolve(file), copy.resolve(file));
            }
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            RestrictedCasebook.assertNowhere(chidi, secret);
            assertThatThrownBy(() -> chidi.casework().restrictions().addNote(book.caseId, "from outside"))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        }
        try (Passphrase passphrase = RestrictedCasebook.passphraseOf(RestrictedCasebook.BO);
                Vault vault = Vault.open(copy, RestrictedCasebook.BO, passphrase, VaultOptions.standard());
                Session bo = new Session(vault, RestrictedCasebook.BO)) {
            RestrictedCasebook.assertNowhere(bo, secret);
            assertThat(bo.casework().restrictions().open(book.caseId).notes()).contains("Met her at " + secret);
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThat(bo.casework().restrictions().open(book.caseId).notes()).last()
                    .isEqualTo("Met her at " + secret);
            bo.casework().restrictions().unrestrict(book.caseId);
            assertThat(bo.casebook().notes().forCase(book.caseId)).extracting(n -> n.text())
                    .containsExactly("Edited note about " + book.canary, "Met her at " + secret);
            assertThat(bo.casebook().search(secret, 10)).as("in the search index once lifted").hasSize(1);
        }
    }

    @Test
    void theDatabaseStillRefusesAPlainNoteAndEmptyOrMisdirectedNotesAreRefused() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThatThrownBy(() -> bo.casework().restrictions().addNote(book.caseId, "not restricted yet"))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_RESTRICTED));
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            assertThatThrownBy(() -> bo.casework().restrictions().addNote(book.caseId, " \u3000\t\n "))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_TEXT));
            bo.casework().restrictions().addNote(book.caseId, "sealed");
            assertThatThrownBy(() -> bo.vault().write(tx -> tx.insert("INSERT INTO note(uid, case_id, written_at, "
                    + "author, text, version) VALUES (?, ?, 0, 'x', 'plain', 1)",
                    org.cairn.casebook.RecordIds.newId(), book.caseId)))
                    .as("the schema's trigger still refuses content in plain").isInstanceOf(RuntimeException.class);
            assertThat(bo.casebook().notes().forCase(book.caseId)).isEmpty();
        }
    }

    @Test
    void reviewMarksAndCorrectionsFollowTheirRowsWhenTheRestrictionIsLiftedNotTheRowsThatTookTheirIds() {
        long request;
        long noteElsewhere;
        long abuserElsewhere;
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            long client = clientOf(bo);
            long note = bo.casebook().notes().forCase(book.caseId).get(0).id();
            long abuser = bo.casebook().abusers().forClient(client).get(0).id();
            request = bo.casework().subjectAccess().log(client, LocalDate.of(2026, 12, 1)).id();
            bo.casework().subjectAccess().mark(client, "note:" + note, ReviewChoice.REDACT, "names her sister");
            bo.casework().subjectAccess().mark(client, "abuser:" + abuser, ReviewChoice.CONFIRM, "she named him");
            bo.casework().rectifications().correctNote(note, "Corrected " + book.canary, LocalDate.of(2026, 12, 2));
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));

            long otherClient = bo.casebook().clients().create(ClientDetails.withAlias("Other")).id();
            long otherCase = bo.casebook().cases().open(otherClient,
                    CaseDetails.opened(LocalDate.of(2026, 4, 1), RestrictedCasebook.BO)).id();
            noteElsewhere = bo.casework().notes().add(otherCase, "someone else's note").id();
            abuserElsewhere = bo.casebook().abusers().add(otherClient, "Someone else", "ex", null).id();
            assertThat(noteElsewhere).as("the freed note id was given again").isEqualTo(note);
            assertThat(abuserElsewhere).as("the freed id of the person causing harm was given again")
                    .isEqualTo(abuser);

            bo.casework().restrictions().unrestrict(book.caseId);
            long noteBack = bo.casebook().notes().forCase(book.caseId).get(0).id();
            long abuserBack = bo.casebook().abusers().forClient(client).get(0).id();
            assertThat(noteBack).isNotEqualTo(noteElsewhere);
            Map<String, ReviewMark> marks = bo.casebook().subjectAccess().marks(request);
            assertThat(marks).containsOnlyKeys("note:" + noteBack, "abuser:" + abuserBack);
            assertThat(marks.get("note:" + noteBack).choice()).isEqualTo(ReviewChoice.REDACT);
            assertThat(marks.get("abuser:" + abuserBack).choice()).isEqualTo(ReviewChoice.CONFIRM);
            List<Rectification> corrections = bo.casework().rectifications().forClient(client);
            assertThat(corrections).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("note:" + noteBack);
                assertThat(c.earlierValue()).isEqualTo("Edited note about " + book.canary);
                assertThat(c.correctedValue()).isEqualTo("Corrected " + book.canary);
            });
        }
    }

    @Test
    void marksFollowTheirNotesWhenEachNoteTakesTheIdOfTheNextOneDown() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            long client = clientOf(bo);
            long first = bo.casebook().notes().forCase(book.caseId).get(0).id();
            long second = bo.casework().notes().add(book.caseId, "Second note").id();
            long request = bo.casework().subjectAccess().log(client, LocalDate.of(2026, 12, 1)).id();
            bo.casework().subjectAccess().mark(client, "note:" + first, ReviewChoice.REDACT, "names her sister");
            bo.casework().subjectAccess().mark(client, "note:" + second, ReviewChoice.CONFIRM, "only about her");
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            long otherClient = bo.casebook().clients().create(ClientDetails.withAlias("Other")).id();
            long otherCase = bo.casebook().cases().open(otherClient,
                    CaseDetails.opened(LocalDate.of(2026, 4, 1), RestrictedCasebook.BO)).id();
            bo.casework().notes().add(otherCase, "takes the lowest freed id");
            bo.casework().restrictions().unrestrict(book.caseId);

            var back = bo.casebook().notes().forCase(book.caseId);
            assertThat(back.get(0).id()).as("the first note now has the second's old id").isEqualTo(second);
            Map<String, ReviewMark> marks = bo.casebook().subjectAccess().marks(request);
            assertThat(marks).hasSize(2);
            assertThat(marks.get("note:" + back.get(0).id()).choice()).isEqualTo(ReviewChoice.REDACT);
            assertThat(marks.get("note:" + back.get(1).id()).choice()).isEqualTo(ReviewChoice.CONFIRM);
        }
    }

    @Test
    void aCorrectionRecordedBeforeRestrictingIsSealedWithTheCase() {
        String phone = "07999 " + book.canary.substring(9) + "x";
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            long client = clientOf(bo);
            bo.casework().rectifications().correctClient(client, ClientField.PHONE, phone, LocalDate.of(2026, 12, 2));
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            RestrictedCasebook.assertNowhere(chidi, book.canary);
            RestrictedCasebook.assertNowhere(chidi, phone);
            assertThat(chidi.casebook().rectifications().forClient(clientOf(chidi))).singleElement()
                    .satisfies(c -> assertThat(c.field()).as("which field, not its values").isEqualTo("client.phone"));
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThat(bo.casework().restrictions().open(book.caseId).texts("rectification", "earlier_value"))
                    .containsExactly("07700 " + book.canary);
            bo.casework().restrictions().unrestrict(book.caseId);
            assertThat(bo.casebook().rectifications().forClient(clientOf(bo))).singleElement().satisfies(c -> {
                assertThat(c.earlierValue()).isEqualTo("07700 " + book.canary);
                assertThat(c.correctedValue()).isEqualTo(phone);
            });
        }
    }

    private long clientOf(Session session) {
        return session.casebook().cases().find(book.caseId).orElseThrow().clientId();
    }
}
