package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyboard focus and the selected row stand out in both themes: the colours cairn.css gives them reach the WCAG
 * ratio for interface parts (3:1) against the page and the card, and the selected row's text is readable (4.5:1).
 */
class FocusContrastTest {
    private static final Path CSS = Path.of("src/main/resources/org/cairn/ui/cairn.css");

    @ParameterizedTest
    @ValueSource(strings = {".root", ".cairn-root.cairn-dark"})
    void focusAndSelectionStandOut(String theme) throws IOException {
        Map<String, String> colours = colours(theme);
        for (String background : new String[] {"-cairn-page", "-cairn-card"}) {
            assertThat(contrast(colours.get("-cairn-focus"), colours.get(background)))
                    .as("%s focus against %s", theme, background).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(colours.get("-cairn-selection"), colours.get(background)))
                    .as("%s selection against %s", theme, background).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(colours.get("-cairn-selection-text"), colours.get("-cairn-selection")))
                .as("%s text on the selection", theme).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void theRatioIsTheWcagOne() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        assertThat(contrast("#ffffff", "#777777")).isEqualTo(contrast("#777777", "#ffffff"));
    }

    /** The -cairn-* colours of the rules whose selector is exactly {@code selector}. */
    private static Map<String, String> colours(String selector) throws IOException {
        String css = Files.readString(CSS, StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        Map<String, String> found = new HashMap<>();
        // Every rule with this selector counts, the later ones winning, as in the stylesheet itself.
        while (rule.find()) {
            Matcher entry = Pattern.compile("(-cairn-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;")
                    .matcher(rule.group(1));
            while (entry.find()) {
                found.put(entry.group(1), entry.group(2));
            }
        }
        assertThat(found).containsKeys("-cairn-page", "-cairn-card", "-cairn-focus", "-cairn-selection",
                "-cairn-selection-text");
        return found;
    }

    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
