package org.cairn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats-key", description = "The coordinator's key for counts bundles: export its public part "
        + "from the coordinator's casebook, import it once on each laptop, and replace it when needed (rotate).")
final class StatsKeyCommand implements Callable<Integer> {
    static final BundleKeyCommands.Level LEVEL = new BundleKeyCommands.Level("stats-key", "on each laptop",
            "coordinator key", "coordinator", "key", "bundles", "laptops", Counts::exportKey, Counts::importKey,
            Counts::rotateKey);

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
    static final class Export extends BundleKeyCommands.Export {
        Export(CliEnvironment environment) {
            super(environment, LEVEL);
        }
    }

    @Command(name = "import", description = "Keep the coordinator's public bundle key in this laptop's casebook, "
            + "so that its counts bundles can be made for that coordinator.")
    static final class Import extends BundleKeyCommands.Import {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The coordinator's key file.")
        Path file;

        Import(CliEnvironment environment) {
            super(environment, LEVEL);
        }

        @Override
        Path file() {
            return file;
        }
    }

    @Command(name = "rotate", description = "Replace this (the coordinator's) casebook's bundle key with a new one "
            + "and write the new public key file. Bundles made for the old key can no longer be imported: import "
            + "the laptops' bundles first, then give every laptop the new file.")
    static final class Rotate extends BundleKeyCommands.Rotate {
        Rotate(CliEnvironment environment) {
            super(environment, LEVEL);
        }
    }
}
