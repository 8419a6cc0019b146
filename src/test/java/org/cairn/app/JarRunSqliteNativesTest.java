package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * A {@code java -jar} run loads SQLite's native library from {@code lib/sqlite/<OS>/<arch>/} beside the jar, the
 * layout the build makes in target/, and leaves nothing in the temporary folder. Without that folder, the same
 * run unpacks the library into the temporary folder, which shows the check can fail.
 */
class JarRunSqliteNativesTest {
    @TempDir
    Path dir;

    @Test
    void theBundledLibraryIsUsedAndTheTemporaryFolderStaysEmpty() throws Exception {
        Path app = Files.createDirectory(dir.resolve("app"));
        Path jar = launcherJar(app);
        Path library = app.resolve("lib").resolve("sqlite").resolve(OSInfo.getNativeLibFolderPathForCurrentOS())
                .resolve(LibraryLoaderUtil.getNativeLibName());
        Files.createDirectories(library.getParent());
        try (InputStream in = JarRunSqliteNativesTest.class.getClassLoader().getResourceAsStream("org/sqlite/native/"
                + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(in).as("sqlite-jdbc has a library for this computer").isNotNull();
            Files.copy(in, library);
        }

        // The temporary folder does not exist: a run that needed to unpack the library there would fail.
        Path missingTemporary = dir.resolve("no-such-tmp");
        assertThat(runCreate(jar, "with", missingTemporary)).as("create with lib/sqlite beside the jar").isZero();
        assertThat(missingTemporary).doesNotExist();

        Files.delete(library);
        assertThat(runCreate(jar, "without", missingTemporary)).as("without lib/sqlite SQLite needs the temporary "
                + "folder, so this check can fail").isNotZero();
    }

    /** Runs {@code create} through the jar with the given temporary folder; returns the exit code. */
    private int runCreate(Path jar, String name, Path temporary) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("out-" + name + ".txt");
        Process child = new ProcessBuilder(java, "-Djava.io.tmpdir=" + temporary, "-Dcairn.kdf=minimum",
                "-Dcairn.home=" + dir.resolve("home-" + name), "-XX:-UsePerfData", "-jar", jar.toString(), "create",
                "--casebook", dir.resolve("cb-" + name).toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write("river stones at dawn\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return child.exitValue();
    }

    /** A jar holding only a manifest: Cairn's Main, and the test's class path as absolute file entries. */
    private static Path launcherJar(Path folder) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            entries.add("file:" + path + (Files.isDirectory(path) ? "/" : ""));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        Path jar = folder.resolve("cairn.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        assertThat(new JarFile(jar.toFile()).getManifest().getMainAttributes().getValue("Main-Class"))
                .isEqualTo(Main.class.getName());
        return jar;
    }
}
