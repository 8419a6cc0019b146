package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Walks the whole command tree: every command and subcommand prints its usage for --help and exits 0. */
class HelpEverywhereTest {
    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        CliEnvironment environment = new CliEnvironment(KdfPolicy.fixed(KdfParams.floor()), VaultOptions.standard(),
                CliHarness.CLOCK, new StreamSecretInput(null, java.io.InputStream.nullInputStream()), "tester");
        List<List<String>> paths = new ArrayList<>();
        collect(CairnCli.commandLine(environment), new ArrayList<>(), paths);

        assertThat(paths).hasSizeGreaterThan(15);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliHarness.Result result = CliHarness.run("", args.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
            assertThat(result.out()).as(String.join(" ", args)).contains("Usage:");
        }
    }

    @Test
    void commandsThatMakeACasebookDoNotOfferOpeningOptions() {
        for (String command : List.of("create", "demo", "restore")) {
            CliHarness.Result help = CliHarness.run("", command, "--help");
            assertThat(help.out()).as(command).contains("--casebook").doesNotContain("--read-only")
                    .doesNotContain("--accept-older-copy");
        }
        assertThat(CliHarness.run("", "check", "--help").out()).contains("--read-only", "--accept-older-copy");
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }
}
