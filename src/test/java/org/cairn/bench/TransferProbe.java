package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.transfer.CaseTransfers;
import org.cairn.transfer.ExportedTransfer;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.TransferKind;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Exporting a number of demo cases with their notes from a second casebook, and importing them into a copy of the
 * size's casebook (so the other probes keep theirs as built): one transfer file each way, timed end to end
 * (reading the rows, sealing, signing; checking, backing up, writing in one transaction).
 */
final class TransferProbe implements SizedProbe {
    private final int sent;
    private final Clock clock = Clock.systemDefaultZone();

    TransferProbe(int sent) {
        this.sent = sent;
    }

    @Override
    public String name() {
        return "transfer of " + sent + " cases";
    }

    @Override
    public List<BenchFigure> measure(BenchCasebook book) throws Exception {
        Path work = Files.createTempDirectory(book.work(), "transfer");
        Path receiverFolder = copy(book.vault(), work.resolve("receiver"));
        try (Passphrase senderPass = Passphrase.copyOf(book.passphraseChars());
                Vault sender = Vault.create(work.resolve("sender"), senderPass, KdfPolicy.fixed(KdfParams.floor()),
                        VaultOptions.standard()).vault();
                Passphrase receiverPass = Passphrase.copyOf(book.passphraseChars());
                Vault receiver = Vault.open(receiverFolder, receiverPass, VaultOptions.standard())) {
            Casebook from = Casebook.open(sender, clock, "bench");
            Casebook into = Casebook.open(receiver, clock, "bench");
            new DemoCasebook(from, clock, 2).generate(sent, BenchCasebooks.CASES_PER_TRANSACTION, done -> { });
            CaseTransfers out = new CaseTransfers(from, new SecureRandom());
            CaseTransfers in = new CaseTransfers(into, new SecureRandom());
            out.pair("receiver", PairingCard.parse(in.ownCard().toFileText()));
            in.pair("sender", PairingCard.parse(out.ownCard().toFileText()));
            List<CaseReference> references = sender.read(r -> r.query("SELECT reference FROM case_file ORDER BY id",
                    row -> CaseReference.parse(row.getString(1))));
            long notes = sender.read(r -> r.queryLong("SELECT count(*) FROM note"));

            long start = System.nanoTime();
            ExportedTransfer file = out.export(references, out.paired("receiver").orElseThrow(), TransferKind.SHARE);
            double exportMs = (System.nanoTime() - start) / 1e6;
            Path backup = work.resolve("before-import.backup");
            start = System.nanoTime();
            ImportOutcome outcome = in.importFile(file.file(), () -> receiver.backupTo(backup));
            double importMs = (System.nanoTime() - start) / 1e6;
            if (outcome.importedAs().size() != sent) {
                throw new IllegalStateException("the import added " + outcome.importedAs().size() + " of " + sent);
            }
            String what = String.format(Locale.ROOT, "%,d cases with %,d notes, a %,d kB file", sent, notes,
                    file.file().length / 1024);
            return List.of(
                    BenchFigure.single("transfer.export", "export " + sent + " cases", book.cases(), exportMs, "ms")
                            .withNote(what + "; read, sealed and signed, one run"),
                    BenchFigure.single("transfer.import", "import " + sent + " cases", book.cases(), importMs, "ms")
                            .withNote(what + " into a copy of this casebook; checked, backed up first and written "
                                    + "in one transaction, one run"));
        }
    }

    private static Path copy(Path folder, Path target) throws java.io.IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
