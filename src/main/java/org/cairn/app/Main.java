package org.cairn.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.cli.CairnCli;
import org.cairn.cli.CliEnvironment;
import org.cairn.cli.StreamSecretInput;
import org.cairn.vault.CalibratingKdfPolicy;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.VaultOptions;

/** Composition root: no arguments opens the app, anything else is a command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.forThisMachine();
        // Logback reads this when the first logger is created, so it must be set before anything logs.
        System.setProperty("cairn.logDir", directories.logDirectory().toString());
        if (directories.portable()) {
            keepTemporaryFilesIn(directories.cacheDirectory());
        }
        SqliteNatives.useBundledLibrary();
        if (args.length == 0) {
            GuiLauncher.launch(args);
            return;
        }
        CliEnvironment environment = new CliEnvironment(kdfPolicy(), vaultOptions(directories),
                Clock.systemDefaultZone(), new StreamSecretInput(System.console(),
                        StandardInputCheck.closedAtLaunch() ? InputStream.nullInputStream() : System.in),
                System.getProperty("user.name", "unknown"));
        System.exit(CairnCli.run(environment, checkedWriter(FileDescriptor.out),
                checkedWriter(FileDescriptor.err), args));
    }

    /**
     * Writes straight to the descriptor rather than through {@code System.out}: a {@code PrintStream} swallows
     * write errors, and a recovery key that did not reach a full disk or a closed output must be noticed.
     */
    private static PrintWriter checkedWriter(FileDescriptor descriptor) {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
                : Charset.defaultCharset();
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), charset), true);
    }

    /**
     * Portable mode: the places where Java, JavaFX and SQLite would otherwise write on the host (the temporary
     * folder, ~/.openjfx/cache) move into cairn-data. Read-only media keep the defaults rather than fail.
     */
    private static void keepTemporaryFilesIn(Path cache) {
        try {
            Path temporary = OwnerOnlyFiles.createDirectories(cache.resolve("tmp"));
            Path javafx = OwnerOnlyFiles.createDirectories(cache.resolve("openjfx"));
            System.setProperty("java.io.tmpdir", temporary.toString());
            System.setProperty("javafx.cachedir", javafx.toString());
            System.setProperty("org.sqlite.tmpdir", temporary.toString());
        } catch (IOException e) {
            // Nothing to do: the defaults still work, and the logs (also in cairn-data) would fail the same way.
        }
    }

    /** {@code -Dcairn.checkpointLogBytes=N} checkpoints once the log passes N bytes (kill tests use a small N). */
    private static VaultOptions vaultOptions(AppDirectories directories) {
        return VaultOptions.standard().withAnchors(new RollbackAnchors(directories.anchorDirectory()))
                .withCheckpointLogBytes(
                Long.getLong("cairn.checkpointLogBytes", VaultOptions.DEFAULT_CHECKPOINT_LOG_BYTES));
    }

    /** {@code -Dcairn.kdf=minimum} skips calibration (still 64 MiB Argon2id): for tests and benchmarks only. */
    private static KdfPolicy kdfPolicy() {
        if ("minimum".equals(System.getProperty("cairn.kdf"))) {
            return KdfPolicy.fixed(KdfParams.floor());
        }
        return CalibratingKdfPolicy.standard();
    }
}
