package org.cairn.bench;

import java.util.List;

/**
 * A benchmark that runs once per casebook size. Add an implementation to {@link BenchProbes} to have its figures
 * in the table; it opens the casebook itself (in this JVM or a child one, see {@link ChildJvm}).
 */
public interface SizedProbe {
    /** Shown in the progress lines. */
    String name();

    List<BenchFigure> measure(BenchCasebook casebook) throws Exception;
}
