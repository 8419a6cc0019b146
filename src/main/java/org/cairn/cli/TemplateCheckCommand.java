package org.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cairn.templates.ParseResult;
import org.cairn.templates.Printable;
import org.cairn.templates.Problem;
import org.cairn.templates.TemplateFiles;
import org.cairn.templates.TemplateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check template files and print every problem as FILE:LINE:COLUMN: message. "
        + "Prints nothing and exits 0 when every file is valid; exits 1 otherwise.")
final class TemplateCheckCommand implements Callable<Integer> {
    private final TemplateParser parser;
    private final TemplateFiles files;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Template files to check.")
    List<String> names;
    @Spec
    CommandSpec spec;

    TemplateCheckCommand(TemplateParser parser, TemplateFiles files) {
        this.parser = parser;
        this.files = files;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (String name : names) {
            byte[] bytes;
            try {
                bytes = files.read(Path.of(name));
            } catch (IOException | InvalidPathException e) {
                err.println("cairn: cannot read " + name + ": " + reason(e));
                allValid = false;
                continue;
            }
            ParseResult result = parser.parse(bytes);
            for (Problem problem : result.problems()) {
                out.println(Printable.of(name) + ":" + problem.line() + ":" + problem.column() + ": "
                        + Printable.of(problem.message()));
            }
            allValid &= result.valid();
        }
        out.flush();
        err.flush();
        return allValid ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file. Check the name and folder.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied. Check that you may read it.";
        }
        if (e instanceof InvalidPathException) {
            return "that is not a usable file name.";
        }
        return "it could not be read (is it a folder?). Give the path of a template file.";
    }
}
