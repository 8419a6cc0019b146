package org.cairn.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.transfer.PairedCasebook;
import org.cairn.templates.Printable;
import org.cairn.transfer.PairingCard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pair", description = "Pair this casebook with another so that cases can move between them in "
        + "transfer files: show this casebook's card, add the other's, and compare the fingerprint.")
final class PairCommand implements Callable<Integer> {
    /** A pairing card is a few hundred bytes. */
    static final int MAX_CARD_BYTES = 4096;

    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new PairCommand());
        commandLine.addSubcommand(new Show(environment));
        commandLine.addSubcommand(new Add(environment));
        commandLine.addSubcommand(new ListPaired(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "show", description = "Write this casebook's pairing card (its public keys; nothing secret) to "
            + "a file for the other casebook, and print the fingerprint to read aloud.")
    static final class Show implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The card file to write.")
        Path out;
        @Spec
        CommandSpec spec;

        Show(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            NewFiles.requireAbsent(out);
            PairingCard card;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                card = unlocked.casework().transfers().pairingCard();
                NewFiles.write(out, card.toFileText().getBytes(StandardCharsets.UTF_8));
            }
            var stdout = spec.commandLine().getOut();
            stdout.println("wrote " + out + "; on the other casebook run: cairn pair add --name NAME --from FILE");
            stdout.println("fingerprint: " + card.fingerprint());
            stdout.println("read it aloud to the other person (by phone or in person): it must match what "
                    + "their Cairn prints");
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", description = "Keep another casebook's pairing card under a name, and print its "
            + "fingerprint to compare with the one that casebook shows.")
    static final class Add implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "What to call the other "
                + "casebook here, e.g. \"Centre laptop\"; transfer export --to uses it.")
        String name;
        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The other casebook's card.")
        Path from;
        @Spec
        CommandSpec spec;

        Add(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            PairingCard card = PairingCard.parse(new String(NewFiles.read(from, MAX_CARD_BYTES),
                    StandardCharsets.UTF_8));
            PairedCasebook paired;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                paired = unlocked.casework().transfers().pair(name, card);
            }
            var stdout = spec.commandLine().getOut();
            stdout.println("paired with " + Printable.of(paired.name()) + "; fingerprint: " + paired.fingerprint());
            stdout.println("compare it with the fingerprint the other casebook printed (cairn pair show); if "
                    + "they differ, do not send anything and pair again from a fresh card");
            stdout.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "The casebooks this one is paired with.")
    static final class ListPaired implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Spec
        CommandSpec spec;

        ListPaired(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            List<PairedCasebook> paired;
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                paired = unlocked.casework().transfers().paired();
            }
            var stdout = spec.commandLine().getOut();
            if (paired.isEmpty()) {
                stdout.println("not paired with any casebook yet (cairn pair add)");
            }
            for (PairedCasebook p : paired) {
                stdout.println(Printable.of(p.name()) + "\tfingerprint " + p.fingerprint() + "\tpaired on "
                        + p.pairedAt().atZone(ZoneOffset.UTC).toLocalDate() + " by " + Printable.of(p.pairedBy())
                        + "\tfiles sent " + p.lastSent() + ", latest received " + p.lastReceived());
            }
            stdout.flush();
            return ExitCodes.OK;
        }
    }
}
