package org.cairn.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.Resolutions.Choice;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's model on two real paired casebooks: preview first, a choice per conflict, then import. */
class TransferImportViewModelTest {
    private final Messages messages = Fakes.messages();
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    TransferImportViewModel model;

    @BeforeEach
    void twoPairedLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        model = modelFor(centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    private TransferImportViewModel modelFor(Laptop laptop) {
        Session session = new Session(dir.resolve(laptop.name()), laptop.vault(), laptop.casebook(), laptop.work());
        return new TransferImportViewModel(session, messages, new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(messages), new Fakes.Files(), TransferCasebooks.CLOCK);
    }

    private Path send(Laptop from, String reference, String name) throws Exception {
        byte[] file = from.work().transfers().export(List.of(CaseReference.parse(reference)), "centre",
                TransferKind.SHARE).file();
        return Files.write(dir.resolve(name), file);
    }

    @Test
    void aNewCaseIsShownWithItsSenderBeforeAnythingIsWrittenThenImportedWithItsNumber() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        Path file = send(outreach, reference, "first.transfer");
        List<String> before = everything(centre.casebook());

        model.open(file);

        String fingerprint = outreach.work().transfers().pairingCard().fingerprint();
        assertThat(model.senderProperty().get()).contains("outreach").contains(fingerprint).contains("a share");
        assertThat(model.cases()).singleElement().asString().startsWith("New here: " + reference).contains("2 notes");
        assertThat(model.conflicts()).isEmpty();
        assertThat(model.importableProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(everything(centre.casebook())).as("a preview writes nothing").isEqualTo(before);
        assertThat(backups()).isEmpty();

        model.importNow();

        assertThat(model.importNumberProperty().get()).isEqualTo(1L);
        assertThat(model.summaryProperty().get()).contains("Imported 1 new case and merged 0, as import 1.")
                .contains("cairn transfer undo --import 1");
        assertThat(model.importableProperty().get()).as("imported once, not offered again").isFalse();
        assertThat(backups()).hasSize(1);
        assertThat(centre.casebook().cases().findByReference(CaseReference.parse(reference))).isPresent();
    }

    @Test
    void aReceiptWhoseWritingFailsPartWayLeavesNoFileBehind() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        Path move = Files.write(dir.resolve("move.transfer"), outreach.work().transfers()
                .export(List.of(CaseReference.parse(reference)), "centre", TransferKind.MOVE).file());
        Fakes.Files files = new Fakes.Files();
        Session session = new Session(dir.resolve("centre"), centre.vault(), centre.casebook(), centre.work());
        TransferImportViewModel failing = new TransferImportViewModel(session, messages, new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(messages), files, TransferCasebooks.CLOCK,
                new FileSaver((channel, bytes) -> {
                    channel.write(java.nio.ByteBuffer.wrap(bytes, 0, bytes.length / 2));
                    throw new java.io.IOException("device removed");
                }));
        failing.open(move);
        failing.importNow();
        files.answers.add(dir.resolve("move.cairn-receipt"));
        failing.writeReceipt();
        assertThat(failing.statusProperty().get()).isEqualTo(messages.get("transfer.moves.unwritable"));
        assertThat(failing.receiptOfferedProperty().get()).as("still offered, to try elsewhere").isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no receipt and no part of one is left")
                    .noneMatch(name -> name.endsWith(".cairn-receipt") || name.endsWith(".part"));
        }
    }

    @Test
    void theFileIsReadAndImportedAwayFromTheScreenWhichShowsItIsBusy() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        Path file = send(outreach, reference, "first.transfer");
        SyncTaskRunner later = new SyncTaskRunner(true);
        Session session = new Session(dir.resolve("centre"), centre.vault(), centre.casebook(), centre.work());
        TransferImportViewModel waiting = new TransferImportViewModel(session, messages, new RecordingNavigator(),
                later, new ErrorMessages(messages), new Fakes.Files(), TransferCasebooks.CLOCK);
        List<Double> progress = new ArrayList<>();
        waiting.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));

        waiting.open(file);
        assertThat(waiting.busyProperty().get()).isTrue();
        assertThat(waiting.statusProperty().get()).isEqualTo(messages.get("transfer.import.checking"));
        assertThat(waiting.importableProperty().get()).isFalse();
        assertThat(later.runPending()).isEqualTo(1);
        assertThat(progress).contains(0.5);
        assertThat(waiting.busyProperty().get()).isFalse();
        assertThat(waiting.importableProperty().get()).isTrue();

        waiting.importNow();
        waiting.importNow(); // a second press while the first runs does nothing
        assertThat(waiting.busyProperty().get()).isTrue();
        assertThat(waiting.importableProperty().get()).isFalse();
        assertThat(later.runPending()).isEqualTo(1);
        assertThat(waiting.summaryProperty().get()).contains("as import 1");
    }

    @Test
    void importWaitsForEveryConflictAndContactSafetyIsNeverChosenForAll() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        Path first = send(outreach, reference, "first.transfer");
        model.open(first);
        model.importNow();
        edit(outreach, "UPDATE client SET alias = 'Amal H.', phone = '07700 900111'");
        edit(centre, "UPDATE client SET alias = 'Amal K.', phone = '07700 900222'");
        Path second = send(outreach, reference, "second.transfer");
        TransferImportViewModel again = modelFor(centre);

        again.open(second);

        assertThat(again.cases()).singleElement().asString().startsWith("Merged: " + reference);
        assertThat(again.conflictRefs()).containsExactlyInAnyOrder(reference + "/client/alias",
                reference + "/client/phone");
        ConflictChoice phone = conflict(again, "phone");
        assertThat(phone.contactSafety()).isTrue();
        assertThat(conflict(again, "alias").contactSafety()).isFalse();
        assertThat(phone.here()).startsWith("Here: 07700 900222");
        assertThat(phone.there()).startsWith("There: 07700 900111").contains("last changed by outreach.advocate");
        assertThat(again.importableProperty().get()).isFalse();
        assertThat(again.blockedProperty().get()).isEqualTo("2 conflicts are left to choose before importing.");

        again.takeTheirsForOthers();
        assertThat(conflict(again, "alias").choiceProperty().get()).isEqualTo(Choice.TAKE_THEIRS);
        assertThat(phone.choiceProperty().get()).as("contact safety is chosen on its own").isNull();
        assertThat(again.blockedProperty().get()).isEqualTo("1 conflict is left to choose before importing.");
        again.importNow();
        assertThat(again.summaryProperty().get()).as("not imported while a conflict is open").isEmpty();

        phone.keepOurs();
        assertThat(again.blockedProperty().get()).isEmpty();
        assertThat(again.resolutions().choices()).containsOnlyKeys(reference + "/client/alias",
                reference + "/client/phone");
        again.importNow();

        assertThat(again.summaryProperty().get()).contains("merged 1, as import 2")
                .contains("restore the backup taken first");
        assertThat(clientField(centre, "alias")).isEqualTo("Amal H.");
        assertThat(clientField(centre, "phone")).isEqualTo("07700 900222");
    }

    @Test
    void aNeverContactMarkChangedOnBothSidesIsNeverChosenForAll() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        model.open(send(outreach, reference, "first.transfer"));
        model.importNow();
        edit(outreach, "UPDATE client SET alias = 'Amal H.'");
        edit(outreach, "UPDATE client_blocked_recipient SET name = 'Northtown Centre', reason = 'cousin'");
        edit(outreach, "UPDATE client_abuser SET name = 'Marco Rossi'");
        edit(centre, "UPDATE client SET alias = 'Amal K.'");
        edit(centre, "UPDATE client_blocked_recipient SET name = 'Northtown CC', reason = 'his cousin'");
        edit(centre, "UPDATE client_abuser SET name = 'M. Rossi'");
        TransferImportViewModel again = modelFor(centre);
        again.open(send(outreach, reference, "second.transfer"));
        assertThat(again.conflicts()).hasSize(4);

        again.takeTheirsForOthers();

        assertThat(conflict(again, "alias").choiceProperty().get()).isEqualTo(Choice.TAKE_THEIRS);
        assertThat(again.conflicts().stream().filter(c -> !c.conflict().field().equals("alias")))
                .hasSize(3).allSatisfy(c -> {
                    assertThat(c.contactSafety()).as(c.conflict().ref()).isTrue();
                    assertThat(c.choiceProperty().get()).as(c.conflict().ref()).isNull();
                });
        assertThat(again.importableProperty().get()).isFalse();
    }

    @Test
    void aFailedImportKeepsTheFileThePreviewAndEveryChoice() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        model.open(send(outreach, reference, "first.transfer"));
        model.importNow();
        edit(outreach, "UPDATE client SET alias = 'Amal H.', phone = '07700 900111'");
        edit(centre, "UPDATE client SET alias = 'Amal K.', phone = '07700 900222'");
        Path second = send(outreach, reference, "second.transfer");
        TransferImportViewModel first = modelFor(centre);
        TransferImportViewModel late = modelFor(centre);
        first.open(second);
        late.open(second);
        late.takeTheirsForOthers();
        conflict(late, "phone").keepOurs();
        first.takeTheirsForOthers();
        conflict(first, "phone").keepOurs();
        first.importNow(); // the same file is imported from another window first: this one is then refused

        late.importNow();

        assertThat(late.statusProperty().get()).isEqualTo(messages.get("problem.transfer-refused.replayed"));
        assertThat(late.summaryProperty().get()).isEmpty();
        assertThat(late.previewProperty().get()).isNotNull();
        assertThat(late.conflictRefs()).hasSize(2);
        assertThat(conflict(late, "alias").choiceProperty().get()).isEqualTo(Choice.TAKE_THEIRS);
        assertThat(conflict(late, "phone").choiceProperty().get()).isEqualTo(Choice.KEEP_OURS);
        assertThat(late.busyProperty().get()).isFalse();

        late.open(dir.resolve("gone.transfer"));
        assertThat(late.previewProperty().get()).as("a new file clears the last one").isNull();
        assertThat(late.conflicts()).isEmpty();
    }

    @Test
    void refusedFilesAreShownInTheirOwnWordsAndNothingIsWritten() throws Exception {
        String reference = outreach.caseWithHistory("Amal").reference().toString();
        Path file = send(outreach, reference, "first.transfer");
        byte[] bytes = Files.readAllBytes(file);
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x01;
        Laptop stranger = casebooks.laptop("stranger");
        PairingCard centreCard = PairingCard.parse(centre.work().transfers().pairingCard().toFileText());
        stranger.work().transfers().pair("centre", centreCard); // one way only: the centre never kept its card
        String strangers = stranger.caseWithHistory("Noor").reference().toString();
        List<String> before = everything(centre.casebook());

        assertRefused(Files.write(dir.resolve("damaged.transfer"), damaged),
                "problem.transfer-refused.tampered");
        assertRefused(Files.write(dir.resolve("notes.txt"), "not a transfer".getBytes()),
                "problem.transfer-refused.not-a-transfer");
        assertRefused(send(stranger, strangers, "stranger.transfer"), "problem.transfer-refused.unknown-sender");
        assertRefused(dir.resolve("gone.transfer"), "transfer.import.unreadable");
        assertThat(everything(centre.casebook())).isEqualTo(before);

        model.open(file);
        model.importNow();
        assertRefused(file, "problem.transfer-refused.replayed");
        assertThat(backups()).as("only the one import took a backup").hasSize(1);

        long here = centre.casebook().cases().findByReference(CaseReference.parse(reference)).orElseThrow().id();
        centre.vault().write(tx -> tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, "
                + "restricted_at, restricted_by) VALUES (?, X'00', 1, 1, 'x')", here));
        edit(outreach, "UPDATE client SET alias = 'Amal H.'");
        List<String> restricted = everything(centre.casebook());
        assertRefused(send(outreach, reference, "restricted.transfer"), "problem.case-restricted.in-transfer");
        assertThat(everything(centre.casebook())).isEqualTo(restricted);
        assertThat(backups()).hasSize(1);
    }

    private void assertRefused(Path file, String key) {
        TransferImportViewModel fresh = modelFor(centre);
        fresh.open(file);
        assertThat(fresh.statusProperty().get()).as(key).isEqualTo(messages.get(key));
        assertThat(fresh.previewProperty().get()).isNull();
        assertThat(fresh.importableProperty().get()).isFalse();
        assertThat(fresh.busyProperty().get()).isFalse();
    }

    private static ConflictChoice conflict(TransferImportViewModel model, String field) {
        return model.conflicts().stream().filter(c -> c.conflict().field().equals(field)).findFirst().orElseThrow();
    }

    private static void edit(Laptop laptop, String sql) {
        laptop.vault().write(tx -> tx.execute(sql));
    }

    private static String clientField(Laptop laptop, String column) {
        return laptop.casebook().transactions().read(r -> r.queryOne("SELECT " + column + " FROM client",
                row -> row.getString(1))).orElseThrow();
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("centre-before-transfer-")).toList();
        }
    }

    /** Every row of every table, to show that a preview or a refusal changed nothing. */
    private static List<String> everything(Casebook casebook) {
        return casebook.transactions().read(r -> {
            List<String> lines = new ArrayList<>();
            for (String table : r.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    row -> row.getString(1))) {
                lines.addAll(r.query("SELECT * FROM \"" + table + "\"", row -> {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        Object value = row.getObject(i);
                        line.append('|').append(value instanceof byte[] b ? HexFormat.of().formatHex(b) : value);
                    }
                    return line.toString();
                }));
            }
            return lines;
        });
    }
}
