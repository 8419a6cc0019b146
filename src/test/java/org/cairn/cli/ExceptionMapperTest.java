package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.casebook.SchemaTooNewException;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.casework.UnexpectedFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

class ExceptionMapperTest {
    private final List<String> logged = new ArrayList<>();

    private String handle(Exception failure, int expectedCode) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new CairnCommand());
        commandLine.setErr(new PrintWriter(err, true));
        int code = new ExceptionMapper(new UnexpectedFailures(logged::add, new SecureRandom()))
                .handleExecutionException(failure, commandLine, null);
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

    @Test
    void anUnexpectedFailureShowsTheCodeItWasLoggedUnderAndTheLogLineHasNoMessage() {
        String line = handle(new IllegalStateException("client Maria"), ExitCodes.FAILED);
        Matcher code = Pattern.compile("E-[A-Z2-9]{6}").matcher(line);
        assertThat(code.find()).as(line).isTrue();
        assertThat(logged).singleElement().asString().contains(code.group()).doesNotContain("Maria");
    }

    /** Every refusal a use case can make reads as one line of words, with a code from the README's table. */
    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyUseCaseProblemHasWordsAndADocumentedExitCode(Problem problem) {
        int code = ProblemWords.exitCode(problem);
        assertThat(code).isIn(ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.REFUSED_BY_DISCLOSURE_CHECK,
                ExitCodes.UNLOCK_FAILED);
        String bare = handle(new CaseworkException(problem), code);
        String withArgument = handle(new CaseworkException(problem, "EDIT_DIRECTORY"), code);
        for (String line : List.of(bare, withArgument)) {
            assertThat(line).startsWith("cairn: ").doesNotContain(problem.name()).doesNotContain("unexpected");
            assertThat(line.lines().count()).isEqualTo(1);
            assertThat(line.strip().length()).isGreaterThan("cairn: ".length() + 10);
        }
        assertThat(logged).as("a refusal is not an unexpected failure").isEmpty();
    }

    @Test
    void aRefusedLetterNamesWhatItNeedsAndAStoppedOneExitsAsTheCheckDoes() {
        assertThat(handle(new CaseworkException(Problem.LETTER_VALUES_MISSING, "referral.reason, client.phone"),
                ExitCodes.FAILED)).contains("referral.reason, client.phone", "--value");
        assertThat(handle(new CaseworkException(Problem.LETTER_STOPPED, "consent-missing"),
                ExitCodes.REFUSED_BY_DISCLOSURE_CHECK)).contains("consent-missing", "reason");
    }

    @Test
    void aRoleThatDoesNotAllowTheActionSaysSo() {
        assertThat(handle(new CaseworkException(Problem.NOT_PERMITTED, "IMPORT_TEMPLATE"), ExitCodes.FAILED))
                .contains("role", "IMPORT_TEMPLATE", "administrator");
    }
}
