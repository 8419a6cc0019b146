package org.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cairn.casework.Organisation;
import org.cairn.casework.Organisation.CheckList;
import org.cairn.letters.lists.StatutoryBodies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "letter-lists", description = "Shows or replaces the organisation's list of statutory bodies or of "
        + "OISC phrases that the outgoing-document check uses (kept, audited, in the casebook; docs/LETTERS.md).")
final class LetterListsCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    CasebookOption casebook;
    @Option(names = "--list", required = true, paramLabel = "NAME", description = "statutory-bodies or oisc-phrases.")
    String list;
    @Option(names = "--set", paramLabel = "FILE", description = "Replace the list with this UTF-8 file, one entry a "
            + "line ('#' starts a comment).")
    Path replacement;
    @Option(names = "--reset", description = "Go back to the list built into Cairn.")
    boolean reset;
    @Spec
    CommandSpec spec;

    LetterListsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (replacement != null && reset) {
            throw new CliFailure(ExitCodes.USAGE, "give --set FILE or --reset, not both");
        }
        String text = replacement == null ? null : read(replacement);
        PrintWriter err = spec.commandLine().getErr();
        try (UnlockedCasebook unlocked = UnlockedCasebook.unlock(environment, casebook.directory)) {
            Organisation organisation = unlocked.casework().organisation();
            CheckList chosen = chosen();
            if (text != null) {
                int entries = organisation.saveCheckList(chosen, text);
                err.println("cairn: saved the organisation's " + list + " (" + entries
                        + " entries); the check uses it from now on.");
            } else if (reset) {
                err.println(organisation.resetCheckList(chosen) ? "cairn: " + list + " is back to the built-in list."
                        : "cairn: " + list + " was already the built-in list.");
            } else {
                var shown = organisation.checkList(chosen);
                err.println("cairn: " + list + (shown.edited() ? " (the organisation's own)" : " (built in)") + ":");
                err.flush();
                PrintWriter out = spec.commandLine().getOut();
                out.print(shown.text());
                out.flush();
            }
            err.flush();
        }
        return ExitCodes.OK;
    }

    private CheckList chosen() {
        return switch (list.strip()) {
            case "statutory-bodies" -> CheckList.STATUTORY_BODIES;
            case "oisc-phrases" -> CheckList.OISC_PHRASES;
            default -> throw new CliFailure(ExitCodes.USAGE, "--list must be statutory-bodies or oisc-phrases");
        };
    }

    private String read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CliFailure(ExitCodes.USAGE, file + " is not UTF-8 text; save it as UTF-8 and try again");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "could not read " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
        if ("statutory-bodies".equals(list.strip())) {
            List<Integer> bad = StatutoryBodies.unreadableLines(text);
            if (!bad.isEmpty()) {
                throw new CliFailure(ExitCodes.USAGE, "lines " + bad.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + " of " + file + " are not 'statutory: name' or "
                        + "'immigration-authority: name'; nothing was saved");
            }
        }
        return text;
    }
}
