package org.cairn.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder, the log folder and every log file, also after a roll-over, are owner-only. */
class OwnerOnlyLogFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersAndFilesBeforeAndAfterARollOver() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "this file system has no POSIX permissions");
        Path data = dir.resolve("data");
        Path logs = data.resolve("logs");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogFileConfigurator configurator = new LogFileConfigurator(() -> logs);
        configurator.setContext(context);
        configurator.configure(context);
        context.getLogger("org.cairn.test").info("first line");
        var appender = (RollingFileAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");
        appender.rollover();
        context.getLogger("org.cairn.test").info("after the roll-over");
        context.stop();

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(logs.resolve("cairn.1.log")).exists();
        assertThat(mode(logs.resolve("cairn.log"))).isEqualTo("rw-------");
        assertThat(mode(logs.resolve("cairn.1.log"))).isEqualTo("rw-------");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
