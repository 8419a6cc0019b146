package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.casework.Action;
import org.cairn.casework.Role;
import org.cairn.templates.Printable;
import org.cairn.vault.Passphrase;
import org.cairn.vault.PersonSlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", description = "Give a person their own passphrase to the casebook. Reads your passphrase, "
        + "then theirs (twice on a terminal).")
final class UserAddCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new person's name.")
    String name;
    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "administrator, advocate or coordinator.")
    String role;
    @Spec
    CommandSpec spec;

    UserAddCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Role chosen = UserRoles.parse(role);
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            // Refused before their passphrase is asked for, not after it has been typed twice.
            unlocked.casework().requireAllowed(Action.ADD_PERSON);
            try (Passphrase theirs = new Secrets(environment.secrets()).newPassphrase("Their passphrase: ", false)) {
                PersonSlot added = unlocked.casework().people().add(name, chosen, theirs, environment.kdfPolicy());
                spec.commandLine().getOut().println("added " + Printable.of(added.displayName()) + " as "
                        + added.role());
            }
        }
        return ExitCodes.OK;
    }
}
