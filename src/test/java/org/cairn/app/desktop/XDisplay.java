package org.cairn.app.desktop;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * A private X server (Xvfb) for the desktop checks, with or without a window manager (Openbox), and the X tools
 * that drive and photograph it. Each instance takes a free display number from Xvfb itself, so parallel runs do
 * not collide; {@link #close()} ends everything it started.
 */
final class XDisplay implements AutoCloseable {
    private final Process server;
    private final String display;
    private Process manager;

    private XDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /** The first of {@code tools} not found on the PATH, if any: the checks skip, naming it. */
    static Optional<String> missing(String... tools) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String tool : tools) {
            boolean found = false;
            for (String folder : path.split(java.io.File.pathSeparator)) {
                found |= !folder.isEmpty() && Files.isExecutable(Path.of(folder, tool));
            }
            if (!found) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }

    static XDisplay start(boolean withWindowManager) throws IOException, InterruptedException {
        return start(withWindowManager, 1280, 800);
    }

    /** A screen of the given size in pixels, for checks that need a small laptop's screen. */
    static XDisplay start(boolean withWindowManager, int width, int height) throws IOException, InterruptedException {
        Process server = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            server.destroyForcibly();
            throw new IOException("Xvfb did not start (it printed no display number)");
        }
        XDisplay x = new XDisplay(server, ":" + number.strip());
        if (withWindowManager) {
            x.manager = x.builder("openbox", "--sm-disable").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            x.waitUntil(() -> x.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").contains("window id"),
                    "Openbox to manage the screen");
        }
        return x;
    }

    String name() {
        return display;
    }

    /** A process on this display. */
    ProcessBuilder builder(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder;
    }

    /** Runs an X tool to its end and returns what it printed; empty when it failed. */
    String run(String... command) throws IOException, InterruptedException {
        Process process = builder(command).redirectErrorStream(true).start();
        byte[] printed = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command[0] + " did not finish");
        }
        return process.exitValue() == 0 ? new String(printed, StandardCharsets.UTF_8) : "";
    }

    /** The whole screen as it is now, also kept as target/desktop-checks/NAME.png for a person to look at. */
    BufferedImage capture(String name) throws IOException, InterruptedException {
        Process process = builder("import", "-silent", "-window", "root", "png:-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] png = process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("the screen capture could not be read");
        }
        Path kept = Files.createDirectories(Path.of("target", "desktop-checks")).resolve(name + ".png");
        Files.write(kept, png);
        return image;
    }

    /** The visible top-level window with exactly this title. */
    String window(String title) throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        waitUntil(() -> {
            found.clear();
            run("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$").lines()
                    .filter(line -> !line.isBlank()).forEach(found::add);
            return !found.isEmpty();
        }, "a window titled " + title);
        return found.get(found.size() - 1);
    }

    /** x, y, width and height of a window on the screen. */
    int[] geometry(String window) throws IOException, InterruptedException {
        String shell = run("xdotool", "getwindowgeometry", "--shell", window);
        return new int[] {value(shell, "X"), value(shell, "Y"), value(shell, "WIDTH"), value(shell, "HEIGHT")};
    }

    private static int value(String shell, String name) {
        return shell.lines().filter(line -> line.startsWith(name + "=")).findFirst()
                .map(line -> Integer.parseInt(line.substring(name.length() + 1).strip()))
                .orElseThrow(() -> new IllegalStateException("no " + name + " in " + shell));
    }

    interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    void waitUntil(Check check, String what) throws IOException, InterruptedException {
        waitUntil(check, what, 60);
    }

    void waitUntil(Check check, String what, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("waited " + seconds + " s for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : new Process[] {manager, server}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
