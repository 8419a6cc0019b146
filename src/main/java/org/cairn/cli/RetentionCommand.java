package org.cairn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.RetentionDecision;
import org.cairn.casework.DueCase;
import org.cairn.casework.Retention;
import org.cairn.casework.RetentionCategory;
import org.cairn.casework.RetentionSchedule;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retention", description = "How long closed cases are kept: the review queue, decisions, legal "
        + "holds and the schedule (ADR 0040).")
final class RetentionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new RetentionCommand());
        commandLine.addSubcommand(new Review(environment));
        commandLine.addSubcommand(new Decide(environment));
        commandLine.addSubcommand(new Hold(environment));
        commandLine.addSubcommand(new Schedule(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "review", description = "Lists closed cases whose retention period has ended, tab-separated: "
            + "reference, closed on, period ended on, categories, kept until (- when none).")
    static final class Review implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--awaiting-erasure", description = "List instead the cases decided for erasure or "
                + "anonymisation and not yet carried out: reference, decision, decided on.")
        boolean awaiting;
        @Option(names = "--remind", description = "Also add a follow-up task to each listed case without one.")
        boolean remind;
        @Spec
        CommandSpec spec;

        Review(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                Retention retention = unlocked.casework().retention();
                PrintWriter out = spec.commandLine().getOut();
                if (awaiting) {
                    for (RetentionDecision decision : retention.awaitingErasure()) {
                        out.println(decision.caseReference() + "\t" + token(decision.choice()) + "\t"
                                + decision.decidedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
                    }
                } else {
                    for (DueCase due : retention.queue()) {
                        out.println(due.reference() + "\t" + due.closedOn() + "\t" + due.periodEndedOn() + "\t"
                                + (due.categories().isEmpty() ? "-" : due.categories().stream()
                                        .map(RetentionCategory::token).collect(Collectors.joining(",")))
                                + "\t" + (due.keptUntil() == null ? "-" : due.keptUntil()));
                    }
                    if (remind) {
                        int added = retention.remind().size();
                        spec.commandLine().getErr().println("cairn: added " + added + " follow-up task(s)");
                    }
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "decide", description = "Decides for a case in the review queue: keep it until a date, mark it "
            + "for erasure (carried out by an administrator's erase), or anonymise it, at once and for good.")
    static final class Decide implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--case", required = true, paramLabel = "REF", description = "The case's reference.")
        String reference;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Choice choice;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept with the "
                + "decision.")
        String reason;

        static final class Choice {
            @Option(names = "--keep-until", paramLabel = "DATE", description = "Keep it until this date.")
            String keepUntil;
            @Option(names = "--erase", description = "Mark it for erasure.")
            boolean erase;
            @Option(names = "--anonymise", description = "Anonymise it now: only what the counts read stays, "
                    + "with dates moved to the first day of their quarter; cannot be undone.")
            boolean anonymise;
        }

        Decide(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                CaseFile file = ClientOption.caseOf(unlocked.casework(), reference);
                Retention retention = unlocked.casework().retention();
                if (choice.keepUntil != null) {
                    retention.keep(file.id(), ClientOption.date(choice.keepUntil, "--keep-until"), reason);
                } else if (choice.erase) {
                    retention.erase(file.id(), reason);
                } else {
                    retention.anonymise(file.id(), reason);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "hold", description = "Places a legal hold on a case (administrators), which stops its "
            + "retention clock, or lifts it with --lift.")
    static final class Hold implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--case", required = true, paramLabel = "REF", description = "The case's reference.")
        String reference;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why the case is held.")
        String reason;
        @Option(names = "--review-on", paramLabel = "DATE", description = "When to review the hold.")
        String reviewOn;
        @Option(names = "--lift", description = "Lift the case's hold instead.")
        boolean lift;

        Hold(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            if (!lift && (reason == null || reviewOn == null)) {
                throw new CliFailure(ExitCodes.USAGE, "a hold needs --reason and --review-on (or give --lift)");
            }
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                CaseFile file = ClientOption.caseOf(unlocked.casework(), reference);
                if (lift) {
                    if (!unlocked.casework().retention().liftHold(file.id())) {
                        throw new CliFailure(ExitCodes.FAILED, "the case has no hold to lift");
                    }
                } else {
                    unlocked.casework().retention().placeHold(file.id(), reason,
                            ClientOption.date(reviewOn, "--review-on"));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "schedule", description = "Prints the retention schedule (default and category periods in "
            + "years), or changes it (administrators).")
    static final class Schedule implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--default-years", paramLabel = "N", description = "Years kept after closing (1-100).")
        Integer defaultYears;
        @Option(names = "--category", paramLabel = "NAME=N", description = "Years for a category (children, marac, "
                + "immigration); NAME= with no number removes it.")
        Map<String, String> categories = Map.of();
        @Spec
        CommandSpec spec;

        Schedule(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                Retention retention = unlocked.casework().retention();
                if (defaultYears != null) {
                    retention.setDefaultYears(defaultYears);
                }
                for (Map.Entry<String, String> entry : categories.entrySet()) {
                    retention.setCategoryYears(category(entry.getKey()), years(entry.getValue()));
                }
                RetentionSchedule schedule = retention.schedule();
                PrintWriter out = spec.commandLine().getOut();
                out.println("default\t" + schedule.defaultYears());
                for (RetentionCategory category : RetentionCategory.values()) {
                    Integer years = schedule.categoryYears().get(category);
                    out.println(category.token() + "\t" + (years == null ? "-" : years));
                }
                out.flush();
            }
            return ExitCodes.OK;
        }

        private static RetentionCategory category(String name) {
            for (RetentionCategory category : RetentionCategory.values()) {
                if (category.token().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return category;
                }
            }
            throw new CliFailure(ExitCodes.USAGE, "no such category; use children, marac or immigration");
        }

        private static Integer years(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new CliFailure(ExitCodes.USAGE, "a category's period is a whole number of years");
            }
        }
    }

    static String token(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
