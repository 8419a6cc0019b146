package org.cairn.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code - [type] id: text} lines and, once their details are in, checks and builds the item. */
final class ItemReader {
    static final Set<String> DETAILS = Set.of("guidance", "choices", "score");
    private static final Pattern ITEM = Pattern.compile("-\\s*\\[([^\\]]*)\\](.*)");
    private static final int MAX_CHOICE = 200;
    private static final String FORM = " Items look like: - [tick] item-id: What to do.";

    private final TemplateKind kind;

    ItemReader(TemplateKind kind) {
        this.kind = kind;
    }

    ItemDraft start(SourceLine line, ProblemList problems) {
        ItemDraft draft = new ItemDraft(line.number());
        String text = line.text();
        Matcher matcher = ITEM.matcher(text);
        if (!matcher.matches()) {
            problems.add(line.number(), 1, "This item has no type in square brackets." + FORM);
            return draft;
        }
        String type = matcher.group(1).strip();
        draft.type = Tokens.parse(ItemType.class, type).orElse(null);
        if (draft.type == null) {
            problems.add(line.number(), line.column(matcher.start(1)), "Unknown item type '"
                    + HeaderValues.shorten(type) + "'. Use " + Tokens.choices(ItemType.class) + ".");
        }
        String rest = matcher.group(2);
        int colon = rest.indexOf(':');
        int restColumn = line.column(matcher.start(2) + (rest.length() - rest.stripLeading().length()));
        if (colon < 0) {
            problems.add(line.number(), restColumn, "After the type come the item id, a colon and the text." + FORM);
            return draft;
        }
        draft.id = HeaderValues.id(rest.substring(0, colon).strip(), "The item id",
                m -> problems.add(line.number(), restColumn, m));
        draft.text = rest.substring(colon + 1).strip();
        if (draft.text.isEmpty()) {
            problems.add(line.number(), line.column(matcher.start(2) + colon + 1), "This item has no text. Write "
                    + "the question or action after the colon.");
            draft.text = null;
        }
        return draft;
    }

    /** The finished item, or empty when something about it was reported. */
    Optional<Item> finish(ItemDraft draft, ProblemList problems) {
        boolean ok = draft.type != null && draft.id != null && draft.text != null;
        ItemDraft.Attribute guidance = draft.attribute("guidance");
        ItemDraft.Attribute choices = draft.attribute("choices");
        ItemDraft.Attribute score = draft.attribute("score");
        if (draft.type == ItemType.CHOICE && choices == null) {
            problems.add(draft.line, 1, "A choice item needs a choices line, such as '  choices: Often | "
                    + "Sometimes | Never'.");
            ok = false;
        }
        if (draft.type != null && draft.type != ItemType.CHOICE && choices != null) {
            problems.add(choices.line(), choices.column(), "Only choice items have choices. Delete this line or "
                    + "make the item [choice].");
            ok = false;
        }
        if (choices != null) {
            List<String> parsed = choices(choices, problems);
            ok &= parsed != null;
            draft.choices = parsed == null ? List.of() : parsed; // a broken list is reported; scores skip it
        }
        List<Score> scores = List.of();
        if (score != null) {
            scores = scores(score, draft, problems);
            ok &= scores != null;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Item(draft.id, draft.type, draft.text, guidance == null ? "" : guidance.value(),
                draft.choices, scores));
    }

    private static List<String> choices(ItemDraft.Attribute attribute, ProblemList problems) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String part : attribute.value().split("\\|", -1)) {
            String choice = part.strip();
            if (choice.isEmpty()) {
                problems.add(attribute.line(), attribute.column(), "The choice list has an empty choice. Separate "
                        + "choices with | and write something between each pair.");
                ok = false;
            } else if (choice.codePointCount(0, choice.length()) > MAX_CHOICE) {
                problems.add(attribute.line(), attribute.column(), "A choice is longer than " + MAX_CHOICE
                        + " characters. Shorten it and put the explanation in the guidance.");
                ok = false;
            } else if (!seen.add(choice.toLowerCase(Locale.ROOT))) {
                problems.add(attribute.line(), attribute.column(), "The choice '" + HeaderValues.shorten(choice)
                        + "' is listed twice. Each choice must be different.");
                ok = false;
            }
            result.add(choice);
        }
        if (ok && result.size() < 2) {
            problems.add(attribute.line(), attribute.column(), "A choice list needs at least two choices, "
                    + "separated by |.");
            ok = false;
        }
        return ok ? result : null;
    }

    private List<Score> scores(ItemDraft.Attribute attribute, ItemDraft draft, ProblemList problems) {
        if (kind != TemplateKind.RISK_CHECKLIST) {
            problems.add(attribute.line(), attribute.column(), "Only risk checklists score answers. Delete this "
                    + "score line, or make the template kind: risk-checklist.");
            return null;
        }
        return draft.type == null ? null : new ScoreReader().read(attribute, draft, problems);
    }
}
