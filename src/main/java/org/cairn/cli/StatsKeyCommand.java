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

@Command(name = "stats-key", description = "The coordinator's key for counts bundles: export its public part "
        + "from the coordinator's casebook, import it once on each laptop, and replace it when needed (rotate).")
final class StatsKeyCommand implements Callable<Integer> {
    /** A key file is a few hundred bytes. */
    static final int MAX_KEY_FILE_BYTES = 4096;

    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new StatsKeyCommand());
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

    @Command(name = "export", description = "Write this (the coordinator's) casebook's public bundle key to a file "
            + "for the laptops; the key is made the first time.")
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
                CoordinatorKey key = unlocked.casework().counts().exportKey();
                NewFiles.write(out, key.toFileText().getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println("wrote " + out + " (fingerprint " + key.fingerprint()
                        + "); import it on each laptop with: cairn stats-key import");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = "Keep the coordinator's public bundle key in this laptop's casebook, "
            + "so that its counts bundles can be made for that coordinator.")
    static final class Import implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The coordinator's key file.")
        Path file;
        @Spec
        CommandSpec spec;

        Import(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            CoordinatorKey key = CoordinatorKey.parse(new String(NewFiles.read(file, MAX_KEY_FILE_BYTES),
                    StandardCharsets.UTF_8));
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                Optional<CoordinatorKey> replaced = unlocked.casework().counts().importKey(key);
                var out = spec.commandLine().getOut();
                out.println("imported the coordinator key with fingerprint " + key.fingerprint()
                        + "; check this fingerprint with the coordinator (by phone or in person)");
                replaced.ifPresent(r -> out.println("it replaces the key with fingerprint " + r.fingerprint()
                        + "; bundles are now made for the new key only"));
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rotate", description = "Replace this (the coordinator's) casebook's bundle key with a new one "
            + "and write the new public key file. Bundles made for the old key can no longer be imported: import "
            + "the laptops' bundles first, then give every laptop the new file.")
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
                CountsBundles.Rotation rotation = unlocked.casework().counts().rotateKey();
                NewFiles.write(out, rotation.key().toFileText().getBytes(StandardCharsets.UTF_8));
                var stdout = spec.commandLine().getOut();
                stdout.println("wrote " + out + " (fingerprint " + rotation.key().fingerprint() + "); it replaces "
                        + "the key with fingerprint " + rotation.replacedFingerprint());
                stdout.println("import it on each laptop with: cairn stats-key import. Bundles made for the old key "
                        + "are refused from now on; the laptops make them again");
                stdout.flush();
            }
            return ExitCodes.OK;
        }
    }
}
