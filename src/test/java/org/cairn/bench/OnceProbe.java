package org.cairn.bench;

import java.nio.file.Path;
import java.util.List;

/** A benchmark that needs no casebook and runs once per benchmark run (letters, start-up). */
public interface OnceProbe {
    String name();

    List<BenchFigure> measure(Path work) throws Exception;
}
