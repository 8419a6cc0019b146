package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructureProblemsTest {
    private static final String HEAD = Samples.PLAN.substring(0, Samples.PLAN.indexOf("## first"));
    private static final int FIRST = 16; // the first body line in HEAD + body

    @Test
    void aPlanReadsIntoSectionsAndItems() {
        StructuredBody body = (StructuredBody) Problems.valid(Samples.PLAN).body();
        assertThat(body.sections()).hasSize(1);
        Section section = body.sections().get(0);
        assertThat(section.guidance()).isEqualTo("Go gently.");
        assertThat(section.items()).extracting(Item::id).containsExactly("bag", "where", "review");
        assertThat(section.items().get(1).choices()).containsExactly("Refuge", "Family", "Other");
        assertThat(section.items().get(0).guidance()).isEqualTo("With someone trusted.");
    }

    @Test
    void duplicateIdsUnknownTypesAndBadChoiceListsAreAllReported() {
        String text = HEAD + """
                ## first: First
                - [tick] bag: Bag
                - [tick] bag: Bag again
                - [checkbox] other: Other
                - [choice] one: Only one choice
                  choices: Yes
                - [choice] twice: Twice
                  choices: Yes | yes |  | No
                - [choice] none: No list
                - [tick] extra: Choices on a tick
                  choices: A | B
                ## first: Same id again
                - [date] when: When
                """;
        assertThat(Problems.printed(text)).isEqualTo("""
                %d:1: The item id bag is already used on line %d. Give every item its own id.
                %d:4: Unknown item type 'checkbox'. Use tick, yes-no-unknown, short-text, long-text, choice or date.
                %d:12: A choice list needs at least two choices, separated by |.
                %d:12: The choice 'yes' is listed twice. Each choice must be different.
                %d:12: The choice list has an empty choice. Separate choices with | and write something between \
                each pair.
                %d:1: A choice item needs a choices line, such as '  choices: Often | Sometimes | Never'.
                %d:12: Only choice items have choices. Delete this line or make the item [choice].
                %d:1: The section id first is already used on line %d. Give every section its own id."""
                .formatted(FIRST + 2, FIRST + 1, FIRST + 3, FIRST + 5, FIRST + 7, FIRST + 7, FIRST + 8,
                        FIRST + 10, FIRST + 11, FIRST));
    }

    @Test
    void linesOutOfPlaceSayWhereTheyBelong() {
        String text = HEAD + """
                - [tick] early: Before any section
                # single: Hash
                ## nosep
                ## s: Section
                   guidance: three spaces
                Just some prose.
                - [tick] t: Tick
                  colour: blue
                  guidance: Fine.
                  guidance: Twice.
                guidance: too late
                - [short-text] x
                - [tick] Bad Id: Text
                ## empty: Empty section
                """;
        assertThat(Problems.printed(text)).isEqualTo("""
                %d:1: This item is not in a section. Add a line '## section-id: Title' above it.
                %d:1: Section headings start with two hashes: '## section-id: Title'.
                %d:1: Section headings look like '## section-id: Title', with an id, a colon and a title.
                %d:1: Indent item details (guidance, choices, score) with exactly two spaces, and start other \
                lines at the beginning of the line.
                %d:1: This line is not a section, an item or an item detail. Start it with '## ' for a section or \
                '- [tick] ' (or another type) for an item, or indent it by two spaces as a detail such as \
                '  guidance: …'.
                %d:3: Unknown detail 'colour' for this item. Use choices, guidance or score.
                %d:3: This item already has a guidance line (line %d). Keep only one.
                %d:1: A guidance line without indent belongs right under a section heading. For an item, indent \
                it by two spaces.
                %d:16: After the type come the item id, a colon and the text. Items look like: - [tick] item-id: \
                What to do.
                %d:10: The item id 'Bad Id' is not usable. Use up to 64 lower-case letters, digits and single \
                hyphens, starting with a letter, such as plan-leaving.
                %d:1: This section has no items. Add items below it, or delete it."""
                .formatted(FIRST, FIRST + 1, FIRST + 2, FIRST + 4, FIRST + 5, FIRST + 7, FIRST + 9, FIRST + 8,
                        FIRST + 10, FIRST + 11, FIRST + 12, FIRST + 13));
    }

    @Test
    void plansHaveNoPlaceholdersScoresOrThresholds() {
        String text = Samples.PLAN.replace("Keep a bag ready.", "Keep {{client.alias}}'s bag ready.")
                .replace("  guidance: With someone trusted.", "  score: ticked = 1")
                + "\nthreshold: 1\n  level: high\n";
        assertThat(Problems.printed(text)).contains(
                "Placeholders such as {{client.alias}} only work in referral and letter bodies",
                "Only risk checklists score answers.", "Only risk checklists have thresholds.");
    }

    @Test
    void anEmptyBodyNeedsASection() {
        assertThat(Problems.printed(HEAD)).isEqualTo("15:1: A safety-plan needs at least one section: a line "
                + "'## section-id: Title' followed by items.");
    }
}
