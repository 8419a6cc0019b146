package org.cairn.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/** How the vault opens files for writing; a test seam for disks that fill up or fail part-way. */
@FunctionalInterface
public interface FileOpener {
    FileChannel open(Path path, OpenOption... options) throws IOException;

    static FileOpener standard() {
        return FileChannel::open;
    }
}
