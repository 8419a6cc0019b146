package org.cairn.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileConfiguratorTest {
    @TempDir
    Path folder;

    @Test
    void logbackFindsCairnsConfiguratorThroughItsServiceFile() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogFileConfigurator.class.getName());
    }

    @Test
    void linesGoToCairnLogInTheGivenFolderWithTimeLevelAndLogger() throws IOException {
        LoggerContext context = configured();
        context.getLogger("org.cairn.vault.Vault").info("checkpoint: generation {}, {} KiB", 3, 12);
        context.getLogger("org.cairn.vault.Vault").debug("not at INFO");
        context.stop();

        String log = Files.readString(folder.resolve("cairn.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  "
                + "o\\.cairn\\.vault\\.Vault checkpoint: generation 3, 12 KiB\\R");
    }

    @Test
    void theFileRollsAtTwoMegabytesAndKeepsThreeOldOnes() {
        LoggerContext context = configured();
        var appender = (RollingFileAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
                .getAppender("FILE");
        var rolling = (FixedWindowRollingPolicy) appender.getRollingPolicy();
        var trigger = (SizeBasedTriggeringPolicy<ILoggingEvent>) appender.getTriggeringPolicy();
        context.stop();

        assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(2L * 1024 * 1024);
        assertThat(rolling.getFileNamePattern()).isEqualTo(folder.resolve("cairn.%i.log").toString());
        assertThat(rolling.getMinIndex()).isEqualTo(1);
        assertThat(rolling.getMaxIndex()).isEqualTo(3);
    }

    @Test
    void aConfigurationFileNamedWhenTheJvmStartsIsLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", folder.resolve("their-logback.xml").toString());
        try {
            LoggerContext context = new LoggerContext();
            LogFileConfigurator configurator = new LogFileConfigurator(() -> folder);
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    private LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // SLF4J's start-up would set it; this context is our own
        LogFileConfigurator configurator = new LogFileConfigurator(() -> folder);
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }
}
