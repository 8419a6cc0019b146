package org.cairn.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Portable mode: a folder named {@code cairn-data} next to the app (for example on a USB stick) holds all settings,
 * logs and casebooks, and Cairn writes nothing to the computer's user folders. "Next to the app" is the folder of
 * the packaged launcher ({@code jpackage.app-path}) or of the image root around it, or, for {@code java -jar}, the
 * folder of the jar.
 */
public final class PortableData {
    public static final String FOLDER = "cairn-data";

    private PortableData() {
    }

    /**
     * @param launcher value of {@code jpackage.app-path} (the native launcher), or null when not packaged
     * @param classPath value of {@code java.class.path}; only a single jar counts
     */
    public static Optional<Path> find(String launcher, String classPath, String osName) {
        for (Path candidate : candidates(launcher, classPath, osName)) {
            Path folder = candidate.resolve(FOLDER);
            if (Files.isDirectory(folder)) {
                return Optional.of(folder.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    static List<Path> candidates(String launcher, String classPath, String osName) {
        List<Path> folders = new ArrayList<>();
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (launcher != null && !launcher.isBlank()) {
            Path launcherFolder = Path.of(launcher).toAbsolutePath().normalize().getParent();
            if (launcherFolder == null) {
                return folders;
            }
            if (os.startsWith("mac")) {
                // Cairn.app/Contents/MacOS/Cairn: the folder that holds Cairn.app.
                Path bundle = launcherFolder.getParent() == null ? null : launcherFolder.getParent().getParent();
                if (bundle != null && bundle.getFileName() != null
                        && bundle.getFileName().toString().endsWith(".app") && bundle.getParent() != null) {
                    folders.add(bundle.getParent());
                }
                return folders;
            }
            folders.add(launcherFolder);
            if (!os.startsWith("windows") && launcherFolder.getParent() != null) {
                // Linux image: Cairn/bin/Cairn, so the image root Cairn/ is next to bin/ and lib/.
                folders.add(launcherFolder.getParent());
            }
            return folders;
        }
        if (classPath != null && !classPath.contains(java.io.File.pathSeparator)
                && classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            Path jarFolder = Path.of(classPath).toAbsolutePath().normalize().getParent();
            if (jarFolder != null) {
                folders.add(jarFolder);
            }
        }
        return folders;
    }
}
