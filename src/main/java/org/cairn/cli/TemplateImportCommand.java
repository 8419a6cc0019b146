package org.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.templates.FileProblem;
import org.cairn.templates.ImportReport;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateFiles;
import org.cairn.templates.TemplateSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Check template files and store them in the casebook, all or none: any "
        + "problem is printed as FILE:LINE:COLUMN: message and nothing is stored (exit 1).")
final class TemplateImportCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    private final TemplateFiles files;
    @Mixin
    CasebookOption casebook;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Template files to import.")
    List<String> names;
    @Spec
    CommandSpec spec;

    TemplateImportCommand(CliEnvironment environment, TemplateFiles files) {
        this.environment = environment;
        this.files = files;
    }

    @Override
    public Integer call() {
        List<TemplateSource> sources = new ArrayList<>();
        for (String name : names) {
            try {
                sources.add(new TemplateSource(name, files.read(Path.of(name))));
            } catch (IOException | InvalidPathException e) {
                throw new CliFailure(ExitCodes.FAILED, "cannot read " + name + ". Check the name and that it is a "
                        + "template file you may read. Nothing was imported.");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            ImportReport report = unlocked.casework().templates().importFiles(sources);
            for (FileProblem problem : report.problems()) {
                out.println(problem);
            }
            for (LibraryTemplate stored : report.stored()) {
                out.println("imported " + stored.header().id() + "\t" + stored.header().version());
            }
            out.flush();
            if (!report.succeeded()) {
                spec.commandLine().getErr().println("cairn: nothing was imported. Fix the problems above and "
                        + "import the files again.");
                spec.commandLine().getErr().flush();
                return ExitCodes.FAILED;
            }
        }
        return ExitCodes.OK;
    }
}
