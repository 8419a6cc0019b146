package org.cairn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cairn.casebook.DemoCasebook;
import org.cairn.vault.Passphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Create a casebook filled with fictional cases (the same for the same seed). "
        + "Prints 'committed N' after each durable commit.")
final class DemoCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    @Mixin
    NewCasebookOption casebook;
    @Option(names = "--cases", required = true, paramLabel = "N", description = "How many cases to create.")
    int cases;
    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--batch", defaultValue = "1", paramLabel = "K",
            description = "Cases per transaction (default: ${DEFAULT-VALUE}).")
    int batch;
    @Spec
    CommandSpec spec;

    DemoCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (cases < 0 || batch < 1) {
            throw new CliFailure(ExitCodes.USAGE, "--cases must be 0 or more and --batch at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        CasebookPaths.requireRoomForCasebook(casebook.directory, false, "");
        try (Passphrase passphrase = new Secrets(environment.secrets()).newPassphrase("New passphrase: ", false)) {
            NewCasebook.create(environment, casebook.directory, passphrase, out,
                    book -> new DemoCasebook(book, environment.clock(), seed).generate(cases, batch, done -> {
                        out.println("committed " + done);
                        out.flush();
                    }));
        }
        return ExitCodes.OK;
    }
}
