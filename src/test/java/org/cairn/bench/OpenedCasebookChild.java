package org.cairn.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.cairn.casebook.Casebook;
import org.cairn.vault.CipherWarmUp;

/**
 * Run in a fresh JVM with the launcher's options: warms the cipher up first, as the app does while the advocate
 * types the passphrase, unlocks, opens the casebook and searches it, then reports the unlock and the peak resident
 * memory (VmHWM) of the whole process.
 */
public final class OpenedCasebookChild {
    private OpenedCasebookChild() {
    }

    public static void main(String[] args) throws Exception {
        BenchJfr.startIfAsked("opened-casebook");
        new CipherWarmUp().start().join();
        int n = Integer.parseInt(args[2]);
        UnlockTiming timing = UnlockTiming.unlock(Path.of(args[0]), args[1].toCharArray(), vault -> {
            Casebook book = Casebook.open(vault, Clock.systemDefaultZone(), "bench");
            book.search("", StorageProbe.SEARCH_LIMIT);
            for (String query : StorageProbe.QUERIES) {
                book.search(query, StorageProbe.SEARCH_LIMIT);
            }
        });
        long peakKiB = PeakMemory.residentKiB();
        ChildJvm.emit(List.of(
                BenchFigure.single("unlock.rest.fresh", "unlock beyond the KDF, fresh JVM (as the app)", n,
                        timing.restMillis(), "ms").withNote("first unlock in a new JVM with the launcher's options, "
                        + "after the cipher warm-up the app runs while the passphrase is typed; median of "
                        + UnlockProbe.FRESH_JVMS + " JVMs"),
                BenchFigure.single("rss.open", "peak memory (RSS) with the casebook open", n,
                        peakKiB < 0 ? Double.NaN : peakKiB / 1024.0, "MB").withNote(String.format(Locale.ROOT,
                        "VmHWM of a fresh JVM with the launcher's options (no -Xmx, so a maximum heap of %,d MB on "
                        + "this machine) after unlocking, opening and searching; median of %d JVMs",
                        Runtime.getRuntime().maxMemory() / 1024 / 1024, UnlockProbe.FRESH_JVMS))));
    }
}
