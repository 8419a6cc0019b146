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
 * An allow-list line for a jar on the class path that no longer matches anything fails too, so the list cannot go
 * stale; lines for jars not on the class path are ignored.
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
        List<Path> jars = runtimeJars();
        Map<String, Set<String>> findings = scan(jars);
        List<Allowed> allowed = allowList();
        List<String> unexplained = new ArrayList<>();
        Set<Allowed> used = new java.util.HashSet<>();
        findings.forEach((jarAndClass, members) -> {
            Allowed match = allowed.stream().filter(a -> a.matches(jarAndClass)).findFirst().orElse(null);
            if (match == null) {
                unexplained.add(jarAndClass + " -> " + members);
            } else {
                used.add(match);
            }
        });
        List<String> stale = allowed.stream().filter(a -> !used.contains(a))
                .filter(a -> jars.stream().anyMatch(j -> j.getFileName().toString().startsWith(a.jarPrefix())))
                .map(a -> a.jarPrefix() + " " + a.className().pattern()).toList();
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

    /** One allow-list line: the jar's file-name prefix, a class-name pattern, and the reason. */
    record Allowed(String jarPrefix, Pattern className, String reason) {
        boolean matches(String jarAndClass) {
            String[] parts = jarAndClass.split(" ", 2);
            return parts[0].startsWith(jarPrefix) && className.matcher(parts[1]).matches();
        }
    }

    /** "jar-file-name class.name" -> network members it refers to. */
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
                        String className = jar.getFileName() + " " + entry.getName().replaceFirst("^META-INF/versions/\\d+/", "")
                                .replace(".class", "").replace('/', '.');
                        findings.computeIfAbsent(className, k -> new TreeSet<>()).addAll(hits);
                    }
                }
            }
        }
        return findings;
    }

    /** Lines of network-allow-list.txt: jar prefix, class-name pattern (regex), reason, separated by tabs. */
    static List<Allowed> allowList() throws IOException {
        List<Allowed> allowed = new ArrayList<>();
        try (InputStream in = NoNetworkInLibrariesTest.class.getResourceAsStream("network-allow-list.txt")) {
            assertThat(in).as("network-allow-list.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                assertThat(parts).as("allow-list line needs jar, class pattern and reason: %s", line).hasSize(3);
                assertThat(parts[2].strip()).as("reason for %s", parts[1]).hasSizeGreaterThan(20);
                allowed.add(new Allowed(parts[0].strip(), Pattern.compile(parts[1].strip()), parts[2].strip()));
            }
        }
        return allowed;
    }

    public static void main(String[] args) throws IOException {
        scan(runtimeJars()).forEach((c, m) -> System.out.println(c + "\t" + m));
    }
}
