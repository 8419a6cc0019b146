package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this computer last saw of each casebook it opened: identity, snapshot generation and how far the log was
 * confirmed. Kept in Cairn's own data folder, never beside the casebook, so a copy of the casebook's files put back
 * over newer ones is noticed on the next open. Holds no case data: the identity is random.
 */
public final class RollbackAnchors {
    private static final Logger LOG = LoggerFactory.getLogger(RollbackAnchors.class);
    static final byte[] MAGIC = "CAIRNAN\0".getBytes(StandardCharsets.US_ASCII);
    static final int BYTES = 8 + 2 + SnapshotHeader.CASEBOOK_ID_BYTES + 8 + 8 + 4;
    private static final short VERSION = 1;
    private final Path folder;

    /** @param folder a folder of Cairn's data folder set aside for anchors (created when first needed) */
    public RollbackAnchors(Path folder) {
        this.folder = folder;
    }

    /** The folder of anchors; other per-casebook records of this computer sit beside it. */
    Path folder() {
        return folder;
    }

    /** The remembered state of one casebook. */
    public record Anchor(byte[] casebookId, long generation, long confirmedLogBytes) {
        /** True when {@code generation}/{@code logBytes} on disk are behind what was remembered. */
        boolean isAheadOf(long diskGeneration, long diskLogGeneration, long diskLogBytes) {
            if (generation > diskGeneration) {
                return true;
            }
            return generation == diskGeneration && diskLogGeneration == diskGeneration
                    && confirmedLogBytes > diskLogBytes;
        }
    }

    Optional<Anchor> recall(byte[] casebookId) {
        Path file = fileFor(casebookId);
        byte[] raw;
        try {
            if (Files.size(file) != BYTES) {
                LOG.warn("a rollback anchor has the wrong size and is ignored");
                return Optional.empty();
            }
            raw = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("a rollback anchor could not be read ({}) and is ignored", e.getClass().getSimpleName());
            return Optional.empty();
        }
        return decode(raw, casebookId);
    }

    /**
     * Records {@code anchor}. With {@code force} the write reaches the disk before this returns; without it the
     * operating system writes it soon after, which costs a commit almost nothing. Either way it is written only
     * after the log it describes is durable, so it never claims more than the disk holds. A failure only weakens
     * the check, so it is logged rather than thrown.
     */
    void remember(Anchor anchor, boolean force) {
        try {
            Files.createDirectories(folder);
            OwnerOnly.folder(folder);
            Path file = fileFor(anchor.casebookId());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                OwnerOnly.file(file);
                ByteBuffer buffer = ByteBuffer.wrap(encode(anchor));
                long at = 0;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                if (force) {
                    channel.force(false);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the rollback anchor could not be written ({})", e.getClass().getSimpleName());
        }
    }

    private Path fileFor(byte[] casebookId) {
        return folder.resolve(HexFormat.of().formatHex(casebookId) + ".anchor");
    }

    static byte[] encode(Anchor anchor) {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).put(MAGIC).putShort(VERSION).put(anchor.casebookId())
                .putLong(anchor.generation()).putLong(anchor.confirmedLogBytes());
        return buffer.putInt(crc(buffer.array(), BYTES - 4)).array();
    }

    /** A torn or foreign anchor is ignored (the check is lost once), never treated as a rollback. */
    static Optional<Anchor> decode(byte[] raw, byte[] casebookId) {
        ByteBuffer in = ByteBuffer.wrap(raw);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        byte[] id = new byte[SnapshotHeader.CASEBOOK_ID_BYTES];
        boolean ok = Arrays.equals(magic, MAGIC) && in.getShort() == VERSION;
        in.get(id);
        long generation = in.getLong();
        long logBytes = in.getLong();
        ok &= in.getInt() == crc(raw, BYTES - 4) && Arrays.equals(id, casebookId);
        if (!ok) {
            LOG.warn("a rollback anchor is damaged and is ignored");
            return Optional.empty();
        }
        return Optional.of(new Anchor(id, generation, logBytes));
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
