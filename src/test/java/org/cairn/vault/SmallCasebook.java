package org.cairn.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A casebook frozen as a crash would leave it: a checkpointed snapshot of ~200 KiB of random text (four 64 KiB
 * segments) and a log of three committed transactions. Keeps the pristine bytes and the expected table dump after
 * each log record, so a test can damage a copy and say exactly what a correct open must show.
 */
final class SmallCasebook {
    static final int LOG_RECORDS = 3;

    final byte[] snapshot;
    final byte[] log;
    /** states.get(k): the dump after the snapshot plus the first k log records. */
    final List<List<String>> states;
    final KekCache keks = new KekCache();

    private SmallCasebook(byte[] snapshot, byte[] log, List<List<String>> states) {
        this.snapshot = snapshot;
        this.log = log;
        this.states = states;
    }

    static SmallCasebook build(Path directory) throws IOException {
        Vault vault = TestVaults.create(directory).vault();
        try {
            TestVaults.createTable(vault);
            Random random = new Random(20261125);
            for (int i = 0; i < 4; i++) {
                TestVaults.addRow(vault, randomText(random, 50_000));
            }
            vault.checkpoint();
            List<List<String>> states = new ArrayList<>();
            states.add(TableDump.of(vault));
            for (int i = 0; i < LOG_RECORDS; i++) {
                TestVaults.addRow(vault, "log row " + i);
                states.add(TableDump.of(vault));
            }
            byte[] snapshot = Files.readAllBytes(directory.resolve(CasebookFiles.SNAPSHOT));
            byte[] log = Files.readAllBytes(directory.resolve(CasebookFiles.LOG));
            return new SmallCasebook(snapshot, log, states);
        } finally {
            vault.close();
        }
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    int headerLength() {
        return Short.toUnsignedInt(ByteBuffer.wrap(snapshot, 10, 2).getShort());
    }

    /** Start offsets of the sealed segments, then the end of the file. */
    List<Integer> segmentBounds() {
        List<Integer> bounds = new ArrayList<>();
        int box = SnapshotHeader.DEFAULT_SEGMENT_SIZE + Aead.OVERHEAD;
        for (int at = headerLength(); at < snapshot.length; at += box) {
            bounds.add(at);
        }
        bounds.add(snapshot.length);
        return bounds;
    }

    /** Start offsets of the log records, then the end of the file. */
    List<Integer> recordBounds() {
        List<Integer> bounds = new ArrayList<>();
        int at = LogHeader.BYTES;
        while (at < log.length) {
            bounds.add(at);
            at += LogFrame.PREFIX_BYTES + ByteBuffer.wrap(log, at, 4).getInt();
        }
        bounds.add(at);
        return bounds;
    }

    /** Writes the two files into {@code directory}, replacing what is there. */
    void install(Path directory, byte[] snapshotBytes, byte[] logBytes) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(CasebookFiles.SNAPSHOT), snapshotBytes);
            Files.write(directory.resolve(CasebookFiles.LOG), logBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code directory} the way Vault.open does (Argon2id memoised) and says what happened. */
    Outcome open(Path directory) {
        try (Vault vault = VaultOpening.open(directory, VaultOptions.standard(), keks)) {
            return new Outcome(TableDump.of(vault), vault.openReport(), null);
        } catch (Throwable e) {
            return new Outcome(null, null, e);
        }
    }

    record Outcome(List<String> dump, OpenReport report, Throwable error) {
        boolean refused(Class<? extends VaultException> type, String fileName) {
            if (!type.isInstance(error)) {
                return false;
            }
            return !(error instanceof DamagedException damaged) || damaged.fileName().equals(fileName);
        }

        @Override
        public String toString() {
            return error != null ? error.toString()
                    : "opened " + report + " with " + (dump == null ? 0 : dump.size()) + " dump lines";
        }
    }
}
