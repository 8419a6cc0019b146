package org.cairn.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plan or checklist body line by line. Every line is one of: blank, {@code ## id: Title}, a section's
 * {@code guidance: …}, {@code - [type] id: text}, {@code threshold: N}, or a two-space-indented detail line.
 */
final class StructuredBodyParser {
    private final TemplateKind kind;
    private final ItemReader items;
    private final ThresholdReader thresholds = new ThresholdReader();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<ItemDraft> thresholdDrafts = new ArrayList<>();
    private final Map<String, Integer> sectionIds = new HashMap<>();
    private final Map<String, Integer> itemIds = new HashMap<>();
    private ItemDraft open;
    private boolean openIsThreshold;

    StructuredBodyParser(TemplateKind kind) {
        this.kind = kind;
        this.items = new ItemReader(kind);
    }

    /** A section while its items are read. */
    private static final class SectionDraft {
        final int line;
        String id;
        String title;
        String guidance = "";
        Integer guidanceLine;
        final List<ItemDraft> items = new ArrayList<>();

        SectionDraft(int line) {
            this.line = line;
        }
    }

    Optional<StructuredBody> parse(List<SourceLine> lines, int start, int separatorLine, ProblemList problems) {
        for (int i = start; i < lines.size(); i++) {
            line(lines.get(i), problems);
        }
        int firstBodyLine = start < lines.size() ? lines.get(start).number() : separatorLine;
        return new StructureCheck(kind, items, thresholds).finish(toParts(), thresholdDrafts, firstBodyLine,
                problems);
    }

    private List<StructureCheck.SectionParts> toParts() {
        List<StructureCheck.SectionParts> parts = new ArrayList<>();
        for (SectionDraft s : sections) {
            parts.add(new StructureCheck.SectionParts(s.line, s.id, s.title, s.guidance, s.items));
        }
        return parts;
    }

    private void line(SourceLine line, ProblemList problems) {
        String text = line.text().stripTrailing();
        if (text.isEmpty() || problems.full()) {
            return;
        }
        int braces = text.indexOf("{{");
        if (braces >= 0) {
            problems.add(line.number(), line.column(braces), "Placeholders such as {{client.alias}} only work in "
                    + "referral and letter bodies; plans and checklists never carry case data. Remove it.");
        }
        if (text.startsWith("  ") && !text.startsWith("   ")) {
            detail(line, problems);
        } else if (text.startsWith(" ")) {
            problems.add(line.number(), 1, "Indent item details (guidance, choices, score) with exactly two "
                    + "spaces, and start other lines at the beginning of the line.");
        } else if (text.startsWith("##")) {
            section(line, text, problems);
        } else if (text.startsWith("#")) {
            problems.add(line.number(), 1, "Section headings start with two hashes: '## section-id: Title'.");
        } else if (text.startsWith("-")) {
            ItemDraft item = items.start(line, problems);
            if (!thresholdDrafts.isEmpty()) {
                problems.add(line.number(), 1, "Items must come before the thresholds. Move the threshold lines to "
                        + "the end of the file.");
            }
            if (sections.isEmpty()) {
                problems.add(line.number(), 1, "This item is not in a section. Add a line '## section-id: Title' "
                        + "above it.");
            } else {
                sections.get(sections.size() - 1).items.add(item);
                remember(item.id, line.number(), itemIds, "item", problems);
            }
            open = item;
            openIsThreshold = false;
        } else if (text.startsWith("guidance:")) {
            sectionGuidance(line, text, problems);
        } else if (text.startsWith("threshold:")) {
            threshold(line, problems);
        } else {
            problems.add(line.number(), 1, "This line is not a section, an item or an item detail. Start it with "
                    + "'## ' for a section or '- [tick] ' (or another type) for an item, or indent it by two "
                    + "spaces as a detail such as '  guidance: …'.");
        }
    }

    private void section(SourceLine line, String text, ProblemList problems) {
        SectionDraft section = new SectionDraft(line.number());
        String rest = text.substring(2);
        int colon = rest.indexOf(':');
        if (!thresholdDrafts.isEmpty()) {
            problems.add(line.number(), 1, "Sections must come before the thresholds. Move the threshold lines to "
                    + "the end of the file.");
        }
        if (colon < 0 || rest.substring(colon + 1).isBlank()) {
            problems.add(line.number(), 1, "Section headings look like '## section-id: Title', with an id, a colon "
                    + "and a title.");
        } else {
            String id = rest.substring(0, colon).strip();
            int idColumn = line.column(2 + (id.isEmpty() ? colon : rest.indexOf(id)));
            section.id = HeaderValues.id(id, "The section id", m -> problems.add(line.number(), idColumn, m));
            section.title = rest.substring(colon + 1).strip();
            remember(section.id, line.number(), sectionIds, "section", problems);
        }
        sections.add(section);
        open = null;
    }

    private void sectionGuidance(SourceLine line, String text, ProblemList problems) {
        SectionDraft section = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        if (section == null || !section.items.isEmpty() || open != null || !thresholdDrafts.isEmpty()) {
            problems.add(line.number(), 1, "A guidance line without indent belongs right under a section heading. "
                    + "For an item, indent it by two spaces.");
        } else if (section.guidanceLine != null) {
            problems.add(line.number(), 1, "This section already has guidance (line " + section.guidanceLine
                    + "). Keep only one guidance line.");
        } else {
            section.guidanceLine = line.number();
            section.guidance = text.substring("guidance:".length()).strip();
            if (section.guidance.isEmpty()) {
                problems.add(line.number(), 10, "The guidance line has no text. Write it after the colon, or "
                        + "delete the line.");
            }
        }
    }

    private void threshold(SourceLine line, ProblemList problems) {
        if (kind != TemplateKind.RISK_CHECKLIST) {
            problems.add(line.number(), 1, "Only risk checklists have thresholds. Delete this line, or make the "
                    + "template kind: risk-checklist.");
        }
        open = thresholds.start(line, problems);
        openIsThreshold = true;
        thresholdDrafts.add(open);
    }

    private void detail(SourceLine line, ProblemList problems) {
        if (open == null) {
            problems.add(line.number(), 1, "This indented detail line belongs to no item. Put it straight under "
                    + "an item or threshold line.");
            return;
        }
        if (openIsThreshold) {
            BlockReader.attribute(line, open, ThresholdReader.DETAILS, "threshold", problems);
        } else {
            BlockReader.attribute(line, open, ItemReader.DETAILS, "item", problems);
        }
    }

    private static void remember(String id, int line, Map<String, Integer> seen, String what,
            ProblemList problems) {
        if (id == null) {
            return;
        }
        Integer earlier = seen.putIfAbsent(id, line);
        if (earlier != null) {
            problems.add(line, 1, "The " + what + " id " + id + " is already used on line " + earlier + ". Give "
                    + "every " + what + " its own id.");
        }
    }
}
