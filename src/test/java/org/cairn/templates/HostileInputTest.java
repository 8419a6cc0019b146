package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Files at the size limit built to be as costly as possible still parse in linear time. The timeout is a
 * guard against quadratic work (which would take minutes here), not a performance target.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final int MAX = TemplateLimits.standard().maxBytes();
    private final TemplateParser parser = TemplateParser.standard();

    @Test
    void aFileOfInvalidBytes() {
        byte[] bytes = new byte[MAX];
        Arrays.fill(bytes, (byte) 0xFF);
        assertThat(parser.parse(bytes).problems()).hasSize(501);
    }

    @Test
    void oneHugeLineOfPlaceholders() {
        String text = Samples.LETTER + "{{clent.alais}} {{x}}".repeat((MAX - Samples.LETTER.length()) / 21);
        assertThat(parser.parse(text.getBytes(StandardCharsets.UTF_8)).problems()).hasSize(501);
    }

    @Test
    void manyUnknownHeaderFieldsWithLongNames() {
        String line = "k".repeat(63) + "x: value\n";
        String text = line.repeat((MAX - 100) / line.length());
        assertThat(parser.parse(text).problems()).hasSizeLessThanOrEqualTo(501);
    }

    @Test
    void manyShortItemsWithDuplicateIds() {
        String text = Samples.PLAN + "- [tick] bag: Again\n".repeat((MAX - Samples.PLAN.length()) / 20);
        assertThat(parser.parse(text).problems()).hasSize(501);
    }

    @Test
    void aLongLineOfAstralCharactersAndTabs() {
        String text = Samples.PLAN.replace("Keep a bag ready.", "\uD83D\uDC5C\t".repeat(60_000));
        assertThat(parser.parse(text).problems()).hasSize(501);
    }
}
