package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every released schema version's fixture casebook must open and upgrade with its data intact. */
class MigrationFixtureTest {
    @TempDir
    Path dir;

    static Path copyFixture(String version, Path target) throws Exception {
        Files.createDirectories(target);
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            try (InputStream in = MigrationFixtureTest.class.getResourceAsStream("fixtures/" + version + "/" + name)) {
                assertThat(in).as("fixture file %s/%s", version, name).isNotNull();
                Files.copy(in, target.resolve(name));
            }
        }
        return target;
    }

    @Test
    void v1FixtureOpensAndUpgradesWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v1", dir.resolve("v1")))) {
            assertV1Content(upgraded(vault, 1));
        }
    }

    @Test
    void v2FixtureOpensAndUpgradesWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v2", dir.resolve("v2")))) {
            Casebook casebook = upgraded(vault, 2);
            assertV1Content(casebook);
            assertV2Content(casebook);
            assertThat(casebook.tasks().forCase(fixtureCase(casebook).id())).as("nothing but the v2 content")
                    .hasSize(3);
        }
    }

    @Test
    void v3FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v3", dir.resolve("v3")))) {
            Casebook casebook = upgraded(vault, 3);
            assertV1Content(casebook);
            assertV2Content(casebook);
            assertThat(casebook.referrals().forCase(fixtureCase(casebook).id()))
                    .filteredOn(r -> r.recipientName().equals(FixtureV3Generator.TYPED_RECIPIENT)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.directoryEntryId()).isNull();
                        assertThat(r.recipientContact()).isEqualTo(FixtureV3Generator.TYPED_CONTACT);
                    });
        }
    }

    @Test
    void v4FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v4", dir.resolve("v4")))) {
            Casebook casebook = upgraded(vault, 4);
            assertV1Content(casebook);
            assertV2Content(casebook);
            assertThat(casebook.referrals().forCase(fixtureCase(casebook).id()))
                    .extracting(Referral::recipientContact).contains(FixtureV3Generator.TYPED_CONTACT);
            assertThat(casebook.settings().find(FixtureV4Generator.SETTING_KEY))
                    .contains(FixtureV4Generator.SETTING_VALUE);
        }
    }

    @Test
    void v6FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v6", dir.resolve("v6")))) {
            Casebook casebook = upgraded(vault, 6);
            // Not the v1 checks: the v6 content edits the fixture note a third time. v5 shipped with v6, so this
            // fixture carries v5's content too.
            assertV2Content(casebook);
            FixtureV5Generator.assertV5Content(casebook);
            FixtureV6Generator.assertV6Content(casebook);
            assertFixedTitlesAreCodes(casebook);
            RecordIdentityTest.assertEveryRowHasAUniqueWellFormedUid(casebook);
        }
    }

    @Test
    void v7FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v7", dir.resolve("v7")))) {
            Casebook casebook = upgraded(vault, 7);
            assertV2Content(casebook);
            FixtureV5Generator.assertV5Content(casebook);
            FixtureV6Generator.assertV6Content(casebook);
            FixtureV7Generator.assertV7Content(casebook);
            assertFixedTitlesAreCodes(casebook);
            long sharedAndKept = casebook.transactions().read(r -> r.queryLong("SELECT count(*) FROM task t JOIN "
                    + "transfer_seen s ON s.table_name = 'task' AND s.uid = t.uid AND s.vv = t.vv "
                    + "WHERE t.title_code IS NOT NULL"));
            assertThat(sharedAndKept).as("coded tasks keep the version the paired casebook has: not an edit")
                    .isPositive();
            RecordIdentityTest.assertEveryRowHasAUniqueWellFormedUid(casebook);
        }
    }

    @Test
    void v8FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v8", dir.resolve("v8")))) {
            Casebook casebook = upgraded(vault, 8);
            assertV2Content(casebook);
            FixtureV5Generator.assertV5Content(casebook);
            FixtureV6Generator.assertV6Content(casebook);
            FixtureV7Generator.assertV7Content(casebook);
            assertFixedTitlesAreCodes(casebook);
            FixtureV8Generator.assertV8Content(casebook);
            RecordIdentityTest.assertEveryRowHasAUniqueWellFormedUid(casebook);
        }
    }

    @Test
    void v9FixtureOpensWithItsDataIntact() throws Exception {
        try (Vault vault = TestVaults.open(copyFixture("v9", dir.resolve("v9")))) {
            Casebook casebook = upgraded(vault, 9);
            assertV2Content(casebook);
            FixtureV5Generator.assertV5Content(casebook);
            FixtureV6Generator.assertV6Content(casebook);
            FixtureV7Generator.assertV7Content(casebook);
            assertFixedTitlesAreCodes(casebook);
            FixtureV8Generator.assertV8Content(casebook);
            FixtureV9Generator.assertV9Content(casebook);
            RecordIdentityTest.assertEveryRowHasAUniqueWellFormedUid(casebook);
        }
    }

    /** The v5 content's hold and subject access tasks were stored as English sentences before v8: codes now. */
    private static void assertFixedTitlesAreCodes(Casebook casebook) {
        List<Task> tasks = casebook.tasks().forCase(fixtureCase(casebook).id());
        assertThat(tasks).extracting(Task::titleCode).contains(TaskTitle.RETENTION_HOLD,
                TaskTitle.SUBJECT_ACCESS_DUE);
        assertThat(tasks).filteredOn(t -> t.titleCode() != null).allSatisfy(t -> assertThat(t.title()).isEmpty());
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    /** Opens the fixture's casebook, which upgrades it, after checking the version it was made with. */
    private static Casebook upgraded(Vault vault, int madeWith) {
        assertThat(Migrations.standard().versionOf(vault)).isEqualTo(madeWith);
        Casebook casebook = Casebook.open(vault, new MutableClock(TestCasebooks.START), "upgrader");
        assertThat(Migrations.standard().versionOf(vault)).isEqualTo(Migrations.standard().latestVersion());
        return casebook;
    }

    private static CaseFile fixtureCase(Casebook casebook) {
        return casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
    }

    static void assertV2Content(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        long client = file.clientId();
        assertThat(casebook.clients().personal(client).address()).isEqualTo("Flat 3, 12 Quiet Lane, Southtown");
        assertThat(casebook.cases().immigrationDetails(file.id()).homeOfficeReference()).isEqualTo("HO-1234567");
        assertThat(casebook.abusers().forClient(client)).extracting(Abuser::name).containsExactly("Marco R.");
        DirectoryEntry centre = casebook.directory().findByName("Northtown Community Centre").orElseThrow();
        assertThat(casebook.blockedRecipients().isBlocked(client, centre.id(), "")).isTrue();
        assertThat(casebook.orgTemplates().find("local-plan", 2).orElseThrow().sourceText())
                .isEqualTo(FixtureV2Generator.FORM_TEXT);
        List<Task> tasks = casebook.tasks().forCase(file.id());
        assertThat(tasks).as("typed titles stay as typed").filteredOn(t -> t.titleCode() == null)
                .extracting(Task::title).contains("Chase GP registration", "Review the safety plan");
        assertThat(tasks).as("the referral's follow-up, once stored in English, is a code with its recipient")
                .filteredOn(t -> t.titleCode() == TaskTitle.REFERRAL_FOLLOW_UP)
                .filteredOn(t -> t.titleArgs().equals(List.of("Rights of Women"))).singleElement()
                .satisfies(t -> assertThat(t.title()).isEmpty());
        CaseForm form = casebook.forms().forCase(file.id()).get(0);
        assertThat(form.template().text()).isEqualTo(FixtureV2Generator.FORM_TEXT);
        assertThat(form.reviewOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        FormVersion latest = casebook.forms().latest(form.id()).orElseThrow();
        assertThat(latest.score()).isEqualTo(14);
        assertThat(latest.answers()).containsEntry("notes", "Olé — ✓");
        assertThat(casebook.risk().history(file.id())).extracting(RiskChange::reason).contains("threats this week");
        assertThat(casebook.risk().maracDecisions(file.id())).extracting(MaracDecision::decision)
                .containsExactly(MaracChoice.REFER);
        Referral referral = casebook.referrals().forCase(file.id()).stream()
                .filter(r -> r.recipientName().equals("Rights of Women")).findFirst().orElseThrow();
        assertThat(referral.outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
        assertThat(referral.consentId()).isNotNull();
        assertThat(referral.recipientContact()).as("a directory recipient keeps its details in the directory")
                .isNull();
        assertThat(casebook.orgProfile().current().name()).isEqualTo("Fixture Support Service");
        KeptLetter letter = casebook.letters().forCase(file.id()).get(0);
        assertThat(casebook.letters().pdf(letter.id()).orElseThrow()).isEqualTo(FixtureV2Generator.LETTER_BYTES);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    static void assertV1Content(Casebook casebook) {
        assertThat(casebook.counts()).isEqualTo(new CasebookCounts(1, 1, 1));
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        assertThat(file.details().risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(file.details().immigration()).isEqualTo(ImmigrationCategory.SPOUSE_OR_PARTNER_VISA);
        assertThat(file.details().evidenceGaps().gpRegistrationRefused()).isEqualTo(YesNoUnknown.YES);
        Client client = casebook.clients().find(file.clientId()).orElseThrow();
        assertThat(client.details().alias()).isEqualTo("José A.");
        assertThat(client.details().contactSafety().codeWord()).isEqualTo("sunflower");
        assertThat(client.details().children()).isEqualTo(new Children(2, List.of(4, 9)));
        Note note = casebook.notes().forCase(file.id()).get(0);
        assertThat(casebook.notes().history(note.id())).extracting(NoteVersion::text).containsExactly(
                "Met at drop-in; GP registration refused.",
                "Met at drop-in; GP registration refused without proof of address.");
        assertThat(casebook.tasks().forCase(file.id())).extracting(Task::title).contains("Chase GP registration");
        assertThat(casebook.consents().isInForce(client.id(), ConsentPurpose.REFER_TO_ORGANISATION, "Rights of Women",
                LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(casebook.consents().isInForce(client.id(), ConsentPurpose.COUNT_IN_STATISTICS,
                LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(casebook.search("jose", 5)).extracting(CaseSummary::reference).containsExactly(file.reference());
        assertThat(casebook.search("proof addr", 5)).hasSize(1);
        assertThat(casebook.audit().verify().isOk()).isTrue();
        assertThat(casebook.audit().forSubject("C-2025-0001")).extracting(AuditEntry::action)
                .contains(AuditAction.CASE_OPENED, AuditAction.NOTE_EDITED, AuditAction.CASE_FILE_OPENED);
    }
}
