package org.cairn.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/**
 * What the desktop app needs from its surroundings; tests pass fast KDF settings and temporary folders. The idle
 * limit the app uses comes from the settings file in {@code directories} (the Settings screen changes it);
 * {@code idleLimit} only records the value read at start-up.
 */
public record GuiConfig(AppDirectories directories, Clock clock, KdfPolicy kdfPolicy, VaultOptions vaultOptions,
        String actor, int demoCases, Duration idleLimit, Locale locale) {
    public static final int DEMO_CASES = 200;
}
