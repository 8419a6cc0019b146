package org.cairn.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Casebook folders opened before, newest first. Only folder paths are kept, never names or passphrases. */
public interface RecentCasebooks {
    List<Path> list();

    void remember(Path folder);

    void forget(Path folder);
}
