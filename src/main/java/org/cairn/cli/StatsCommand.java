package org.cairn.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casework.Counts;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CsvExport;
import org.cairn.stats.DisclosureSettings;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.QuarterRange;
import org.cairn.vault.StorageCause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Publish the anonymised counts of whole, completed quarters as CSV files "
        + "(counts.csv, metadata.csv, README.txt) and a PDF report (report.pdf). A quarter published once always "
        + "gives the same numbers.")
final class StatsCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Mixin
    QuarterOptions quarters;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files (created).")
    Path out;
    @Option(names = "--threshold", defaultValue = "10", paramLabel = "T",
            description = "Counts below T, and zeros, are hidden as [c], the one mark of every hidden count "
                    + "(default ${DEFAULT-VALUE}, at least 5).")
    int threshold;
    @Option(names = "--rounding-base", defaultValue = "5", paramLabel = "B",
            description = "Other counts are rounded to the nearest B (default ${DEFAULT-VALUE}, at least 3).")
    int roundingBase;
    @Option(names = "--rule", defaultValue = "consented", paramLabel = "RULE",
            description = "consented (default): only clients whose consent to be counted was in force at the end "
                    + "of the quarter; all-cases: every case.")
    String rule;
    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Export only these tables "
            + "(ids as in counts.csv; default: all). Each quarter is still protected and frozen as a whole.")
    List<String> tables;
    @Option(names = "--revise", paramLabel = "REASON", description = "Publish a new revision of quarters already "
            + "published, to correct errors. Refused until at least the threshold of cases changed in the quarter "
            + "since every earlier version; then every number gets fresh noise, so comparing versions cannot "
            + "point at one changed case.")
    String revise;
    @Spec
    CommandSpec spec;

    StatsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        QuarterRange range = quarters.range();
        PublicationRequest request = new PublicationRequest(range, new DisclosureSettings(threshold, roundingBase),
                CountingRule.fromCode(rule), revise, tables);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvExport export = new CsvExport(version());
        export.requireFree(out);
        Written written;
        UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook);
        try {
            Counts counts = unlocked.casework().counts();
            if (unlocked.vault().readOnly()) {
                // Nothing can be frozen or audited: the counts are exactly what publishing would give today.
                err.println("cairn: note: read-only, so these quarters were not frozen and the export is not in "
                        + "the audit trail");
                written = write(counts.preview(request), export, out, err);
            } else {
                written = write(counts.publish(request), export, out, err);
            }
        } catch (RuntimeException e) {
            closeAfterFailure(unlocked, e);
            throw e;
        }
        closeAfterWriting(unlocked, out);
        written.print(stdout);
        return ExitCodes.OK;
    }

    /** The files written and the notes to print once everything is on the disk and the casebook is closed. */
    record Written(List<Path> files, List<String> notes) {
        void print(PrintWriter stdout) {
            files.forEach(file -> stdout.println("wrote " + file));
            notes.forEach(note -> stdout.println("note: " + note));
            stdout.flush();
        }
    }

    /** Writes (and forces to disk) the files of a publication; warnings go to standard error at once. */
    static Written write(Publication publication, CsvExport export, Path out, PrintWriter err) {
        publication.warnings().forEach(w -> err.println("cairn: warning: " + w));
        err.flush();
        try {
            return new Written(export.write(publication, out), publication.notes());
        } catch (UncheckedIOException e) {
            StorageCause cause = StorageCause.of(e);
            throw new CliFailure(ExceptionMapper.forCause(cause), e.getMessage() + ": " + cause.reason() + ". "
                    + cause.advice());
        }
    }

    /**
     * Closing writes a checkpoint and can fail (a full disk). The counts are on the disk by then and the frozen
     * quarters are in the casebook's log, so the message says so instead of "wrote".
     */
    static void closeAfterWriting(UnlockedCasebook unlocked, Path out) {
        try {
            unlocked.close();
        } catch (RuntimeException e) {
            int code = ExceptionMapper.exitCode(e);
            throw new CliFailure(code == ExitCodes.OK ? ExitCodes.FAILED : code, "the counts were written to " + out
                    + ", but the casebook could not be closed: " + new ExceptionMapper().message(e) + ". Its changes are "
                    + "kept in its log; run cairn check on it once the cause is fixed");
        }
    }

    static void closeAfterFailure(UnlockedCasebook unlocked, RuntimeException failure) {
        try {
            unlocked.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    static String version() {
        return new VersionProvider().getVersion()[0].replaceFirst("^Cairn ", "");
    }
}
