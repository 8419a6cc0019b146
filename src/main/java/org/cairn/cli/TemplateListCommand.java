package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the built-in templates (and, with --casebook, the organisation's own "
        + "after them) as id<TAB>version<TAB>kind<TAB>language<TAB>title.")
final class TemplateListCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    private final BuiltInTemplates builtIns;
    @Option(names = "--casebook", paramLabel = "DIR", description = "Also list this casebook's own templates.")
    Path casebook;
    @Spec
    CommandSpec spec;

    TemplateListCommand(CliEnvironment environment, BuiltInTemplates builtIns) {
        this.environment = environment;
        this.builtIns = builtIns;
    }

    @Override
    public Integer call() {
        if (casebook == null) {
            print(builtIns.all().stream().map(org.cairn.templates.Template::header).toList());
            return ExitCodes.OK;
        }
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            print(unlocked.casework().templates().all().stream().map(LibraryTemplate::header).toList());
        }
        return ExitCodes.OK;
    }

    private void print(List<TemplateHeader> headers) {
        PrintWriter out = spec.commandLine().getOut();
        for (TemplateHeader h : headers) {
            out.println(h.id() + "\t" + h.version() + "\t" + h.kind().token() + "\t" + h.language() + "\t"
                    + h.title());
        }
        out.flush();
    }
}
