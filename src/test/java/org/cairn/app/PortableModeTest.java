package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Portable mode end to end, in child JVMs laid out like a Cairn image on a USB stick with a cairn-data folder: the
 * command line and the app's first window (headless JavaFX) keep logs, settings, casebooks and temporary files in
 * cairn-data, and write nothing to the host's home folder, its XDG folders or its temporary folder. JavaFX's native
 * libraries, which a jar run would unpack to ~/.openjfx/cache, land in cairn-data/cache instead.
 */
class PortableModeTest {
    private static final String PASS = "portable mode passphrase";

    @TempDir
    Path root;

    @Test
    void everythingStaysInCairnDataAndTheHostFoldersStayEmpty() throws Exception {
        Path launcher = root.resolve("stick/Cairn/bin/Cairn");
        Path data = Files.createDirectories(root.resolve("stick/Cairn/cairn-data"));
        Path home = Files.createDirectories(root.resolve("host-home"));
        Path hostTemp = Files.createDirectories(root.resolve("host-tmp"));
        Path casebook = data.resolve("casebooks/main");

        run(launcher, home, hostTemp, PASS + "\n" + PASS + "\n", "create", "--casebook", casebook.toString());
        run(launcher, home, hostTemp, PASS + "\n", "check", "--casebook", casebook.toString());
        run(launcher, home, hostTemp, PASS + "\n", "backup", "--casebook", casebook.toString(), "--to",
                data.resolve("backup.cairnbak").toString());
        firstWindow(launcher, home, hostTemp);

        assertThat(files(home)).as("files written to the host's home folder").isEmpty();
        assertThat(files(hostTemp)).as("files written to the host's temporary folder").isEmpty();
        String log = Files.readString(data.resolve("logs/cairn.log"), StandardCharsets.UTF_8);
        assertThat(log).as("logback writes into cairn-data/logs").contains("first window shown");
        assertThat(log).as("no passphrase in the log").doesNotContain(PASS);
        assertThat(files(data.resolve("cache/openjfx"))).as("JavaFX's libraries unpacked inside cairn-data")
                .anyMatch(p -> p.getFileName().toString().endsWith(".so")
                        || p.getFileName().toString().endsWith(".dll")
                        || p.getFileName().toString().endsWith(".dylib"));
    }

    private void run(Path launcher, Path home, Path hostTemp, String input, String... args) throws Exception {
        List<String> command = java(launcher, home, hostTemp);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process process = start(command, home, "out-" + args[0] + ".txt");
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", args[0], Files.readString(root.resolve("out-" + args[0] + ".txt")))
                .isZero();
    }

    private void firstWindow(Path launcher, Path home, Path hostTemp) throws Exception {
        List<String> command = java(launcher, home, hostTemp);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", Main.class.getName()));
        Process process = start(command, home, "out-gui.txt");
        Path log = launcher.getParent().getParent().resolve("cairn-data/logs/cairn.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean shown = false;
        while (!shown && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            shown = Files.exists(log) && Files.readString(log).contains("first window shown");
        }
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
        process.destroyForcibly();
        assertThat(shown).as("first window; output: %s", Files.readString(root.resolve("out-gui.txt"))).isTrue();
    }

    /** A JVM that believes it is the packaged launcher, with the host's folders pointed at empty test folders. */
    private static List<String> java(Path launcher, Path home, Path hostTemp) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Dcairn.kdf=minimum", "-Djpackage.app-path=" + launcher,
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + hostTemp, "-cp", System.getProperty("java.class.path")));
    }

    private Process start(List<String> command, Path home, String output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve(output).toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("CAIRN_HOME");
        environment.put("HOME", home.toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        environment.put("TMPDIR", command.stream().filter(a -> a.startsWith("-Djava.io.tmpdir="))
                .findFirst().orElseThrow().substring("-Djava.io.tmpdir=".length()));
        return builder.start();
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
