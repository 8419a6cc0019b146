package org.cairn.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cairn.casebook.Rectification;
import org.cairn.casework.ClientField;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A correction a client asked for (ADR 0040): one of her details, or the text of a note on one of her cases. The
 * earlier value is kept with the correction (and a note's in its history too), the audit trail records it, and her
 * next subject access copy lists it.
 */
@Command(name = "rectify", description = "Correct a client's detail, or a note's text, as she asked: the earlier "
        + "value is kept and her next subject access copy lists the correction.")
final class RectifyCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = {"--client", "--case"}, required = true, paramLabel = "REF", description = "The reference of "
            + "any of her cases, as cairn search prints it.")
    String client;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;
    @Option(names = "--value", required = true, paramLabel = "TEXT", description = "The corrected value (a date "
            + "of birth as YYYY-MM-DD).")
    String value;
    @Option(names = "--requested-on", paramLabel = "DATE", description = "The day she asked (YYYY-MM-DD); today "
            + "when left out.")
    String requestedOn;
    @Spec
    CommandSpec spec;

    static final class Target {
        @Option(names = "--field", paramLabel = "FIELD", description = "alias, legal-names, date-of-birth, "
                + "nationality, address, phone or email.")
        String field;
        @Option(names = "--note", paramLabel = "ID", description = "A note on one of her cases, as cairn sar items "
                + "lists it (note:17 or 17).")
        String note;
    }

    RectifyCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        ClientField field = target.field == null ? null : field(target.field);
        Long noteId = target.note == null ? null : noteId(target.note);
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            if (unlocked.vault().readOnly()) {
                throw new CliFailure(ExitCodes.FAILED, "the casebook is open read-only, so nothing can be corrected; "
                        + "open it where Cairn can write");
            }
            LocalDate asked = requestedOn == null ? LocalDate.now(environment.clock())
                    : ClientOption.date(requestedOn, "--requested-on");
            long clientId = ClientOption.clientId(unlocked.casework(), client);
            var rectifications = unlocked.casework().rectifications();
            Rectification done = field != null ? rectifications.correctClient(clientId, field, value, asked)
                    : rectifications.correctNote(clientId, noteId, value, asked);
            spec.commandLine().getOut().println("corrected " + done.field() + " as asked on " + done.requestedOn()
                    + "; the earlier value is kept and her next subject access copy lists the correction");
        }
        return ExitCodes.OK;
    }

    private static ClientField field(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ClientField.values()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, "--field takes one of " + Arrays.stream(
                        ClientField.values()).map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", "))));
    }

    private static long noteId(String text) {
        String digits = text.strip().startsWith("note:") ? text.strip().substring(5) : text.strip();
        // ASCII digits only: Java would read other scripts' digits as numbers too.
        if (!digits.matches("[0-9]{1,18}")) {
            throw new CliFailure(ExitCodes.USAGE, "--note takes a note's number as cairn sar items lists it, such "
                    + "as note:17");
        }
        return Long.parseLong(digits);
    }
}
