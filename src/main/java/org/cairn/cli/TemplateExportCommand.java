package org.cairn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.templates.LibraryTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.cairn.files.OwnerOnlyFiles;

@Command(name = "export", description = "Write a template (built-in or the casebook's own) to FILE exactly as it "
        + "was shipped or imported.")
final class TemplateExportCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Parameters(index = "0", paramLabel = "ID", description = "The template id.")
    String id;
    @Parameters(index = "1", paramLabel = "VERSION", description = "The template version.")
    int version;
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write (not replaced "
            + "if it exists).")
    Path target;
    @Spec
    CommandSpec spec;

    TemplateExportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (Files.exists(target)) {
            throw new CliFailure(ExitCodes.FAILED, target + " already exists. Choose a new file name.");
        }
        byte[] bytes;
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            LibraryTemplate template = unlocked.casework().templates().find(id, version)
                    .orElseThrow(() -> new CliFailure(ExitCodes.FAILED, "there is no template " + id + " version "
                            + version + ". cairn template list --casebook shows them all."));
            bytes = unlocked.casework().templates().export(template);
        }
        try {
            OwnerOnlyFiles.writeNew(target, bytes);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "could not write " + target + ". Check the folder exists and "
                    + "that you may write there.");
        }
        return ExitCodes.OK;
    }
}
