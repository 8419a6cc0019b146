package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every messages bundle against the English one: the same keys, every value a valid ICU message pattern with the same
 * arguments of the same kinds, no key written twice; the language list names exactly the bundles there are; and the
 * two pseudo-languages made from English pass the same check (MessagesKeysTest proves every English key is used).
 */
class BundleConsistencyTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/cairn/ui");

    private static BundleFile english() throws IOException {
        return BundleFile.read(FOLDER.resolve("messages.properties"));
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().matches("messages_[A-Za-z0-9_]+\\.properties"))
                    .sorted().toList();
        }
    }

    @Test
    void everyTranslationHasTheSameKeysAndArgumentsAsEnglish() throws IOException {
        BundleFile english = english();
        List<String> problems = new ArrayList<>(BundleCheck.duplicates(english));
        for (Path translation : translations()) {
            problems.addAll(BundleCheck.problems(english, BundleFile.read(translation)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEnglishValueIsAValidMessagePattern() throws IOException {
        List<String> broken = new ArrayList<>();
        english().values().forEach((key, value) -> {
            try {
                BundleCheck.arguments(value);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        });
        assertThat(broken).isEmpty();
        assertThat(english().values()).hasSizeGreaterThan(500);
    }

    @Test
    void theLanguageListNamesExactlyTheBundlesThereAre() throws IOException {
        TreeSet<String> bundles = new TreeSet<>(List.of("en"));
        for (Path translation : translations()) {
            String name = translation.getFileName().toString();
            bundles.add(name.substring("messages_".length(), name.length() - ".properties".length()).replace('_', '-'));
        }
        TreeSet<String> listed = Languages.offered().stream().map(Languages.Language::tag)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(bundles);
    }

    @Test
    void bothPseudoLanguagesKeepEveryArgumentAndMarkEveryMessage() throws IOException {
        BundleFile english = english();
        for (Locale pseudo : List.of(PseudoLocales.ACCENTED, PseudoLocales.RIGHT_TO_LEFT)) {
            Map<String, String> values = PseudoLocales.values(pseudo);
            BundleFile made = new BundleFile(pseudo.toLanguageTag(), List.copyOf(values.keySet()), values);
            assertThat(BundleCheck.problems(english, made)).as(pseudo.toLanguageTag()).isEmpty();
            Messages messages = PseudoLocales.messages(pseudo);
            Messages plain = Messages.forLocale(Locale.UK);
            values.keySet().stream().filter(key -> !key.equals(Messages.DIRECTION_KEY)).forEach(key -> {
                String shown = messages.format(key, 2, 3, 4, 5);
                assertThat(shown).as(key).contains(String.valueOf(PseudoLocales.OPEN));
                assertThat(shown.length()).as(key).isGreaterThanOrEqualTo((int) (plain.format(key, 2, 3, 4, 5).length() * 1.3));
            });
            assertThat(messages.rightToLeft()).isEqualTo(pseudo.equals(PseudoLocales.RIGHT_TO_LEFT));
        }
    }

    @Test
    void theAccentedLanguageChangesOnlyTheWordsAndKeepsPluralForms() {
        String pattern = "Wrote {0, plural, one {# file} other {# files}} to {1}; it''s '{'kept'}'.";
        String marked = PseudoLocales.mark(pattern, PseudoLocales::accent);
        assertThat(BundleCheck.arguments(marked)).isEqualTo(BundleCheck.arguments(pattern));
        Messages messages = new Messages(new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"k", marked}};
            }
        }, Locale.UK, new Dates(Locale.UK, java.time.ZoneOffset.UTC));
        String one = messages.format("k", 1, "C:\\out");
        assertThat(one).startsWith("\u27e6\u0174\u0155\u00f6\u0163\u00e9 1 \u0192\u00ed\u013a\u00e9 \u0163\u00f6 C:\\out")
                .contains("'").contains("{").doesNotContain("Wrote");
        assertThat(messages.format("k", 2, "x")).contains("2 \u0192\u00ed\u013a\u00e9\u0161");
    }

    /** The check itself: each kind of mistake a translator can make is reported. */
    @Test
    void theCheckReportsEachKindOfMistake() throws IOException {
        BundleFile english = BundleFile.parse("messages.properties",
                "a=One {0}\nb=Count {0, plural, one {# case} other {# cases}}\nc=On {0, date, short}\n");
        BundleFile translated = BundleFile.parse("messages_xx.properties", String.join("\n",
                "a=Un {1}", "b=Compte {0}", "b=Compte {0, plural, one {# cas} other {# cas}}",
                "c=Le {0, number}", "d=extra", "") + "\n");
        List<String> problems = BundleCheck.problems(english, translated);
        assertThat(problems).anyMatch(p -> p.contains("b is written more than once"))
                .anyMatch(p -> p.contains("a has arguments {1=none}"))
                .anyMatch(p -> p.contains("c has arguments {0=number}"))
                .anyMatch(p -> p.contains("d is not in the English bundle"));
        BundleFile missing = BundleFile.parse("messages_yy.properties", "a=Un {0}\nb=Deux {0, plural, other {#}\n");
        assertThat(BundleCheck.problems(english, missing))
                .anyMatch(p -> p.contains("c is missing"))
                .anyMatch(p -> p.contains("b is not a valid message pattern"));
    }

    @Test
    void aContinuedLineIsOneKeyAndAnEscapedBackslashEndsIt() throws IOException {
        BundleFile bundle = BundleFile.parse("x", "a=one \\\n    two\nb=ends in \\\\\nc=three\n");
        assertThat(bundle.keysInOrder()).containsExactly("a", "b", "c");
        assertThat(bundle.values().get("a")).isEqualTo("one two");
    }
}
