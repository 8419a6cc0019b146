package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.cairn.vault.AlreadyOpenException;
import org.cairn.vault.DamagedException;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.StorageFailedException;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.VaultException;
import org.cairn.vault.VaultProblem;
import org.junit.jupiter.api.Test;

/** Storage problems reach the screens as codes worded by the bundle, in the chosen language, never as English. */
class VaultProblemWordsTest {
    private static final Messages PSEUDO = PseudoLocales.messages(
            PseudoLocales.ACCENTED);

    private static List<VaultException> samples() {
        return List.of(new UnlockFailedException(), new AlreadyOpenException(),
                new DamagedException("casebook.log", 4096, "segment 3 failed authentication"),
                new DatabaseException(new SQLException("constraint failed: client.alias = 'Maria'")),
                new StorageFailedException("save the change", new AccessDeniedException("/home/x/casebook.log")),
                new StorageFailedException("save the change", new IOException("No space left on device")));
    }

    @Test
    void everyCodedProblemIsShownInTheChosenLanguage() {
        ErrorMessages errors = new ErrorMessages(PSEUDO);
        for (VaultException failure : samples()) {
            String shown = errors.describe(failure);
            assertThat(shown).as(failure.problem().name()).startsWith(String.valueOf(
                    PseudoLocales.OPEN)).isNotEqualTo(failure.getMessage());
        }
    }

    @Test
    void theWordsNeverRepeatTheInternalDetailOrTheDatabaseText() {
        ErrorMessages errors = new ErrorMessages(Fakes.messages());
        String damaged = errors.describe(samples().get(2));
        assertThat(damaged).contains("casebook.log").contains("4,096").doesNotContain("segment 3");
        assertThat(errors.describe(samples().get(3))).doesNotContain("Maria").doesNotContain("constraint");
        assertThat(errors.describe(samples().get(4))).contains("permission denied").doesNotContain("/home/x");
        assertThat(errors.describe(samples().get(5))).contains("disk is full");
    }

    @Test
    void everyCodeButOtherHasWords() {
        Messages messages = Fakes.messages();
        for (VaultProblem problem : VaultProblem.values()) {
            if (problem != VaultProblem.OTHER) {
                Object first = switch (problem) {
                    case DAMAGED, RESTORE_FOLDER_NOT_EMPTY -> "casebook.cairn";
                    case STORAGE_FAILED -> "DISK_FULL";
                    default -> 3;
                };
                assertThat(messages.format(ErrorMessages.key(problem), first, 4))
                        .as(problem.name()).isNotBlank().doesNotContain("vault.");
            }
        }
    }

    @Test
    void theStorageEngineWritesNoUncodedException() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("new VaultException(\"");
            }
        }
    }
}
