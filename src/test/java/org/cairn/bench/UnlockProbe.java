package org.cairn.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Unlock time split into the KDF and the rest: in this (warm) JVM, and in fresh JVMs as the app does it, where the
 * same child JVM also reports the peak memory with the casebook open.
 */
final class UnlockProbe implements SizedProbe {
    static final int WARM_UNLOCKS = 5;
    static final int FRESH_JVMS = 3;

    @Override
    public String name() {
        return "unlock (warm JVM and " + FRESH_JVMS + " fresh JVMs) and peak memory";
    }

    @Override
    public List<BenchFigure> measure(BenchCasebook book) throws Exception {
        UnlockTiming.unlock(book.vault(), book.passphraseChars(), vault -> { });
        Samples kdf = new Samples();
        Samples rest = new Samples();
        for (int i = 0; i < WARM_UNLOCKS; i++) {
            UnlockTiming timing = UnlockTiming.unlock(book.vault(), book.passphraseChars(), vault -> { });
            kdf.add(timing.kdfMillis());
            rest.add(timing.restMillis());
        }
        List<List<BenchFigure>> fresh = new ArrayList<>();
        for (int i = 0; i < FRESH_JVMS; i++) {
            fresh.add(ChildJvm.run(OpenedCasebookChild.class, ChildJvm.APP_OPTIONS, book.vault().toString(),
                    book.passphrase(), Integer.toString(book.cases())));
        }
        List<BenchFigure> figures = new ArrayList<>();
        figures.add(BenchFigure.of("unlock.kdf", "unlock: key derivation (Argon2id 64 MiB, 1 pass)", book.cases(), kdf,
                "ms").withNote("the vault's own timing of the KDF; a real casebook is calibrated to about 700 ms"));
        figures.add(BenchFigure.of("unlock.rest.warm", "unlock beyond the KDF, warm JVM", book.cases(), rest, "ms")
                .withNote(WARM_UNLOCKS + " unlocks after one warm-up, in the JVM that built the casebook"));
        for (int i = 0; i < fresh.get(0).size(); i++) {
            List<BenchFigure> same = new ArrayList<>();
            for (List<BenchFigure> run : fresh) {
                same.add(run.get(i));
            }
            figures.add(BenchFigure.combine(same));
        }
        return figures;
    }
}
