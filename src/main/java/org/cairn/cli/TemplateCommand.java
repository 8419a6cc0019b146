package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.TemplateFiles;
import org.cairn.templates.TemplateParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "template", description = "Check template files and list the built-in templates "
        + "(docs/TEMPLATES.md describes the format).")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The template command with its subcommands, sharing one parser. */
    static CommandLine commandLine() {
        TemplateParser parser = TemplateParser.standard();
        CommandLine commandLine = new CommandLine(new TemplateCommand());
        commandLine.addSubcommand(new TemplateCheckCommand(parser, new TemplateFiles(parser.limits())));
        commandLine.addSubcommand(new TemplateListCommand(new BuiltInTemplates(parser)));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
