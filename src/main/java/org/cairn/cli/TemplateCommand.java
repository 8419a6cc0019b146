package org.cairn.cli;

import java.util.concurrent.Callable;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.TemplateFiles;
import org.cairn.templates.TemplateParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "template", description = "Check template files, list templates, and import or export a "
        + "casebook's own templates (docs/TEMPLATES.md describes the format).")
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The template command with its subcommands, sharing one parser. */
    static CommandLine commandLine(CliEnvironment environment) {
        TemplateParser parser = TemplateParser.standard();
        TemplateFiles files = new TemplateFiles(parser.limits());
        BuiltInTemplates builtIns = new BuiltInTemplates(parser);
        CommandLine commandLine = new CommandLine(new TemplateCommand());
        commandLine.addSubcommand(new TemplateCheckCommand(parser, files));
        commandLine.addSubcommand(new TemplateListCommand(environment, builtIns));
        commandLine.addSubcommand(new TemplateImportCommand(environment, files));
        commandLine.addSubcommand(new TemplateExportCommand(environment));
        return commandLine;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
