package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.vault.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "create", description = "Create a casebook and print its recovery key once. Reads the new "
        + "passphrase (twice on a terminal).")
final class CreateCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    NewCasebookOption casebook;
    @Option(names = "--name", paramLabel = "NAME", description = "Your name as the casebook's first administrator "
            + "(default: administrator). Others are added with cairn user add.")
    String name = NewCasebook.FIRST_PERSON;
    @Spec
    CommandSpec spec;

    CreateCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CasebookPaths.requireRoomForCasebook(casebook.directory, false, "");
        try (Passphrase passphrase = new Secrets(environment.secrets()).newPassphrase("New passphrase: ", false)) {
            NewCasebook.create(environment, casebook.directory, name, passphrase, spec.commandLine().getOut(), book -> {
            });
        }
        return ExitCodes.OK;
    }
}
