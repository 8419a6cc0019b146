package org.cairn.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Cairn keeps settings, logs and the demo casebook. {@code cairn.home} (system property) or
 * {@code CAIRN_HOME} overrides the platform folder: XDG on Linux, %APPDATA% on Windows, Application Support on
 * macOS.
 */
public record AppDirectories(Path dataDirectory) {
    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    public Path demoCasebook() {
        return dataDirectory.resolve("demo-casebook");
    }

    public static AppDirectories resolve(String homeOverride, Map<String, String> environment, String osName,
            Path userHome) {
        if (homeOverride != null && !homeOverride.isBlank()) {
            return new AppDirectories(Path.of(homeOverride));
        }
        String override = environment.get("CAIRN_HOME");
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
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
        return resolve(System.getProperty("cairn.home"), System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
