package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.casebook.ErasureRecord;
import org.cairn.casebook.ErasureScope;
import org.cairn.casebook.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "erase", description = "Erase a client (every case of hers) or, with --case-only, one case: her "
        + "records leave every table and the files are rewritten. Cannot be undone. Administrators only.")
final class EraseCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--client", required = true, paramLabel = "REF", description = "The reference of any of her "
            + "cases, as cairn search prints it.")
    String client;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit trail: "
            + "say why, never who).")
    String reason;
    @Option(names = "--case-only", description = "Erase only the case named by --client, keeping her other cases.")
    boolean caseOnly;
    @Option(names = "--confirm", paramLabel = "REF", description = "The same reference again, to confirm the "
            + "erasure.")
    String confirm;
    @Spec
    CommandSpec spec;

    EraseCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!Text.meaningful(reason)) {
            throw new CliFailure(ExitCodes.USAGE, "--reason needs words that say why the client is erased");
        }
        if (confirm == null || !confirm.strip().equals(client.strip())) {
            throw new CliFailure(ExitCodes.USAGE, "erasure cannot be undone: to go ahead, run the command again "
                    + "with --confirm " + client.strip());
        }
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            if (unlocked.vault().readOnly()) {
                throw new CliFailure(ExitCodes.FAILED, "the casebook is open read-only, so nothing can be erased; "
                        + "open it where Cairn can write");
            }
            var erasure = unlocked.casework().erasure();
            ErasureRecord record = caseOnly ? erasure.eraseCase(client, reason) : erasure.eraseClient(client, reason);
            String what = record.scope() == ErasureScope.CLIENT
                    ? "the client and " + record.caseIds().size() + " case(s)" : "one case";
            spec.commandLine().getOut().println("erased " + what + " (erasure " + record.erasureId()
                    + "); the casebook files were rewritten");
            spec.commandLine().getErr().println("cairn: note: backups made before now still hold her; restoring one "
                    + "on this computer erases her again, on another computer see docs/RETENTION.md. Printed and "
                    + "saved letters are outside the casebook.");
        }
        return ExitCodes.OK;
    }
}
