package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casebook.CaseReference;
import org.cairn.transfer.ExportedTransfer;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.ResolutionFile;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;
import org.cairn.transfer.TransferPreview.CasePreview;
import org.cairn.transfer.TransferPreview.Status;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "transfer", description = "Move or share cases with a paired casebook through one file that only "
        + "that casebook can open (see docs/TRANSFER.md).")
final class TransferCommand implements Callable<Integer> {
    /** Far above any real transfer; a wrong huge file is refused before it is read. */
    static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new TransferCommand());
        commandLine.addSubcommand(new Export(environment));
        commandLine.addSubcommand(new Import(environment));
        commandLine.addSubcommand(new TransferMoveCommands.Receipt(environment));
        commandLine.addSubcommand(new TransferMoveCommands.Confirm(environment));
        commandLine.addSubcommand(new TransferMoveCommands.Moves(environment));
        commandLine.addSubcommand(new TransferMoveCommands.Undo(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "export", description = "Write the cases to one file encrypted to the paired casebook and "
            + "signed by this one.")
    static final class Export implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--cases", required = true, arity = "1..*", paramLabel = "REF",
                description = "The cases to send, e.g. C-2026-0042.")
        List<String> cases;
        @Option(names = "--to", required = true, paramLabel = "PAIRED-NAME", description = "The paired casebook "
                + "(see cairn pair list).")
        String to;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The transfer file to write.")
        Path out;
        @ArgGroup(exclusive = true)
        Intent intent;
        @Spec
        CommandSpec spec;

        static final class Intent {
            @Option(names = "--move", description = "Hand the cases over to the other casebook.")
            boolean move;
            @Option(names = "--share", description = "Both casebooks keep working on the cases (the default).")
            boolean share;
        }

        Export(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            NewFiles.requireAbsent(out);
            List<CaseReference> references = new ArrayList<>();
            for (String text : cases) {
                try {
                    references.add(CaseReference.parse(text.strip()));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure(ExitCodes.USAGE, "--cases takes case references such as C-2026-0042");
                }
            }
            TransferKind kind = intent != null && intent.move ? TransferKind.MOVE : TransferKind.SHARE;
            ExportedTransfer made;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                made = unlocked.casework().transfers().export(references, to, kind);
                NewFiles.write(out, made.file());
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + out + ": " + made.cases() + " case(s) to " + to.strip() + " ("
                    + kind.name().toLowerCase(java.util.Locale.ROOT) + ", transfer " + made.sequence() + ")");
            if (kind == TransferKind.MOVE) {
                stdout.println("sent, awaiting receipt: this casebook keeps the case until the receiver's receipt "
                        + "is confirmed here (cairn transfer confirm), and no longer counts it");
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Check a transfer file made for this casebook, add the cases that are "
            + "new here and merge those already here, after a backup; --preview only says what would change.")
    static final class Import implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The transfer file.")
        Path from;
        @Option(names = "--preview", description = "Change nothing; list the new and updated cases, every change "
                + "and conflict of the merge, and every removal on one side.")
        boolean preview;
        @Option(names = "--write-resolutions", paramLabel = "FILE", description = "With --preview: write a file "
                + "listing each conflict (and removal) to choose on, for --resolutions.")
        Path writeResolutions;
        @Option(names = "--keep-ours", arity = "1..*", paramLabel = "REF", description = "Keep this casebook's "
                + "value: a field (C-2026-0042/client/phone), a record, a case, or all.")
        List<String> keepOurs = new ArrayList<>();
        @Option(names = "--take-theirs", arity = "1..*", paramLabel = "REF", description = "Take the other "
                + "casebook's value (or apply its removal, named by the removal's own reference).")
        List<String> takeTheirs = new ArrayList<>();
        @Option(names = "--resolutions", paramLabel = "FILE", description = "Choices written by "
                + "--write-resolutions, each ? replaced by ours or theirs.")
        Path resolutions;
        @Option(names = "--backup", paramLabel = "FILE", description = "Where to write the backup taken first "
                + "(default: beside the casebook folder, named after it and the time).")
        Path backup;
        @Spec
        CommandSpec spec;

        Import(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            byte[] file = NewFiles.read(from, MAX_FILE_BYTES);
            Path backupFile = backup != null ? backup : defaultBackup();
            if (writeResolutions != null && !preview) {
                throw new CliFailure(ExitCodes.USAGE, "--write-resolutions goes with --preview");
            }
            Resolutions choices = MergeLines.choices(resolutions, keepOurs, takeTheirs);
            if (!preview) {
                NewFiles.requireAbsent(backupFile);
            } else if (writeResolutions != null) {
                NewFiles.requireAbsent(writeResolutions);
            }
            TransferPreview seen;
            ImportOutcome outcome = null;
            long number = 0;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                if (preview) {
                    seen = unlocked.casework().transfers().preview(file);
                } else {
                    outcome = unlocked.casework().transfers().importFile(unlocked.vault(), file, backupFile,
                            choices);
                    seen = outcome.preview();
                    number = unlocked.casework().transfers().importNumber(file).orElse(0);
                }
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("from " + org.cairn.templates.Printable.of(seen.senderName()) + " (fingerprint "
                    + seen.senderFingerprint() + "), transfer " + seen.sequence() + ", "
                    + seen.kind().name().toLowerCase(java.util.Locale.ROOT));
            for (CasePreview c : seen.cases()) {
                stdout.println(line(c, outcome != null));
            }
            MergeLines.print(stdout, seen.merge(), choices);
            for (String asked : seen.erasureAsked()) {
                // Never erased by the import: a person who may erase decides (cairn erase). Only this case was
                // erased by its owner, so the hint erases this copy alone, never her other cases here.
                stdout.println("erasure asked\t" + asked + "\tthe casebook that counts this case erased it; erase "
                        + "this copy too if the erasure applies here (cairn erase --client " + asked
                        + " --case-only --reason ... --confirm " + asked + "; without --case-only every case of "
                        + "hers here goes)");
            }
            if (outcome != null) {
                // Undo takes back only a share that added cases; a merge or a move is taken back by the backup.
                boolean undoable = seen.count(Status.UPDATED) == 0 && seen.kind() != TransferKind.MOVE;
                stdout.println("imported " + outcome.importedAs().size() + " new case(s), merged "
                        + seen.count(Status.UPDATED) + ", as import " + number + (undoable
                                ? " (undo it with cairn transfer undo --import " + number + ")"
                                : " (to take it back, restore the backup taken first with cairn restore)")
                        + "; backup taken first: " + backupFile);
                if (seen.kind() == TransferKind.MOVE) {
                    stdout.println("a move: write a receipt for the sender with cairn transfer receipt --for FILE "
                            + "--out RECEIPT");
                }
            } else {
                if (writeResolutions != null) {
                    NewFiles.write(writeResolutions, ResolutionFile.template(seen)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    stdout.println("wrote " + writeResolutions + ": replace each ? with ours or theirs");
                }
                stdout.println("preview only: nothing was changed");
            }
            stdout.flush();
            return ExitCodes.OK;
        }

        private static String line(CasePreview c, boolean imported) {
            String where = c.referenceHere().equals(c.reference()) ? c.reference()
                    : c.referenceHere() + " (sent as " + c.reference() + ", which is taken here)";
            String known = c.referenceHere().equals(c.reference()) ? c.reference()
                    : c.referenceHere() + " (" + c.reference() + " on the other casebook)";
            return switch (c.status()) {
                case NEW -> (imported ? "imported\t" : "new\t") + where + "\t" + c.notes() + " note(s)";
                case UNCHANGED -> "unchanged\t" + known + "\talready here with every change in the file";
                case UPDATED -> (imported ? "merged\t" : "updated\t") + known + "\tchanged on the other casebook";
            };
        }

        private Path defaultBackup() {
            Path folder = casebook.directory.toAbsolutePath().normalize();
            String time = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                    .format(environment.clock().instant());
            return folder.resolveSibling(folder.getFileName() + "-before-transfer-" + time + ".backup");
        }
    }
}
