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
        return runBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Standard input given as raw bytes, which need not be valid UTF-8. */
    static Result runBytes(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        Result result = runWithOutput(stdin, new PrintWriter(out, true), args);
        return new Result(result.exitCode(), out.toString(), result.err());
    }

    /** Standard output given by the test, for outputs that fail; {@link Result#out()} is then empty. */
    static Result runWithOutput(byte[] stdin, PrintWriter out, String... args) {
        return runWithOptions(VaultOptions.standard(), stdin, out, args);
    }

    /** With vault options given by the test, such as a remembered-copies folder of its own. */
    static Result run(VaultOptions options, String stdin, String... args) {
        return runWith(options, stdin, args);
    }

    /** With vault options given by the test, such as a file opener that fails as a drive would. */
    static Result runWith(VaultOptions options, String stdin, String... args) {
        StringWriter out = new StringWriter();
        Result result = runWithOptions(options, stdin.getBytes(StandardCharsets.UTF_8), new PrintWriter(out, true),
                args);
        return new Result(result.exitCode(), out.toString(), result.err());
    }

    private static Result runWithOptions(VaultOptions options, byte[] stdin, PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        SecretInput input = new StreamSecretInput(null, new ByteArrayInputStream(stdin));
        CliEnvironment environment = new CliEnvironment(KdfPolicy.fixed(KdfParams.floor()), options,
                CLOCK, input, "tester");
        int code = CairnCli.run(environment, out, new PrintWriter(err, true), args);
        return new Result(code, "", err.toString());
    }

    private CliHarness() {
    }
}
