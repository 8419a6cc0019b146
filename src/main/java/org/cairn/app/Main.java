package org.cairn.app;

import java.time.Clock;
import org.cairn.cli.CairnCli;
import org.cairn.cli.CliEnvironment;
import org.cairn.cli.StreamSecretInput;
import org.cairn.vault.CalibratingKdfPolicy;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/** Composition root: no arguments opens the app, anything else is a command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.forThisMachine();
        // Logback reads this when the first logger is created, so it must be set before anything logs.
        System.setProperty("cairn.logDir", directories.logDirectory().toString());
        if (args.length == 0) {
            GuiLauncher.launch(args);
            return;
        }
        CliEnvironment environment = new CliEnvironment(kdfPolicy(), vaultOptions(),
                Clock.systemDefaultZone(), new StreamSecretInput(System.console(), System.in),
                System.getProperty("user.name", "unknown"));
        System.exit(CairnCli.run(environment, args));
    }

    /** {@code -Dcairn.checkpointLogBytes=N} checkpoints once the log passes N bytes (kill tests use a small N). */
    private static VaultOptions vaultOptions() {
        return VaultOptions.standard().withCheckpointLogBytes(
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
