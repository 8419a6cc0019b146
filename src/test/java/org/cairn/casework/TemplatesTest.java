package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.NewOrgTemplate;
import org.cairn.casebook.OrgTemplate;
import org.cairn.templates.ImportReport;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    private static final String PLAN = """
            cairn-template: 1
            id: ID
            version: 1
            title: Our local plan
            kind: safety-plan
            language: en-GB
            recipient: client
            consent: keep-records
            sensitive: none
            requires-oisc: no
            source: Our own practice
            last-checked: 2026-10-01
            translation: original
            ---

            ## first: First steps

            - [tick] bag: Keep a bag ready.
            """;

    @TempDir
    Path dir;
    Acting admin;

    @BeforeEach
    void open() {
        admin = Acting.as(dir.resolve("book"), "Asha Admin", Role.ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    private static TemplateSource file(String id) {
        return new TemplateSource(id + ".txt", PLAN.replace("id: ID", "id: " + id).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filesImportAsOneTransactionAuditedAsThePersonActingAndExportUnchanged() {
        long before = admin.lastRow();
        int writes = admin.transactions().writes();
        ImportReport report = admin.casework().templates().importFiles(List.of(file("plan-a"), file("plan-b")));
        assertThat(report.succeeded()).isTrue();
        assertThat(admin.transactions().writes() - writes).isEqualTo(1);
        assertThat(admin.rowsSince(before)).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.TEMPLATE_IMPORTED);
            assertThat(row.actor()).isEqualTo("Asha Admin");
        });
        LibraryTemplate stored = admin.casework().templates().find("plan-a", 1).orElseThrow();
        assertThat(new String(admin.casework().templates().export(stored), StandardCharsets.UTF_8))
                .isEqualTo(PLAN.replace("id: ID", "id: plan-a"));
    }

    @Test
    void aTemplateStoredByARacingImportRefusesTheWholeImportAsAProblemCode() {
        // The check finds nothing; then, just before this import writes, another stores plan-b version 1.
        Casebook racer = new Casebook(admin.vault(), Acting.CLOCK, "Asha Admin");
        admin.transactions().beforeNextWrite(() -> racer.orgTemplates().addAll(List.of(new NewOrgTemplate("plan-b",
                1, "safety-plan", "en-GB", "Racing copy", PLAN.replace("id: ID", "id: plan-b")))));

        CaseworkException refused = catchThrowableOfType(() -> admin.casework().templates()
                .importFiles(List.of(file("plan-a"), file("plan-b"))), CaseworkException.class);

        assertThat(refused.problem()).isEqualTo(Problem.TEMPLATE_ALREADY_STORED);
        assertThat(refused.arguments()).isEmpty();
        assertThat(refused.getMessage()).doesNotContain("plan-b");
        assertThat(admin.casebook().orgTemplates().all()).extracting(OrgTemplate::title)
                .as("nothing from the refused import was kept").containsExactly("Racing copy");
    }

    @Test
    void aFileWithAProblemIsReportedAndNothingIsWritten() {
        int writes = admin.transactions().writes();
        TemplateSource bad = new TemplateSource("bad.txt", PLAN.replace("kind: safety-plan", "kind: plan")
                .getBytes(StandardCharsets.UTF_8));
        ImportReport report = admin.casework().templates().importFiles(List.of(file("plan-a"), bad));
        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).isNotEmpty();
        assertThat(admin.transactions().writes()).isEqualTo(writes);
        assertThat(admin.casebook().orgTemplates().all()).isEmpty();
    }

    @Test
    void anAdvocateReadsAndExportsTemplatesButDoesNotImportThem() {
        Casework advocate = new Casework(admin.casebook(), new Person("Asha Admin", Role.ADVOCATE));
        LibraryTemplate builtIn = advocate.templates().all().get(0);
        assertThat(advocate.templates().export(builtIn)).isNotEmpty();
        assertThat(advocate.templates().duplicateToEdit(builtIn)).contains("id: org-");
        CaseworkException refused = catchThrowableOfType(() -> advocate.templates()
                .importFiles(List.of(file("plan-a"))), CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.NOT_PERMITTED);
        assertThat(admin.casebook().orgTemplates().all()).isEmpty();
    }
}
