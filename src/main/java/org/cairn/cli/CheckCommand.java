package org.cairn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cairn.casebook.CasebookCounts;
import org.cairn.vault.OpenReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Authenticate every part of the casebook, run SQLite's integrity check and "
        + "verify the audit chain.")
final class CheckCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Spec
    CommandSpec spec;

    CheckCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        CasebookCounts counts;
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            OpenReport report = unlocked.vault().openReport();
            reportRecovery(report);
            if (report.problem().isPresent()) {
                // Already explained on standard error by the opening; no "ok" for a casebook that is not.
                throw new CliFailure(ExitCodes.DAMAGED, report.logDamage() != null
                        ? "the casebook log is damaged or was changed; restore your latest backup"
                        : "the casebook is older than the copy last opened on this computer");
            }
            // SQLite's integrity check and the audit chain; either failing is damage (exit 4), with no counts.
            counts = unlocked.casework().upkeep().check(unlocked.vault());
        }
        // Printed only once the casebook is closed: closing can still write (a checkpoint) and fail.
        PrintWriter out = spec.commandLine().getOut();
        out.println("ok: " + counts.cases() + " cases, " + counts.notes() + " notes");
        out.flush();
        return ExitCodes.OK;
    }

    private void reportRecovery(OpenReport report) {
        PrintWriter err = spec.commandLine().getErr();
        if (report.droppedUnconfirmedWrite()) {
            err.println("cairn: note: the last write in casebook.log was interrupted before it was confirmed "
                    + "and has been dropped; everything confirmed is intact");
        }
        if (report.discardedStaleLog()) {
            err.println("cairn: note: an interrupted checkpoint was completed; everything confirmed is intact");
        }
        err.flush();
    }
}
