package org.cairn.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The firewall, for libraries: every class in every jar on Cairn's runtime class path (Maven's runtime scope,
 * written to target/runtime-classpath.txt by the build) is read, and any class that refers to a member that opens a
 * socket, resolves a host name or fetches a URL must be named in network-allow-list.txt with the reason it is
 * unreachable from Cairn. Cairn's own code is covered by ArchitectureTest's stricter ban on java.net altogether.
 * An allow-list line that no longer matches anything fails too, so the list cannot go stale.
 */
class NoNetworkInLibrariesTest {
    /** Owners whose every member counts: socket types, socket factories, the HTTP client, RMI. */
    private static final Pattern NETWORK_OWNER = Pattern.compile(
            "java/net/(Socket|ServerSocket|DatagramSocket|MulticastSocket|SocketImpl)|java/net/http/.*"
                    + "|javax/net/.*|java/rmi/.*|javax/naming/ldap/.*|com/sun/net/httpserver/.*");
    /** Single members elsewhere that reach the network. */
    private static final Set<String> NETWORK_MEMBERS = Set.of(
            "java/net/URL.openConnection", "java/net/URL.openStream", "java/net/URL.getContent",
            "java/net/URLConnection.connect", "java/net/URLConnection.getInputStream",
            "java/net/URLConnection.getOutputStream", "java/net/HttpURLConnection.connect",
            "java/net/HttpURLConnection.getInputStream", "java/net/HttpURLConnection.getOutputStream",
            "java/net/InetAddress.getByName", "java/net/InetAddress.getAllByName", "java/net/InetAddress.getLocalHost",
            "java/nio/channels/SocketChannel.open", "java/nio/channels/ServerSocketChannel.open",
            "java/nio/channels/DatagramChannel.open", "java/nio/channels/AsynchronousSocketChannel.open",
            "java/nio/channels/AsynchronousServerSocketChannel.open",
            "javax/naming/InitialContext.<init>", "javax/naming/directory/InitialDirContext.<init>");

    @Test
    void noLibraryOnTheRuntimeClassPathCanReachTheNetworkExceptTheDocumentedUnreachableClasses() throws IOException {
        Map<String, Set<String>> findings = scan(runtimeJars());
        Map<Pattern, String> allowed = allowList();
        List<String> unexplained = new ArrayList<>();
        Set<Pattern> used = new java.util.HashSet<>();
        findings.forEach((className, members) -> {
            Pattern match = allowed.keySet().stream().filter(p -> p.matcher(className).matches()).findFirst()
                    .orElse(null);
            if (match == null) {
                unexplained.add(className + " -> " + members);
            } else {
                used.add(match);
            }
        });
        List<String> stale = allowed.entrySet().stream().filter(e -> !used.contains(e.getKey()))
                .map(e -> e.getKey().pattern()).toList();
        assertThat(findings).as("the scan must see the libraries' classes at all").isNotEmpty();
        assertThat(unexplained).as("classes with network code that network-allow-list.txt does not explain")
                .isEmpty();
        assertThat(stale).as("allow-list lines that match no class any more (remove them)").isEmpty();
    }

    static List<Path> runtimeJars() throws IOException {
        Path file = Path.of("target", "runtime-classpath.txt");
        assertThat(file).as("written by maven-dependency-plugin (execution runtime-classpath-file)").exists();
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(file, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        assertThat(jars).as("runtime jars").hasSizeGreaterThan(5);
        return jars;
    }

    /** class name (dotted, with the jar's file name in front) -> network members it refers to. */
    static Map<String, Set<String>> scan(List<Path> jars) throws IOException {
        Map<String, Set<String>> findings = new LinkedHashMap<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    Set<String> hits = new TreeSet<>();
                    for (String member : ClassFileReferences.memberReferences(bytes)) {
                        String owner = member.substring(0, member.lastIndexOf('.'));
                        if (NETWORK_OWNER.matcher(owner).matches() || NETWORK_MEMBERS.contains(member)) {
                            hits.add(member);
                        }
                    }
                    if (!hits.isEmpty()) {
                        String className = entry.getName().replaceFirst("^META-INF/versions/\\d+/", "")
                                .replace(".class", "").replace('/', '.');
                        findings.computeIfAbsent(className, k -> new TreeSet<>()).addAll(hits);
                    }
                }
            }
        }
        return findings;
    }

    /** Lines of network-allow-list.txt: a class-name pattern (regex), a tab, the reason. */
    static Map<Pattern, String> allowList() throws IOException {
        Map<Pattern, String> allowed = new LinkedHashMap<>();
        try (InputStream in = NoNetworkInLibrariesTest.class.getResourceAsStream("network-allow-list.txt")) {
            assertThat(in).as("network-allow-list.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                assertThat(parts).as("allow-list line needs a reason after a tab: %s", line).hasSize(2);
                assertThat(parts[1].strip()).as("reason for %s", parts[0]).hasSizeGreaterThan(20);
                allowed.put(Pattern.compile(parts[0].strip()), parts[1].strip());
            }
        }
        return allowed;
    }

    public static void main(String[] args) throws IOException {
        scan(runtimeJars()).forEach((c, m) -> System.out.println(c + "\t" + m));
    }
}
