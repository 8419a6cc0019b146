package org.cairn.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Points sqlite-jdbc at its native library in the application's own {@code lib/sqlite/<OS>/<arch>/} folder, which
 * the build fills beside the jars, so {@code java -jar cairn.jar} never unpacks a copy into the temporary folder.
 * The packaged app's launcher sets the same properties itself (ADR 0010); a setting given on the command line wins.
 */
final class SqliteNatives {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNatives() {
    }

    /** Call before anything opens a database. Does nothing outside a jar run or when the library is absent. */
    static void useBundledLibrary() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        runningJarFolder(System.getProperty("java.class.path")).flatMap(SqliteNatives::bundledLibrary)
                .ifPresent(library -> {
                    System.setProperty(PATH_PROPERTY, library.getParent().toString());
                    System.setProperty(NAME_PROPERTY, library.getFileName().toString());
                });
    }

    /** The library for this computer under {@code <jar folder>/lib/sqlite}, if the build put it there. */
    static Optional<Path> bundledLibrary(Path jarFolder) {
        Path library = jarFolder.resolve("lib").resolve("sqlite")
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS())
                .resolve(LibraryLoaderUtil.getNativeLibName());
        return Files.isRegularFile(library) ? Optional.of(library.toAbsolutePath()) : Optional.empty();
    }

    /** For {@code java -jar}: the class path is that one jar (the same rule as portable mode). */
    static Optional<Path> runningJarFolder(String classPath) {
        if (classPath == null || classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            return Files.isRegularFile(jar) ? Optional.ofNullable(jar.getParent()) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
