package org.cairn.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/** Runs the command line in-process with scripted standard input, as a non-terminal would send it. */
final class CliHarness {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String stdin, String... args) {
        return run(VaultOptions.standard(), stdin, args);
    }

    static Result run(VaultOptions options, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SecretInput input = new StreamSecretInput(null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CliEnvironment environment = new CliEnvironment(KdfPolicy.fixed(KdfParams.floor()), options,
                CLOCK, input, "tester");
        int code = CairnCli.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private CliHarness() {
    }
}
