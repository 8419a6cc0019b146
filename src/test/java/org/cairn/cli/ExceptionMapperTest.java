package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cairn.casebook.SchemaTooNewException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExceptionMapperTest {
    private String handle(Exception failure, int expectedCode) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new CairnCommand());
        commandLine.setErr(new PrintWriter(err, true));
        int code = new ExceptionMapper().handleExecutionException(failure, commandLine, null);
        assertThat(code).isEqualTo(expectedCode);
        return err.toString();
    }

    @Test
    void aNewerSchemaIsExplainedRatherThanCalledUnexpected() {
        assertThat(handle(new SchemaTooNewException(), ExitCodes.FAILED)).contains("newer version of Cairn")
                .doesNotContain("unexpected");
    }

    @Test
    void unexpectedFailuresNameOnlyTheirKindNeverTheirMessage() {
        String line = handle(new IllegalStateException("client Maria lives at 1 High Street"), ExitCodes.FAILED);
        assertThat(line).contains("IllegalStateException").doesNotContain("Maria").doesNotContain("High Street");
        assertThat(line.lines().count()).isEqualTo(1);
    }
}
