package org.cairn.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import org.cairn.files.OwnerOnlyFiles;

/**
 * A rolling log file that only its owner can read: the folder and each new file are created owner-only before
 * Logback opens them (at start and after every roll-over), so no file is ever briefly readable by others.
 */
final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {
    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        OwnerOnlyFiles.createDirectories(file.getParent());
        try {
            OwnerOnlyFiles.createFile(file);
        } catch (FileAlreadyExistsException e) {
            OwnerOnlyFiles.restrict(file);
        }
        super.openFile(fileName);
    }
}
