package org.cairn.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Cairn keeps settings, logs and the demo casebook. In order: {@code cairn.home} (system property),
 * {@code CAIRN_HOME}, a portable {@code cairn-data} folder next to the app ({@link PortableData}), then the platform
 * folder: XDG on Linux, %APPDATA% on Windows, Application Support on macOS.
 *
 * @param portable true when the data folder is a portable {@code cairn-data} folder; Cairn then also keeps its
 *     temporary and cache files there, so nothing lands in the computer's user folders
 */
public record AppDirectories(Path dataDirectory, boolean portable) {
    public AppDirectories(Path dataDirectory) {
        this(dataDirectory, false);
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** What this computer remembers of each casebook it opened, to notice an older copy put back (no case data). */
    public Path anchorDirectory() {
        return dataDirectory.resolve("anchors");
    }

    public Path demoCasebook() {
        return dataDirectory.resolve("demo-casebook");
    }

    /** Temporary files (JavaFX's and SQLite's unpacked native libraries, Java's temporary folder) in portable mode. */
    public Path cacheDirectory() {
        return dataDirectory.resolve("cache");
    }

    /** Where file choosers open: the portable data folder, or the platform's choice (empty) otherwise. */
    public Optional<Path> fileChooserStart() {
        return portable ? Optional.of(dataDirectory) : Optional.empty();
    }

    public static AppDirectories resolve(String homeOverride, Map<String, String> environment, String osName,
            Path userHome) {
        return resolve(homeOverride, environment, osName, userHome, Optional.empty());
    }

    public static AppDirectories resolve(String homeOverride, Map<String, String> environment, String osName,
            Path userHome, Optional<Path> portableFolder) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            return new AppDirectories(Path.of(homeOverride));
        }
        String override = environment.get("CAIRN_HOME");
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        if (portableFolder.isPresent()) {
            return new AppDirectories(portableFolder.get(), true);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new AppDirectories(base.resolve("Cairn"));
        }
        if (os.startsWith("mac")) {
            return new AppDirectories(userHome.resolve("Library").resolve("Application Support").resolve("Cairn"));
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new AppDirectories(base.resolve("cairn"));
    }

    public static AppDirectories forThisMachine() {
        String osName = System.getProperty("os.name");
        return resolve(System.getProperty("cairn.home"), System.getenv(), osName,
                Path.of(System.getProperty("user.home")), PortableData.find(System.getProperty("jpackage.app-path"),
                        System.getProperty("java.class.path"), osName));
    }
}
