package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.transfer.MovedCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The steps after an import: a move's receipt and its confirmation, the list of moves, and undoing an import. */
final class TransferMoveCommands {
    /** A receipt names a few thousand cases at most; anything far larger is not one. */
    static final int MAX_RECEIPT_BYTES = 4 * 1024 * 1024;

    private TransferMoveCommands() {
    }

    @Command(name = "receipt", description = "On the receiving casebook, after importing a move: write a receipt "
            + "signed by this casebook for the sender to confirm the move with.")
    static final class Receipt implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--for", required = true, paramLabel = "FILE", description = "The move file imported here.")
        Path transfer;
        @Option(names = "--out", required = true, paramLabel = "RECEIPT", description = "The receipt to write.")
        Path out;
        @Spec
        CommandSpec spec;

        Receipt(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            byte[] file = NewFiles.read(transfer, TransferCommand.MAX_FILE_BYTES);
            NewFiles.requireAbsent(out);
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                NewFiles.write(out, unlocked.casework().transfers().moveReceipt(file));
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + out + ": give it to the sending casebook, which confirms the move with cairn "
                    + "transfer confirm; this import can no longer be undone with cairn transfer undo");
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "confirm", description = "On the sending casebook: check the receiver's receipt and keep only a "
            + "closed stub of each case it names (where it went and when).")
    static final class Confirm implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--receipt", required = true, paramLabel = "FILE", description = "The receipt.")
        Path receipt;
        @Spec
        CommandSpec spec;

        Confirm(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            byte[] bytes = NewFiles.read(receipt, MAX_RECEIPT_BYTES);
            List<MovedCase> stubs;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                stubs = unlocked.casework().transfers().confirmMove(bytes);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            for (MovedCase stub : stubs) {
                stdout.println(line(stub));
            }
            stdout.println("confirmed " + stubs.size() + " move(s): each case's content was removed here, as an "
                    + "erasure removes it, and a closed stub says where it went");
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "moves", description = "List the cases this casebook sent as moves: awaiting their receipt, or "
            + "closed stubs.")
    static final class Moves implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Spec
        CommandSpec spec;

        Moves(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            List<MovedCase> moves;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                moves = unlocked.casework().transfers().moves();
            }
            PrintWriter stdout = spec.commandLine().getOut();
            moves.forEach(m -> stdout.println(line(m)));
            if (moves.isEmpty()) {
                stdout.println("no case was sent as a move from this casebook");
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "undo", description = "Undo a whole import (the number printed by cairn transfer import), "
            + "while nothing it added has changed since.")
    static final class Undo implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--import", required = true, paramLabel = "NUMBER", description = "The import to undo.")
        long number;
        @Spec
        CommandSpec spec;

        Undo(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            List<String> removed;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                removed = unlocked.casework().transfers().undoImport(number);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            removed.forEach(reference -> stdout.println("removed\t" + reference));
            stdout.println("undid import " + number + ": " + removed.size() + " case(s) removed; the transfer file "
                    + "can be imported again");
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    private static String line(MovedCase m) {
        String to = (m.receiverName().isEmpty() ? "casebook " + m.receiverId()
                : org.cairn.templates.Printable.of(m.receiverName())) + ", transfer " + m.sequence();
        return m.confirmed()
                ? "moved\t" + m.reference() + "\tto " + to + "; sent " + m.sentAt() + ", confirmed " + m.confirmedAt()
                : "awaiting receipt\t" + m.reference() + "\tsent to " + to + " " + m.sentAt();
    }
}
