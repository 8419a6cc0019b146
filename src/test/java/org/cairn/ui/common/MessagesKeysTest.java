package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cairn.casework.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every key used in code (and every use-case problem code) exists, every key in the bundle is used, and no key is defined twice. */
class MessagesKeysTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/cairn/ui/messages.properties");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/cairn/ui"),
            Path.of("src/main/java/org/cairn/app"));
    private static List<String> definedKeys;
    private static Set<String> usedKeys;

    @BeforeAll
    static void scan() throws IOException {
        definedKeys = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.ISO_8859_1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                definedKeys.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        // A string literal looks like a message key when it starts with a first segment the bundle uses. Deriving
        // the segments from the bundle lets each screen add its own without editing this test.
        Set<String> segments = new TreeSet<>();
        definedKeys.forEach(key -> segments.add(key.split("\\.", 2)[0]));
        Pattern keyLiteral = Pattern.compile("\"((?:" + String.join("|", segments) + ")(?:\\.[A-Za-z0-9-]+)+)\"");
        usedKeys = new TreeSet<>();
        // A use case's refusal is a code; the screens turn each code into words through its own key.
        for (Problem problem : Problem.values()) {
            usedKeys.addAll(problem.messageKeys());
        }
        // Keys made from a constant's name: one per constant, so a new constant without words fails here.
        for (org.cairn.letters.pdf.LetterScript script : org.cairn.letters.pdf.LetterScript.values()) {
            usedKeys.add(org.cairn.ui.settings.SettingsViewModel.scriptKey(script));
        }
        for (org.cairn.letters.check.CheckRule rule : org.cairn.letters.check.CheckRule.values()) {
            rule.codes().forEach(code -> usedKeys.add("letter.finding." + code));
        }
        for (org.cairn.casebook.AuditAction action : org.cairn.casebook.AuditAction.values()) {
            usedKeys.add(AuditActionWords.key(action));
        }
        for (org.cairn.casebook.TaskTitle title : org.cairn.casebook.TaskTitle.values()) {
            usedKeys.add(TaskTitleWords.key(title));
        }
        for (org.cairn.vault.VaultProblem problem : org.cairn.vault.VaultProblem.values()) {
            if (problem != org.cairn.vault.VaultProblem.OTHER) {
                usedKeys.add(ErrorMessages.key(problem));
            }
        }
        for (org.cairn.letters.pdf.LetterRenderProblem problem : org.cairn.letters.pdf.LetterRenderProblem.values()) {
            if (problem != org.cairn.letters.pdf.LetterRenderProblem.OTHER) {
                usedKeys.add("letter.render." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        for (org.cairn.casebook.DirectoryRefusedException.Reason reason
                : org.cairn.casebook.DirectoryRefusedException.Reason.values()) {
            usedKeys.add(org.cairn.ui.directory.DirectoryViewModel.refusalKey(reason));
        }
        for (org.cairn.stats.CountsProblem problem : org.cairn.stats.CountsProblem.values()) {
            usedKeys.add(org.cairn.stats.CountsRefusedException.key(problem));
        }
        org.cairn.vault.InputRefusedException.CODES.forEach(code -> usedKeys.add("vault.input." + code));
        for (org.cairn.letters.LogoRejectedException.Reason reason : org.cairn.letters.LogoRejectedException.Reason.values()) {
            usedKeys.add(org.cairn.ui.orgprofile.OrgProfileViewModel.logoKey(reason));
        }
        org.cairn.stats.CountsNote.CODES.forEach(code -> usedKeys.add("counts.note." + code));
        for (org.cairn.stats.TableSpec table : org.cairn.stats.Catalogue.standard().tables()) {
            usedKeys.add(org.cairn.ui.coordinator.CoordinatorViewModel.tableKey(table.id()));
        }
        for (org.cairn.stats.CountingRule rule : org.cairn.stats.CountingRule.values()) {
            usedKeys.add(org.cairn.ui.coordinator.CoordinatorViewModel.ruleKey(rule));
        }
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = keyLiteral.matcher(Files.readString(file));
                    while (matcher.find()) {
                        usedKeys.add(matcher.group(1));
                    }
                }
            }
        }
    }

    @Test
    void everyKeyUsedInCodeExists() {
        assertThat(new TreeSet<>(definedKeys)).containsAll(usedKeys);
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        assertThat(usedKeys).containsAll(new TreeSet<>(definedKeys));
    }

    @Test
    void noKeyIsDefinedTwice() {
        Set<String> seen = new HashSet<>();
        List<String> twice = definedKeys.stream().filter(key -> !seen.add(key)).toList();
        assertThat(twice).isEmpty();
    }

    @Test
    void everyMessageFormatsWithoutError() {
        Messages messages = Fakes.messages();
        for (String key : definedKeys) {
            assertThat(messages.format(key, 2, 3, 4, 5)).isNotBlank();
        }
    }
}
