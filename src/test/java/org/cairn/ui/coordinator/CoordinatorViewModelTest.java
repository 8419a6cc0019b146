package org.cairn.ui.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.stats.Quarter;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinatorViewModelTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Fakes.START);
    final Fakes.Files files = new Fakes.Files();
    final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    final RecordingNavigator navigator = new RecordingNavigator();
    Session coordinator;
    Session laptop;

    @AfterEach
    void close() {
        for (Session session : new Session[] {coordinator, laptop}) {
            if (session != null) {
                session.close();
            }
        }
    }

    private CoordinatorViewModel model(Session session) {
        return new CoordinatorViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(), files, dialogs,
                clock, "9.9.9");
    }

    private long audited(Session session, AuditAction action) {
        return session.casebook().audit().recent(10_000).stream().filter(e -> e.action() == action).count();
    }

    @Test
    void thePreviewShowsTheChosenTablesWithHiddenCellsMarkedAndPublishesNothing() {
        coordinator = DemoSessions.create(dir.resolve("c"), clock, 200);
        CoordinatorViewModel model = model(coordinator);
        assertThat(model.fromProperty().get()).isEqualTo(Quarter.parse("2025Q4"));
        model.fromProperty().set(Quarter.parse("2025Q3"));
        model.tables().forEach(t -> t.selected().set(t.spec().id().startsWith("cases_by_")));
        model.preview();
        assertThat(model.previewTables()).hasSize(2 * 4);
        assertThat(model.previewTables()).extracting(PreviewTable::period).contains("2025Q3 (revision 0)");
        List<PreviewTable.Cell> cells = model.previewTables().stream().flatMap(t -> t.cells().stream()).toList();
        assertThat(cells).filteredOn(PreviewTable.Cell::suppressed).isNotEmpty()
                .allMatch(c -> c.value().equals("[c]"));
        assertThat(cells).filteredOn(c -> !c.suppressed()).allMatch(c -> c.value().matches("\\d+"));
        assertThat(model.statusProperty().get()).contains("exactly what an export would publish");
        assertThat(audited(coordinator, AuditAction.COUNTS_EXPORTED)).isZero();

        model.tables().forEach(t -> t.selected().set(false));
        model.preview();
        assertThat(model.statusProperty().get()).isEqualTo("Choose at least one table.");
        model.toProperty().set(Quarter.parse("2025Q2"));
        model.exportFiles();
        assertThat(model.statusProperty().get()).contains("not after the last one");
    }

    @Test
    void exportWritesCsvAndPdfOfTheChosenTablesAndIsAudited() throws Exception {
        coordinator = DemoSessions.create(dir.resolve("c"), clock, 120);
        CoordinatorViewModel model = model(coordinator);
        model.tables().forEach(t -> t.selected().set(t.spec().id().equals("open_cases")));
        Path out = dir.resolve("out");
        files.answers.add(out);
        model.exportFiles();
        assertThat(out.resolve("report.pdf")).exists();
        String counts = Files.readString(out.resolve("counts.csv"));
        assertThat(counts.lines().skip(1)).isNotEmpty().allMatch(l -> l.startsWith("open_cases,2025Q4,0,"));
        assertThat(model.statusProperty().get()).startsWith("Wrote 4 files to ");
        assertThat(dialogs.shown).hasSize(1);
        assertThat(audited(coordinator, AuditAction.COUNTS_EXPORTED)).isEqualTo(1);
        assertThat(coordinator.casebook().audit().latest(AuditAction.COUNTS_EXPORTED).orElseThrow().reason())
                .as("the audit row names exactly the table that left").startsWith("tables open_cases; rule ");
        assertThat(model.busyProperty().get()).isFalse();

        files.answers.add(out);
        model.exportFiles();
        assertThat(model.statusProperty().get()).contains("already exists. Choose another name");
    }

    @Test
    void keysAndBundlesMoveBetweenALaptopAndTheCoordinatorAndAreMergedInThePreview() throws Exception {
        coordinator = DemoSessions.create(dir.resolve("c"), clock, 30);
        laptop = DemoSessions.create(dir.resolve("l"), clock, 150);
        CoordinatorViewModel atCoordinator = model(coordinator);
        CoordinatorViewModel atLaptop = model(laptop);
        Path key = dir.resolve("coordinator.key");
        Path bundle = dir.resolve("q4.cairnbundle");

        files.answers.add(bundle);
        atLaptop.exportBundle();
        assertThat(atLaptop.statusProperty().get()).contains("Import the coordinator's key file first");
        assertThat(bundle).doesNotExist();

        files.answers.add(key);
        atCoordinator.exportKey();
        String fingerprint = atCoordinator.statusProperty().get().replaceFirst(".*Fingerprint ([0-9A-F-]+).*", "$1");
        files.answers.add(key);
        atLaptop.importKey();
        assertThat(atLaptop.statusProperty().get()).contains(fingerprint);
        files.answers.add(bundle);
        atLaptop.exportBundle();
        assertThat(atLaptop.statusProperty().get()).startsWith("Wrote " + bundle).contains(fingerprint);

        assertThat(atCoordinator.coverage()).isEmpty();
        files.answers.add(bundle);
        atCoordinator.importBundle();
        assertThat(atCoordinator.statusProperty().get()).startsWith("Imported q4.cairnbundle");
        assertThat(atCoordinator.coverage()).singleElement().asString().contains("2025Q4, Consented cases only")
                .containsPattern(", casebook [0-9a-f]{8}:").doesNotContain("not named");
        files.answers.add(bundle);
        atCoordinator.importBundle();
        assertThat(atCoordinator.statusProperty().get()).contains("already imported").contains("not counted twice");

        atCoordinator.mergedProperty().set(true);
        atCoordinator.preview();
        assertThat(atCoordinator.previewTables()).isNotEmpty();
        assertThat(audited(coordinator, AuditAction.COUNTS_BUNDLE_IMPORTED)).isEqualTo(1);

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length - 1] ^= 1;
        Path changed = dir.resolve("changed.cairnbundle");
        Files.write(changed, bytes);
        files.answers.add(changed);
        atCoordinator.importBundle();
        assertThat(atCoordinator.statusProperty().get()).startsWith("changed.cairnbundle has been changed or damaged");
    }

    @Test
    void refusalsOfTheCountsReadInTheChosenLanguageNeverInTheCountsEnglish() throws Exception {
        coordinator = DemoSessions.create(dir.resolve("c"), clock, 30);
        CoordinatorViewModel model = new CoordinatorViewModel(coordinator,
                org.cairn.ui.common.PseudoLocales.messages(org.cairn.ui.common.PseudoLocales.ACCENTED), navigator,
                new SyncTaskRunner(), files, dialogs, clock, "9.9.9");
        Path notABundle = dir.resolve("letter.pdf");
        Files.writeString(notABundle, "%PDF-1.7 not a bundle");
        Path key = dir.resolve("coordinator.key");
        files.answers.add(key);
        model.exportKey();
        for (Runnable refused : List.<Runnable>of(() -> {
            files.answers.add(notABundle);
            model.importBundle();
        }, () -> {
            files.answers.add(notABundle);
            model.importKey();
        }, () -> {
            files.answers.add(key);
            model.exportKey();
        })) {
            refused.run();
            assertThat(model.statusProperty().get()).as("a refusal is worded by the bundle")
                    .startsWith(String.valueOf(org.cairn.ui.common.PseudoLocales.OPEN))
                    .doesNotContain("nothing was imported").doesNotContain("E-");
        }
        assertThat(model.tables()).isNotEmpty();
        model.preview();
        assertThat(model.previewTables()).allMatch(t -> t.title().startsWith(
                String.valueOf(org.cairn.ui.common.PseudoLocales.OPEN)));
    }

    @Test
    void backGoesToTheCaseList() {
        coordinator = DemoSessions.create(dir.resolve("c"), clock, 5);
        model(coordinator).back();
        assertThat(navigator.visits).last().asString().startsWith("cases");
    }
}
