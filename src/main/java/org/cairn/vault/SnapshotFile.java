package org.cairn.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Header plus the database image sealed in segments. Segment i is sealed with associated data
 * {@code magic || casebookId || generation || i || final}, so reordering, truncation and appending are detected.
 */
final class SnapshotFile {
    /** Checked before the image is read into memory; a casebook of 10,000 cases is a few tens of MiB. */
    static final long MAX_IMAGE_BYTES = 1024L * 1024 * 1024;
    private final String fileName;
    private final byte[] rawHeader;
    private final SnapshotHeader header;
    private final Path path;

    private SnapshotFile(Path path, byte[] rawHeader, SnapshotHeader header) {
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.rawHeader = rawHeader;
        this.header = header;
    }

    SnapshotHeader header() {
        return header;
    }

    static void write(FileOpener opener, Path target, SnapshotHeader header, MasterKey masterKey, byte[] data,
            SecureRandom random) throws IOException {
        byte[] body = SnapshotHeaderCodec.encodeBody(header);
        byte[] sha = SnapshotHeaderCodec.sha256(body, body.length);
        byte[] withSha = concat(body, sha);
        byte[] mac = masterKey.mac(header.snapshotSalt(), MasterKey.HEADER_MAC_LABEL, withSha, withSha.length);
        byte[] segmentKey = masterKey.subkey(header.snapshotSalt(), MasterKey.SNAPSHOT_LABEL);
        try {
            Aead aead = new Aead(segmentKey, random);
            AtomicFiles.replace(opener, target, channel -> {
                writeFully(channel, ByteBuffer.wrap(concat(withSha, mac)));
                int size = header.segmentSize();
                int segments = Math.max(1, (data.length + size - 1) / size);
                for (int i = 0; i < segments; i++) {
                    int from = i * size;
                    int length = Math.min(size, data.length - from);
                    byte[] box = aead.seal(data, from, length, segmentContext(header, i, i == segments - 1));
                    writeFully(channel, ByteBuffer.wrap(box));
                }
            });
        } finally {
            Arrays.fill(segmentKey, (byte) 0);
        }
    }

    /** Reads and checks the header without any key: tells a non-casebook and accidental damage apart from the rest. */
    static SnapshotFile readHeader(Path path) {
        String name = path.getFileName().toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            byte[] preamble = readExactly(channel, 0, 12);
            if (preamble == null) {
                throw new UnlockFailedException();
            }
            int length = SnapshotHeaderCodec.headerLength(preamble, name);
            byte[] raw = readExactly(channel, 0, length);
            if (raw == null) {
                throw new DamagedException(name, channel.size(), "file ends inside the header");
            }
            if (!SnapshotHeaderCodec.checksumMatches(raw)) {
                throw new DamagedException(name, 0, "header checksum does not match");
            }
            SnapshotHeaderCodec.requireKnownVersion(raw);
            return new SnapshotFile(path, raw, SnapshotHeaderCodec.decode(raw, name));
        } catch (NoSuchFileException e) {
            throw new UnlockFailedException();
        } catch (IOException e) {
            throw new StorageFailedException("read " + name, e);
        }
    }

    void verifyHeaderMac(MasterKey masterKey) {
        int macOffset = rawHeader.length - 32;
        byte[] expected = Arrays.copyOfRange(rawHeader, macOffset, rawHeader.length);
        if (!masterKey.macMatches(header.snapshotSalt(), MasterKey.HEADER_MAC_LABEL, rawHeader, macOffset, expected)) {
            throw new DamagedException(fileName, macOffset, "header failed authentication");
        }
    }

    /** Authenticates every segment and returns the database image. */
    byte[] decrypt(MasterKey masterKey) {
        verifyHeaderMac(masterKey);
        byte[] segmentKey = masterKey.subkey(header.snapshotSalt(), MasterKey.SNAPSHOT_LABEL);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long bodyLength = channel.size() - rawHeader.length;
            long boxSize = header.segmentSize() + (long) Aead.OVERHEAD;
            long segments = (bodyLength + boxSize - 1) / boxSize;
            long lastBox = bodyLength - (segments - 1) * boxSize;
            if (segments == 0 || lastBox < Aead.OVERHEAD) {
                throw new DamagedException(fileName, channel.size(), "file is cut short");
            }
            long plainLength = bodyLength - segments * Aead.OVERHEAD;
            if (plainLength > MAX_IMAGE_BYTES) {
                throw new DamagedException(fileName, channel.size(), "the database inside is larger than Cairn "
                        + "opens (" + (MAX_IMAGE_BYTES >> 20) + " MiB)");
            }
            long memory = Runtime.getRuntime().maxMemory();
            if (plainLength > memory / 2) {
                throw new VaultException(VaultProblem.TOO_LARGE, fileName + " holds " + (plainLength >> 20)
                        + " MiB, more than Java may use here (" + (memory >> 20) + " MiB in all). Nothing was changed. "
                        + "Open it on a computer with more memory.", null, plainLength >> 20, memory >> 20);
            }
            byte[] plain = new byte[(int) plainLength];
            SegmentOpener.Layout layout = new SegmentOpener.Layout(rawHeader.length, segments, boxSize, lastBox);
            SegmentOpener.Failure failure = SegmentOpener.openAll(channel, layout, segmentKey, header, plain,
                    Runtime.getRuntime().availableProcessors());
            if (failure != null && failure.readError() != null) {
                throw failure.readError();
            }
            if (failure != null) {
                throw new DamagedException(fileName, failure.offset(), "segment " + failure.segment()
                        + " failed authentication");
            }
            return plain;
        } catch (IOException e) {
            throw new StorageFailedException("read " + fileName, e);
        } finally {
            Arrays.fill(segmentKey, (byte) 0);
        }
    }

    static byte[] segmentContext(SnapshotHeader header, long index, boolean last) {
        return ByteBuffer.allocate(8 + SnapshotHeader.CASEBOOK_ID_BYTES + 8 + 8 + 1)
                .put(header.kind().magic()).put(header.casebookId()).putLong(header.generation())
                .putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] readExactly(FileChannel channel, long position, int count) throws IOException {
        if (channel.size() < position + count) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(count);
        readFully(channel, buffer, position);
        return buffer.array();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
            at += n;
        }
        buffer.flip();
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
