package org.cairn.cli;

import java.io.PrintWriter;
import org.cairn.templates.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Builds the command tree with its dependencies and runs it. */
public final class CairnCli {
    private CairnCli() {
    }

    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new CairnCommand());
        commandLine.addSubcommand(new CreateCommand(environment));
        commandLine.addSubcommand(new DemoCommand(environment));
        commandLine.addSubcommand(new CheckCommand(environment));
        commandLine.addSubcommand(new SearchCommand(environment));
        commandLine.addSubcommand(new PasswdCommand(environment));
        commandLine.addSubcommand(new RecoverCommand(environment));
        commandLine.addSubcommand(new BackupCommand(environment));
        commandLine.addSubcommand(new RestoreCommand(environment));
        commandLine.addSubcommand(new EraseCommand(environment));
        commandLine.addSubcommand(new RectifyCommand(environment));
        commandLine.addSubcommand(TemplateCommand.commandLine(environment));
        commandLine.addSubcommand(DirectoryCommand.commandLine(environment));
        commandLine.addSubcommand(UserCommand.commandLine(environment));
        commandLine.addSubcommand(CaseCommand.commandLine(environment));
        commandLine.addSubcommand(new StatsCommand(environment));
        commandLine.addSubcommand(new LetterCommand(environment));
        commandLine.addSubcommand(new LetterListsCommand(environment));
        commandLine.addSubcommand(StatsKeyCommand.commandLine(environment));
        commandLine.addSubcommand(new StatsBundleCommand(environment));
        commandLine.addSubcommand(new StatsMergeCommand(environment));
        commandLine.addSubcommand(CoalitionKeyCommand.commandLine(environment));
        commandLine.addSubcommand(new CoalitionBundleCommand(environment));
        commandLine.addSubcommand(new CoalitionMergeCommand(environment));
        commandLine.addSubcommand(new CoalitionReportCommand(environment));
        commandLine.addSubcommand(PairCommand.commandLine(environment));
        commandLine.addSubcommand(TransferCommand.commandLine(environment));
        commandLine.addSubcommand(RetentionCommand.commandLine(environment));
        commandLine.addSubcommand(SarCommand.commandLine(environment));
        helpEverywhere(commandLine);
        commandLine.setExecutionExceptionHandler(new ExceptionMapper());
        commandLine.setParameterExceptionHandler(CairnCli::usageError);
        return commandLine;
    }

    public static int run(CliEnvironment environment, String... args) {
        return commandLine(environment).execute(args);
    }

    public static int run(CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(environment);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** Every command and subcommand answers --help (and -h where free), whether or not it declared it. */
    private static void helpEverywhere(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp) && spec.findOption("--help") == null) {
            String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
            spec.addOption(OptionSpec.builder(names).usageHelp(true).description("Show this help and exit.")
                    .build());
        }
        line.getSubcommands().values().forEach(CairnCli::helpEverywhere);
    }

    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        PrintWriter err = exception.getCommandLine().getErr();
        err.println("cairn: " + Printable.of(exception.getMessage()) + " (see cairn --help)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
