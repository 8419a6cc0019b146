package org.cairn.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.cairn.templates.Printable;
import org.cairn.vault.RecoveryKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Remove a person's key and replace the casebook's master key, so later "
        + "copies no longer open with their passphrase. Backups made before still do: see docs/SECURITY.md.")
final class UserRemoveCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The person to remove.")
    String name;
    @Spec
    CommandSpec spec;

    UserRemoveCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            Optional<RecoveryKey> replaced = unlocked.casework().people().remove(name);
            spec.commandLine().getOut().println("removed " + Printable.of(name.strip())
                    + "; the master key was replaced");
            if (replaced.isPresent()) {
                try (RecoveryKey key = replaced.get()) {
                    spec.commandLine().getErr().println("cairn: the recovery key was replaced too: store the new "
                            + "one below and destroy the old one");
                    spec.commandLine().getErr().flush();
                    if (!RecoveryKeyPrinter.print(spec.commandLine().getOut(), casebook.directory, key)) {
                        throw new CliFailure(ExitCodes.FAILED, "the new recovery key could not be written to "
                                + "standard output; unlock and make a new one in the app before relying on it");
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}
