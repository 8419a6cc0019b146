package org.cairn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.cairn.files.OwnerOnlyFiles;

@Command(name = "export", description = "Write the directory entries in use to a new directory file.")
final class DirectoryExportCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Parameters(index = "0", paramLabel = "FILE", description = "The file to write; it must not exist yet.")
    Path file;
    @Spec
    CommandSpec spec;

    DirectoryExportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (Files.exists(file)) {
            throw new CliFailure(ExitCodes.USAGE, file.getFileName() + " already exists; choose a new file name");
        }
        byte[] bytes;
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            bytes = unlocked.casework().directory().exportFile();
        }
        try {
            OwnerOnlyFiles.writeNew(file, bytes);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, file + " could not be written; check the folder exists and "
                    + "that you may write there");
        }
        spec.commandLine().getOut().println("directory written: " + file);
        return ExitCodes.OK;
    }
}
