package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.stats.CountsNote;
import org.cairn.stats.CountsProblem;
import org.cairn.stats.CountsRefusedException;
import org.cairn.vault.InputRefusedException;
import org.cairn.vault.RecoveryKey;
import org.junit.jupiter.api.Test;

/**
 * The counts' refusals and notes, and the storage engine's refusals of typed values, reach the screens as codes the
 * bundle words in the chosen language, never as the English sentence the command line prints.
 */
class CountsProblemWordsTest {
    private static final Messages PSEUDO = PseudoLocales.messages(PseudoLocales.ACCENTED);

    @Test
    void everyCountsCodeHasWordsThatUseTheirArguments() {
        Messages english = Fakes.messages();
        for (CountsProblem problem : CountsProblem.values()) {
            String words = english.format(CountsRefusedException.key(problem), "2026Q1", 3, 4, 5, "consented");
            assertThat(words).as(problem.name()).isNotBlank().doesNotStartWith("counts.").doesNotContain("{");
        }
        for (String code : CountsNote.CODES) {
            assertThat(english.format("counts.note." + code, "q1.cairnbundle", "ab12cd34", "2026Q1", "ef56"))
                    .as(code).contains("q1.cairnbundle");
        }
    }

    @Test
    void aRefusalIsShownInTheChosenLanguageWithItsArguments() {
        ErrorMessages errors = new ErrorMessages(PSEUDO);
        CountsRefusedException refused = new CountsRefusedException(CountsProblem.FILE_EXISTS,
                "counts.csv already exists; choose an empty folder", "counts.csv");
        String shown = errors.describe(refused);
        assertThat(shown).startsWith(String.valueOf(PseudoLocales.OPEN)).contains("counts.csv")
                .isNotEqualTo(refused.getMessage());
        assertThat(new ErrorMessages(Fakes.messages()).describe(refused)).startsWith("counts.csv already exists.");
    }

    @Test
    void typedValuesTheVaultRefusesAreWordedByTheBundleAndNeverQuoted() {
        ErrorMessages errors = new ErrorMessages(PSEUDO);
        for (String typed : List.of("ABCD-EFGH", "AB\u200bCD-EFGH-IJKL", "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-89AB")) {
            try {
                RecoveryKey.parse(typed.toCharArray()).close();
            } catch (InputRefusedException e) {
                assertThat(errors.describe(e)).as(typed).startsWith(String.valueOf(PseudoLocales.OPEN))
                        .doesNotContain(typed);
                continue;
            }
            throw new AssertionError("a malformed recovery key was taken: " + typed);
        }
        Messages english = Fakes.messages();
        for (String code : InputRefusedException.CODES) {
            assertThat(english.format("vault.input." + code, 80, 7)).as(code).isNotBlank().doesNotContain("{");
        }
    }

    @Test
    void theCountsThrowNoUncodedRefusalWhereAScreenCanReachIt() throws IOException {
        // Value checks of programmers' inputs (a table spec, a quarter's digits) stay plain; these files are what
        // the coordinator screen and the bundle import call.
        for (String name : List.of("CountsBundles", "MergedCounts", "OrganisationBundles", "StatsPublisher",
                "CompletedQuarters", "CsvExport", "BundleCrypto", "BundleOrigins", "ReplacedKeys",
                "CoalitionRole", "RevisionGate", "QuarterProtector")) {
            String source = Files.readString(Path.of("src/main/java/org/cairn/stats", name + ".java"));
            assertThat(source).as(name).doesNotContain("new IllegalArgumentException(")
                    .doesNotContain("new BundleRejectedException(\"").doesNotContain("new BundleRejectedException(name");
        }
    }
}
