package org.cairn.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.cairn.templates.Printable;
import org.cairn.vault.PersonSlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "One line per person with a key: name, role and the day they were added "
        + "(tab-separated).")
final class UserListCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    UserListCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            PrintWriter out = spec.commandLine().getOut();
            for (PersonSlot person : unlocked.casework().people().list()) {
                // Names were typed by administrators: nothing in them may steer the terminal.
                out.println(Printable.of(person.displayName()) + "\t" + person.role() + "\t"
                        + person.addedOn().atZone(ZoneOffset.UTC).toLocalDate());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
