package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.casebook.ReviewChoice;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.casework.ReviewItem;
import org.cairn.casework.SubjectAccess;
import org.cairn.casework.SubjectAccessDelivery;
import org.cairn.casework.SubjectAccessExport;
import org.cairn.casebook.SubjectAccessRequest;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.LetterRenderException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A client's subject access request. With {@code --out} it writes her copy (JSON, CSV, PDF) once every piece of
 * third-party data is decided; its subcommands log the request, extend it, list and decide the review items.
 */
@Command(name = "sar", description = "Subject access: with --casebook, --client and --out, writes the client's copy "
        + "(JSON, CSV and a readable PDF) after the review of third-party data; refuses with exit 6 while that review is unfinished. "
        + "Subcommands log, extend and review the request.")
final class SarCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Option(names = "--casebook", paramLabel = "DIR", description = "The casebook folder.")
    Path directory;
    @Option(names = "--user", paramLabel = "NAME", description = "Who is acting (see cairn search --help).")
    String user;
    @Option(names = "--client", paramLabel = "REF", description = "The reference of any of the client's cases.")
    String client;
    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write her copy into.")
    Path out;
    @Option(names = "--delivery", paramLabel = "HOW", description = "How her copy reaches her: post (the default) "
            + "or by-hand (handed to her or collected). When her record says post is not safe, a copy with her "
            + "address is refused for post and allowed by hand.")
    String delivery;
    @Spec
    CommandSpec spec;

    SarCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new SarCommand(environment));
        commandLine.addSubcommand(new Log(environment));
        commandLine.addSubcommand(new Extend(environment));
        commandLine.addSubcommand(new Items(environment));
        commandLine.addSubcommand(new Mark(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        if (directory == null || client == null || out == null) {
            throw new CliFailure(ExitCodes.USAGE, "give --casebook, --client and --out to write a copy, or use one "
                    + "of the subcommands (cairn sar --help)");
        }
        CasebookOption option = new CasebookOption();
        option.directory = directory;
        option.user = user;
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, option)) {
            long clientId = ClientOption.clientId(unlocked.casework(), client);
            SubjectAccess access = unlocked.casework().subjectAccess();
            SubjectAccessExport export;
            try {
                export = access.prepareExport(clientId, delivery());
            } catch (CaseworkException refused) {
                if (refused.problem() == Problem.REVIEW_UNFINISHED) {
                    throw new CliFailure(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK, remaining(access, clientId));
                }
                if (refused.problem() == Problem.OUTGOING_CHECK_REFUSED) {
                    throw new CliFailure(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK, ProblemWords.sentence(refused)
                            + "; the check's rule is the client's contact-safety record: hand her copy over in "
                            + "person (--delivery by-hand) and review that record with her");
                }
                throw refused;
            }
            byte[] pdf = null;
            try {
                pdf = new LetterPdf(FontCatalogue.system()).render(export.layout());
            } catch (LetterRenderException e) {
                // The renderer's messages never quote case data; the JSON and CSV still answer her request.
                spec.commandLine().getErr().println("cairn: warning: no PDF was made (" + e.getMessage()
                        + "); the JSON and CSV files hold all of her copy");
            }
            List<Path> written = SubjectAccessFiles.write(out, export, pdf);
            access.recordExport(clientId, delivery());
            PrintWriter stdout = spec.commandLine().getOut();
            written.forEach(file -> stdout.println("wrote " + file));
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    private SubjectAccessDelivery delivery() {
        String how = delivery == null ? "post" : delivery.strip();
        return switch (how) {
            case "post" -> SubjectAccessDelivery.POST;
            case "by-hand" -> SubjectAccessDelivery.BY_HAND;
            default -> throw new CliFailure(ExitCodes.USAGE, "--delivery takes post or by-hand");
        };
    }

    private static String remaining(SubjectAccess access, long clientId) {
        List<ReviewItem> left = access.copy(clientId).remaining();
        StringBuilder message = new StringBuilder("the review of third-party data is not finished: " + left.size()
                + " item(s) still need a decision (cairn sar mark --item ITEM --redact|--confirm --reason TEXT): ");
        for (int i = 0; i < left.size(); i++) {
            message.append(i == 0 ? "" : ", ").append(left.get(i).item()).append(" (")
                    .append(RetentionCommand.token(left.get(i).kind()).replace('_', ' ')).append(')');
        }
        return message.toString();
    }

    @Command(name = "log", description = "Logs a client's request, received on a date; its due date (one calendar "
            + "month later) becomes a follow-up task. Prints the due date.")
    static final class Log implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--client", required = true, paramLabel = "REF", description = "Any of her cases.")
        String client;
        @Option(names = "--received", required = true, paramLabel = "DATE", description = "When it was received.")
        String received;
        @Spec
        CommandSpec spec;

        Log(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                SubjectAccessRequest request = unlocked.casework().subjectAccess().log(
                        ClientOption.clientId(unlocked.casework(), client), ClientOption.date(received, "--received"));
                spec.commandLine().getOut().println("due\t" + request.dueOn());
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "extend", description = "Extends her open request by one or two further months, with a reason; "
            + "allowed only within its first month. Prints the new due date.")
    static final class Extend implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--client", required = true, paramLabel = "REF", description = "Any of her cases.")
        String client;
        @Option(names = "--months", required = true, paramLabel = "N", description = "1 or 2.")
        int months;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; tell her too.")
        String reason;
        @Spec
        CommandSpec spec;

        Extend(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                SubjectAccessRequest request = unlocked.casework().subjectAccess().extend(
                        ClientOption.clientId(unlocked.casework(), client), months, reason);
                spec.commandLine().getOut().println("due\t" + request.dueBy());
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "items", description = "Lists the third-party data in her copy, tab-separated: item, kind, "
            + "section, decision (pending, redact or confirm).")
    static final class Items implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--client", required = true, paramLabel = "REF", description = "Any of her cases.")
        String client;
        @Spec
        CommandSpec spec;

        Items(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                PrintWriter out = spec.commandLine().getOut();
                for (ReviewItem item : unlocked.casework().subjectAccess().copy(
                        ClientOption.clientId(unlocked.casework(), client)).items()) {
                    out.println(item.item() + "\t" + RetentionCommand.token(item.kind()) + "\t" + item.section() + "\t"
                            + item.mark().map(m -> RetentionCommand.token(m.choice())).orElse("pending"));
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "mark", description = "Decides one item of third-party data: withheld from her copy (--redact) "
            + "or given to her as it is (--confirm), with the reason.")
    static final class Mark implements Callable<Integer> {
        private final CliEnvironment environment;
        @Mixin
        CasebookOption casebook;
        @Option(names = "--client", required = true, paramLabel = "REF", description = "Any of her cases.")
        String client;
        @Option(names = "--item", required = true, paramLabel = "ITEM", description = "As cairn sar items lists it.")
        String item;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Decision decision;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; kept with the mark.")
        String reason;

        static final class Decision {
            @Option(names = "--redact", description = "Withhold it.")
            boolean redact;
            @Option(names = "--confirm", description = "Give it to her.")
            boolean confirm;
        }

        Mark(CliEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public Integer call() {
            try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
                unlocked.casework().subjectAccess().mark(ClientOption.clientId(unlocked.casework(), client), item,
                        decision.redact ? ReviewChoice.REDACT : ReviewChoice.CONFIRM, reason);
            }
            return ExitCodes.OK;
        }
    }
}
