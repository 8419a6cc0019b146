package org.cairn.app.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cairn.app.DesktopProbe;

/**
 * The real app ({@link DesktopProbe}) in a child JVM on an {@link XDisplay}, with the platform's own windowing (GTK,
 * not the headless platform of the other UI tests) and a home folder of its own, so that whatever the desktop
 * libraries write there can be inspected.
 */
final class ProbeApp implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ProbeApp(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ProbeApp start(XDisplay display, Path home, Map<String, String> properties)
            throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-UsePerfData", "-Dcairn.kdf=minimum", "-Dprism.order=sw",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + home.resolve("tmp")));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DesktopProbe.class.getName()));
        ProcessBuilder builder = display.builder(command.toArray(String[]::new));
        Path output = home.resolve("probe-output.txt");
        builder.redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("HOME", home.toString());
        environment.put("CAIRN_HOME", home.resolve("cairn").toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        environment.put("NO_AT_BRIDGE", "1");
        ProbeApp app = new ProbeApp(builder.start(), output);
        app.awaitReady();
        return app;
    }

    /** Copies the child's output to a file while waiting for its "ready" line. */
    private void awaitReady() throws IOException, InterruptedException {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.equals("ready")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.complete(false);
        }, "probe-output");
        reader.setDaemon(true);
        reader.start();
        boolean started;
        try {
            started = ready.get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            started = false;
        }
        if (!started) {
            close();
            throw new IOException("the app did not start on the X server: " + printed());
        }
    }

    String printed() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
