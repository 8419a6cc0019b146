package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines this computer keeps about one casebook, in Cairn's data folder and keyed by the casebook's random identity,
 * so they outlive the casebook's own files (a restored older backup does not bring them back). Used for the erasure
 * journal (ADR 0041). Outside the encryption, so a line may hold only identifiers (numbers, lower-case hex, upper-case
 * codes), and anything else is refused before it is written.
 */
public final class LocalJournal {
    // Words of digits and commas, lower-case hex, an upper-case code or a version tag: no room for a typed name.
    private static final String WORD = "(?:[0-9,]{1,4000}|[0-9a-f]{1,64}|[A-Z][A-Z0-9_]{0,15}|v[0-9]{1,3})";
    private static final Pattern IDENTIFIERS_ONLY = Pattern.compile(WORD + "(?: " + WORD + "){0,15}");
    private final Path file;

    LocalJournal(Path folder, byte[] casebookId) {
        this.file = folder.resolve(HexFormat.of().formatHex(casebookId) + ".journal");
    }

    /** Kept in {@code erasures/} beside the rollback anchors' folder; none without a data folder. */
    static java.util.Optional<LocalJournal> beside(RollbackAnchors anchors, byte[] casebookId) {
        return java.util.Optional.ofNullable(anchors)
                .map(a -> new LocalJournal(a.folder().resolveSibling("erasures"), casebookId));
    }

    /** Every line written so far, oldest first; none when this computer has written none. */
    public List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new StorageFailedException("read this computer's erasure journal", e);
        }
    }

    /** Appends {@code line} and forces it to disk before returning. */
    public void append(String line) {
        if (!IDENTIFIERS_ONLY.matcher(line).matches()) {
            throw new IllegalArgumentException("a local journal line may hold identifiers only");
        }
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            OwnerOnly.folder(folder);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                OwnerOnly.file(file);
                ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new StorageFailedException("write this computer's erasure journal", e);
        }
    }

    /** Where the lines are kept, for the documentation and the tests. */
    public Path file() {
        return file;
    }
}
