package org.cairn.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cairn.stats.CoordinatorKey;
import org.cairn.stats.CountsBundles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coalition-key", description = "A coalition's key for organisations' counts: export its public part "
        + "from the coalition's own casebook, import it once in each organisation coordinator's casebook, and "
        + "replace it when needed (rotate).")
final class CoalitionKeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CoalitionKeyCommand());
        commandLine.addSubcommand(new Export(environment));
        commandLine.addSubcommand(new Import(environment));
        commandLine.addSubcommand(new Rotate(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "export", description = "Write the coalition's public key to a file for the organisations. The "
            + "first export makes this casebook a coalition's: it must be a casebook of its own, not an "
            + "organisation's coordinator.")
    static final class Export implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to write.")
        Path out;
        @Spec
        CommandSpec spec;

        Export(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            NewFiles.requireAbsent(out);
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                CoordinatorKey key = unlocked.casework().counts().exportCoalitionKey();
                NewFiles.write(out, key.toFileText().getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("wrote " + out + " (fingerprint " + key.fingerprint()
                        + "); import it in each organisation coordinator's casebook with: cairn coalition-key import");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Keep the coalition's public key in this (an organisation "
            + "coordinator's) casebook, so that its merged counts can be sealed for the coalition.")
    static final class Import implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The coalition's key file.")
        Path file;
        @Spec
        CommandSpec spec;

        Import(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            CoordinatorKey key = CoordinatorKey.parse(new String(NewFiles.read(file,
                    StatsKeyCommand.MAX_KEY_FILE_BYTES), StandardCharsets.UTF_8));
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                Optional<CoordinatorKey> replaced = unlocked.casework().counts().importCoalitionKey(key);
                var out = spec.commandLine().getOut();
                out.println("imported the coalition key with fingerprint " + key.fingerprint()
                        + "; check this fingerprint with the coalition (by phone or in person)");
                replaced.ifPresent(r -> out.println("it replaces the coalition key with fingerprint "
                        + r.fingerprint() + "; organisation bundles are now made for the new key only"));
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rotate", description = "Replace the coalition's key with a new one and write the new public key "
            + "file. Organisations' bundles made for the old key can no longer be imported: import them first, then "
            + "give every organisation the new file.")
    static final class Rotate implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new key file to write.")
        Path out;
        @Spec
        CommandSpec spec;

        Rotate(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            NewFiles.requireAbsent(out);
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                CountsBundles.Rotation rotation = unlocked.casework().counts().rotateCoalitionKey();
                NewFiles.write(out, rotation.key().toFileText().getBytes(StandardCharsets.UTF_8));
                var stdout = spec.commandLine().getOut();
                stdout.println("wrote " + out + " (fingerprint " + rotation.key().fingerprint() + "); it replaces "
                        + "the key with fingerprint " + rotation.replacedFingerprint());
                stdout.println("import it in each organisation coordinator's casebook with: cairn coalition-key "
                        + "import. Bundles made for the old key are refused from now on; the organisations make "
                        + "them again");
                stdout.flush();
            }
            return ExitCodes.OK;
        }
    }
}
