package org.cairn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the built-in templates as id<TAB>version<TAB>kind<TAB>language<TAB>title.")
final class TemplateListCommand implements Callable<Integer> {
    private final BuiltInTemplates builtIns;
    @Spec
    CommandSpec spec;

    TemplateListCommand(BuiltInTemplates builtIns) {
        this.builtIns = builtIns;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Template template : builtIns.all()) {
            TemplateHeader h = template.header();
            out.println(h.id() + "\t" + h.version() + "\t" + h.kind().token() + "\t" + h.language() + "\t"
                    + h.title());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
