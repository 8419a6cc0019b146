package org.cairn.ui.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.ClientDetails;
import org.cairn.casework.ClientField;
import org.cairn.casework.RetentionCategory;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessingViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Typed about clients: none of it may reach the records of processing. */
    private static final List<String> SECRETS = List.of("Zainab Qureshi", "14 Elm Row", "Court case with Tariq",
            "Moved away, asked us to forget her", "07700 900123", "Wrong address on file");
    @TempDir
    Path dir;
    Session session;
    Fakes.Files files = new Fakes.Files();

    @BeforeEach
    void open() {
        session = DemoSessions.create(dir.resolve("book"), new MutableClock(Fakes.START), 0);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ProcessingViewModel model() {
        ProcessingViewModel model = new ProcessingViewModel(session, Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), files);
        model.load();
        return model;
    }

    private long closedCase(String alias, LocalDate closedOn) {
        long clientId = session.casebook().clients().create(ClientDetails.withAlias(alias)).id();
        long caseId = session.casebook().cases().open(clientId, CaseDetails.opened(closedOn.minusMonths(3), "R. O."))
                .id();
        session.casebook().cases().close(caseId, closedOn);
        return caseId;
    }

    private String reference(long caseId) {
        return session.casebook().cases().find(caseId).orElseThrow().reference().toString();
    }

    @Test
    void listsPeriodsHoldsDecisionsErasuresRequestsAndCorrectionsWithoutAnythingTypedAboutHer() throws Exception {
        var casework = session.casework();
        casework.retention().setCategoryYears(RetentionCategory.CHILDREN, 25);
        long held = closedCase("Zainab Qureshi", TODAY.minusYears(8));
        casework.retention().placeHold(held, "Court case with Tariq", TODAY.plusMonths(6));
        long erased = closedCase("Amal", TODAY.minusYears(8));
        String erasedReference = reference(erased);
        casework.retention().erase(erased, "Moved away, asked us to forget her");
        casework.erasure().eraseCase(erasedReference, "Moved away, asked us to forget her");
        long asking = closedCase("Noor", TODAY.minusYears(1));
        long client = session.casebook().cases().find(asking).orElseThrow().clientId();
        casework.subjectAccess().log(client, LocalDate.of(2026, 1, 31));
        casework.rectifications().correctClient(client, ClientField.PHONE, "07700 900123", TODAY);
        ProcessingViewModel model = model();

        assertThat(model.lines()).extracting(ProcessingLine::detail).contains("6 years", "25 years");
        assertThat(model.lines()).filteredOn(l -> l.section().startsWith("Legal holds")).singleElement()
                .satisfies(l -> assertThat(l.item()).isEqualTo(reference(held)));
        assertThat(model.lines()).filteredOn(l -> l.section().startsWith("Retention decisions")).singleElement()
                .satisfies(l -> assertThat(l.detail()).startsWith("Erase").contains("Carried out"));
        assertThat(model.lines()).filteredOn(l -> l.section().startsWith("Erasures")).singleElement()
                .satisfies(l -> assertThat(l.item()).matches("[0-9a-f]{32}"));
        assertThat(model.lines()).filteredOn(l -> l.section().startsWith("Subject access")).singleElement()
                .satisfies(l -> {
                    assertThat(l.item()).isEqualTo(reference(asking));
                    assertThat(l.date()).isEqualTo(Fakes.messages().dates().day(LocalDate.of(2026, 2, 28)));
                    assertThat(l.detail()).endsWith("open");
                });
        assertThat(model.lines()).filteredOn(l -> l.section().startsWith("Corrections")).singleElement()
                .satisfies(l -> assertThat(l.detail()).startsWith("client.phone"));
        assertThat(model.lines()).filteredOn(l -> l.section().equals("Data held"))
                .anySatisfy(l -> assertThat(l.detail()).isEqualTo("2 records; special-category data"));

        Path out = dir.resolve("records.csv");
        files.answers.add(out);
        model.exportCsv();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Record,What,Date,Details\r\n").contains(reference(held));
        assertThat(csv.lines().count()).isEqualTo(model.lines().size() + 1);
        for (String secret : SECRETS) {
            assertThat(csv).doesNotContain(secret);
            assertThat(model.lines()).noneMatch(l -> (l.item() + l.detail()).contains(secret));
        }
        assertThat(model.statusProperty().get()).contains("records.csv");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        for (String attack : List.of("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\t=1")) {
            String field = ProcessingCsv.field(attack);
            assertThat(field.replace("\"", "")).startsWith("'");
        }
        assertThat(ProcessingCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ProcessingCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(ProcessingCsv.field("C-2026-0042")).isEqualTo("C-2026-0042");
    }
}
