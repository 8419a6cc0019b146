package org.cairn.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coalition-key", description = "A coalition's key for organisations' counts: export its public part "
        + "from the coalition's own casebook, import it once in each organisation coordinator's casebook, and "
        + "replace it when needed (rotate).")
final class CoalitionKeyCommand implements Callable<Integer> {
    static final BundleKeyCommands.Level LEVEL = new BundleKeyCommands.Level("coalition-key",
            "in each organisation coordinator's casebook", "coalition key", "coalition", "coalition key",
            "organisation bundles", "organisations", Counts::exportCoalitionKey, Counts::importCoalitionKey,
            Counts::rotateCoalitionKey);

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
    static final class Export extends BundleKeyCommands.Export {
        Export(CliEnvironment environment) {
            super(environment, LEVEL);
        }
    }

    @Command(name = "import", description = "Keep the coalition's public key in this (an organisation "
            + "coordinator's) casebook, so that its merged counts can be sealed for the coalition.")
    static final class Import extends BundleKeyCommands.Import {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The coalition's key file.")
        Path file;

        Import(CliEnvironment environment) {
            super(environment, LEVEL);
        }

        @Override
        Path file() {
            return file;
        }
    }

    @Command(name = "rotate", description = "Replace the coalition's key with a new one and write the new public key "
            + "file. Organisations' bundles made for the old key can no longer be imported: import them first, then "
            + "give every organisation the new file.")
    static final class Rotate extends BundleKeyCommands.Rotate {
        Rotate(CliEnvironment environment) {
            super(environment, LEVEL);
        }
    }
}
