package org.cairn.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        if (args.length == 0) {
            GuiLauncher.launch(args);
            return;
        }
        CliEnvironment environment = new CliEnvironment(kdfPolicy(), vaultOptions(directories),
                Clock.systemDefaultZone(), new StreamSecretInput(System.console(), System.in),
                System.getProperty("user.name", "unknown"));
        System.exit(CairnCli.run(environment, args));
    }

    /**
     * Portable mode: the places where Java, JavaFX and SQLite would otherwise write on the host (the temporary
     * folder, ~/.openjfx/cache) move into cairn-data. Read-only media keep the defaults rather than fail.
     */
    private static void keepTemporaryFilesIn(Path cache) {
        try {
            Path temporary = Files.createDirectories(cache.resolve("tmp"));
            Path javafx = Files.createDirectories(cache.resolve("openjfx"));
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
