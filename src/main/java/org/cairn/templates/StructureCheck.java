package org.cairn.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.casebook.RiskLevel;

/** Checks a plan or checklist as a whole once every line is read, and builds its body. */
final class StructureCheck {
    private final TemplateKind kind;
    private final ItemReader items;
    private final ThresholdReader thresholds;

    StructureCheck(TemplateKind kind, ItemReader items, ThresholdReader thresholds) {
        this.kind = kind;
        this.items = items;
        this.thresholds = thresholds;
    }

    /** A section as read: its heading fields (null when broken) and its item drafts. */
    record SectionParts(int line, String id, String title, String guidance, List<ItemDraft> items) {
    }

    Optional<StructuredBody> finish(List<SectionParts> parts, List<ItemDraft> thresholdDrafts, int firstLine,
            ProblemList problems) {
        boolean ok = true;
        if (parts.isEmpty()) {
            problems.add(firstLine, 1, "A " + kind.token() + " needs at least one section: a line '## section-id: "
                    + "Title' followed by items.");
            ok = false;
        }
        List<Section> sections = new ArrayList<>();
        for (SectionParts part : parts) {
            if (part.items().isEmpty() && part.id() != null) {
                problems.add(part.line(), 1, "This section has no items. Add items below it, or delete it.");
                ok = false;
            }
            List<Item> built = new ArrayList<>();
            for (ItemDraft draft : part.items()) {
                Optional<Item> item = items.finish(draft, problems);
                item.ifPresent(built::add);
                ok &= item.isPresent();
            }
            if (part.id() == null || part.title() == null) {
                ok = false;
            } else if (ok) {
                sections.add(new Section(part.id(), part.title(), part.guidance(), built));
            }
        }
        boolean itemsOk = ok;
        List<Threshold> built = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (ItemDraft draft : thresholdDrafts) {
            Optional<Threshold> threshold = thresholds.finish(draft, problems);
            threshold.ifPresent(built::add);
            threshold.ifPresent(t -> lines.add(draft.line));
            ok &= threshold.isPresent();
        }
        if (kind == TemplateKind.RISK_CHECKLIST) {
            // Checked even when some lines were broken, so the author sees every problem at once; the maximum
            // score is only known when every item was read.
            Integer maximum = itemsOk ? new StructuredBody(sections, List.of()).maximumScore() : null;
            ok &= scoringHolds(built, lines, maximum, thresholdDrafts.isEmpty(), firstLine, problems);
        }
        return ok ? Optional.of(new StructuredBody(sections, built)) : Optional.empty();
    }

    private static boolean scoringHolds(List<Threshold> thresholds, List<Integer> lines, Integer maximum,
            boolean noThresholds, int firstLine, ProblemList problems) {
        boolean ok = true;
        if (maximum != null && maximum == 0) {
            problems.add(firstLine, 1, "A risk checklist needs at least one scored item: add a line such as "
                    + "'  score: yes = 1' under an item.");
            ok = false;
        }
        if (noThresholds) {
            problems.add(firstLine, 1, "A risk checklist needs at least one threshold at the end, such as "
                    + "'threshold: 14' with '  level: high' below it.");
            ok = false;
        }
        Threshold previous = null;
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            int line = lines.get(i);
            if (previous != null && threshold.minimum() <= previous.minimum()) {
                problems.add(line, 1, "Thresholds must rise: this one (" + threshold.minimum() + ") must be higher "
                        + "than the one before it (" + previous.minimum() + ").");
                ok = false;
            } else if (previous != null && !above(threshold.level(), previous.level())) {
                problems.add(line, 1, "A higher threshold must give a higher level than the one before it ("
                        + Tokens.of(previous.level()) + ").");
                ok = false;
            }
            if (maximum != null && maximum > 0 && threshold.minimum() > maximum) {
                problems.add(line, 1, "This threshold can never be reached: the highest total this checklist can "
                        + "give is " + maximum + ". Lower it or score more answers.");
                ok = false;
            }
            previous = threshold;
        }
        return ok;
    }

    private static boolean above(RiskLevel level, RiskLevel previous) {
        return level.compareTo(previous) > 0;
    }
}
