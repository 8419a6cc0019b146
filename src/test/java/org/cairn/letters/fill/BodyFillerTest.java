package org.cairn.letters.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.templates.MarkdownBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyFillerTest {
    private final BodyFiller filler = new BodyFiller();

    @Test
    void headingsParagraphsListsAndEmphasisBecomeLayoutBlocks() {
        FilledBody filled = filler.fill(new MarkdownBody("""
                # Subject for {{client.alias}}

                Dear {{recipient.name}},

                ## What we ask

                Please **register** her *today*.

                - one
                - two {{case.reference}}

                1. first
                2. second"""), Map.of("client.alias", "Amina", "recipient.name", "Dr Lee",
                "case.reference", "C-2026-0042"));

        assertThat(filled.subject()).contains("Subject for Amina");
        assertThat(filled.blocks()).containsExactly(
                Block.Paragraph.of("Dear Dr Lee,"),
                new Block.Heading(2, List.of(Inline.plain("What we ask"))),
                new Block.Paragraph(List.of(Inline.plain("Please "), Inline.bold("register"), Inline.plain(" her "),
                        Inline.italic("today"), Inline.plain("."))),
                new Block.BulletList(List.of(List.of(Inline.plain("one")), List.of(Inline.plain("two C-2026-0042")))),
                new Block.NumberedList(List.of(List.of(Inline.plain("first")), List.of(Inline.plain("second")))));
        assertThat(filled.used()).containsExactly("client.alias", "recipient.name", "case.reference");
        assertThat(filled.complete()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"**x**", "{{case.reference}}", "# h", "<script>alert(1)</script>", "[a](http://b)",
            "- item", "1. one", "`code`", "_y_", "\\*", "&amp;", "{{ client.alias }}", "---", "> quote"})
    void caseValuesAreInsertedAsPlainTextNeverAsMarkdownOrPlaceholders(String hostile) {
        FilledBody filled = filler.fill(new MarkdownBody("Name: {{client.alias}}\n\n**Bold {{client.alias}}**\n\n"
                + "- {{client.alias}}"), Map.of("client.alias", hostile, "case.reference", "C-2026-0001"));

        assertThat(filled.blocks()).containsExactly(
                Block.Paragraph.of("Name: " + hostile),
                new Block.Paragraph(List.of(Inline.bold("Bold " + hostile))),
                new Block.BulletList(List.of(List.of(Inline.plain(hostile)))));
        assertThat(filled.used()).containsExactly("client.alias");
    }

    @Test
    void aValueThatLooksLikeAHeadingDoesNotBecomeTheSubject() {
        FilledBody filled = filler.fill(new MarkdownBody("{{client.alias}}\n\nText"), Map.of("client.alias", "# h"));

        assertThat(filled.subject()).isEmpty();
        assertThat(filled.blocks().get(0)).isEqualTo(Block.Paragraph.of("# h"));
    }

    @Test
    void missingAndBlankValuesAreReportedByNameOnceInOrderOfUse() {
        Map<String, String> values = new HashMap<>();
        values.put("advocate.name", "  ");
        FilledBody filled = filler.fill(new MarkdownBody("{{client.nhsNumber}} {{advocate.name}}\n\n"
                + "{{client.nhsNumber}} {{today}}"), values);

        assertThat(filled.complete()).isFalse();
        assertThat(filled.missing()).containsExactly("client.nhsNumber", "advocate.name", "today");
        assertThat(filled.carried()).isEmpty();
    }

    @Test
    void carriedListsOnlyPlaceholdersThatReceivedAValue() {
        FilledBody filled = filler.fill(new MarkdownBody("{{client.phone}} {{case.nrpf}}"),
                Map.of("client.phone", "07700 900123"));

        assertThat(filled.carried()).containsExactly("client.phone");
        assertThat(filled.missing()).containsExactly("case.nrpf");
    }

    @Test
    void multiLineValuesStayOnOneLineInRunningText() {
        FilledBody filled = filler.fill(new MarkdownBody("At {{client.address}}."),
                Map.of("client.address", "1 High Street\r\nLeeds\n LS1 1AA\n"));

        assertThat(filled.blocks()).containsExactly(Block.Paragraph.of("At 1 High Street, Leeds, LS1 1AA."));
    }

    @Test
    void hardLineBreaksSplitParagraphsAndRawHtmlIsShownAsText() {
        FilledBody filled = filler.fill(new MarkdownBody("**To:** {{recipient.name}}  \n**Date:** {{today}}\n\n"
                + "<div>kept as text</div>"), Map.of("recipient.name", "GP", "today", "1 May 2026"));

        assertThat(filled.blocks()).containsExactly(
                new Block.Paragraph(List.of(Inline.bold("To:"), Inline.plain(" GP"))),
                new Block.Paragraph(List.of(Inline.bold("Date:"), Inline.plain(" 1 May 2026"))),
                Block.Paragraph.of("<div>kept as text</div>"));
    }

    @Test
    void nestedListItemsAreKeptInTheOuterList() {
        FilledBody filled = filler.fill(new MarkdownBody("- a\n  - b\n- c"), Map.of());

        assertThat(filled.blocks()).containsExactly(new Block.BulletList(List.of(List.of(Inline.plain("a")),
                List.of(Inline.plain("b")), List.of(Inline.plain("c")))));
    }

    @Test
    void rightToLeftAndIndicTextPassesThroughUnchanged() {
        String urdu = "آپ کی مدد کے لیے";
        String bengali = "আপনার সাহায্যের জন্য";
        FilledBody filled = filler.fill(new MarkdownBody(urdu + " {{client.alias}}\n\n" + bengali),
                Map.of("client.alias", "عائشہ"));

        assertThat(filled.blocks()).containsExactly(Block.Paragraph.of(urdu + " عائشہ"),
                Block.Paragraph.of(bengali));
    }
}
