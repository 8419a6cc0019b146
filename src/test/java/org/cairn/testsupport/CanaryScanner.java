package org.cairn.testsupport;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds files holding a plaintext canary in UTF-8, UTF-16LE or UTF-16BE (rule 4 of docs/ARCHITECTURE.md). */
public final class CanaryScanner {
    public static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    private static final long MAX_SCANNED_FILE = 512L * 1024 * 1024;

    private CanaryScanner() {
    }

    /**
     * Files containing the canary: every file under {@code everything}, and under {@code recentOnly} those modified
     * since {@code began} (the system temp folder is shared with other programs).
     */
    public static Set<String> scan(String canary, List<Path> everything, List<Path> recentOnly, Instant began)
            throws IOException {
        Set<String> hits = new TreeSet<>();
        for (Path root : everything) {
            walk(root, canary, null, hits);
        }
        for (Path root : recentOnly) {
            walk(root, canary, FileTime.from(began), hits);
        }
        return hits;
    }

    private static void walk(Path root, String canary, FileTime since, Set<String> hits) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<byte[]> needles = ENCODINGS.stream().map(canary::getBytes).toList();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean inScope = since == null || attributes.lastModifiedTime().compareTo(since) >= 0;
                if (attributes.isRegularFile() && inScope && attributes.size() < MAX_SCANNED_FILE) {
                    try {
                        byte[] content = Files.readAllBytes(file);
                        for (int n = 0; n < needles.size(); n++) {
                            if (indexOf(content, needles.get(n)) >= 0) {
                                hits.add(file + " as " + ENCODINGS.get(n));
                            }
                        }
                    } catch (IOException unreadable) {
                        // another user's file, or gone already
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
