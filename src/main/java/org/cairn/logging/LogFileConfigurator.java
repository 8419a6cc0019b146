package org.cairn.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Cairn's whole logging set-up, in code rather than logback.xml: one size-rolled file in Cairn's own log folder
 * ({@code cairn.logDir}, which Main sets before anything logs). Reading an XML configuration cost about 220 ms of
 * the first log call, which the app makes at start (ADR 0023). Log lines name events and sizes only, never case
 * data. A {@code -Dlogback.configurationFile} given by whoever starts the JVM is still honoured.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{20} %msg%n";
    static final String MAX_FILE_SIZE = "2MB";
    static final int KEPT_FILES = 3;

    private final Supplier<Path> folder;

    /** For logback's service loader: the folder Main named, else ~/cairn-logs. */
    public LogFileConfigurator() {
        this(LogFileConfigurator::configuredFolder);
    }

    LogFileConfigurator(Supplier<Path> folder) {
        this.folder = folder;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path folder = this.folder.get();
        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyFileAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("cairn.log").toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("cairn.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Path configuredFolder() {
        String configured = System.getProperty("cairn.logDir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home", "."), "cairn-logs");
    }
}
