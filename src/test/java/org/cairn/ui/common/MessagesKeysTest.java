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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every key used in code exists, every key in the bundle is used, and no key is defined twice. */
class MessagesKeysTest {
    private static final Path BUNDLE = Path.of("src/main/resources/org/cairn/ui/messages.properties");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/cairn/ui"),
            Path.of("src/main/java/org/cairn/app"));
    /** A string literal that looks like a message key: a known first segment, then dotted parts. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|backup|newPassphrase|common|error|welcome|create|recovery|unlock|shell|cases|case|casefile|client|newcase)(?:\\.[A-Za-z0-9]+)+)\"");
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
        usedKeys = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
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
