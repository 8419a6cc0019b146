package org.cairn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cairn.casebook.directoryfile.DirectoryFileParser;
import org.cairn.casebook.directoryfile.DirectoryTransfer;
import org.cairn.casebook.directoryfile.LineProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Check a directory file and store it if it has no problem; otherwise print "
        + "every problem as FILE:LINE: message, store nothing and exit 1.")
final class DirectoryImportCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Parameters(index = "0", paramLabel = "FILE", description = "The directory file to import.")
    Path file;
    @Spec
    CommandSpec spec;

    DirectoryImportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        byte[] bytes = read(file);
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook)) {
            DirectoryTransfer.Outcome outcome = unlocked.casework().directory().importFile(bytes);
            PrintWriter out = spec.commandLine().getOut();
            for (LineProblem problem : outcome.problems()) {
                out.println(file + ":" + problem.line() + ": " + problem.message());
            }
            if (!outcome.stored()) {
                out.println("nothing was imported; correct the file and import it again");
                out.flush();
                return ExitCodes.FAILED;
            }
            out.println("imported: " + outcome.summary().added() + " added, " + outcome.summary().updated()
                    + " updated");
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Reads at most one byte more than the parser accepts, so a huge file is refused without filling memory. */
    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DirectoryFileParser.MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.USAGE, "there is no file " + file + "; check the name and folder");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, file + " could not be read; check that it is a file you may read");
        }
    }
}
