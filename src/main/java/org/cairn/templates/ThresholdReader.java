package org.cairn.templates;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cairn.casebook.RiskLevel;

/** Reads {@code threshold: N} blocks with their level, optional MARAC suggestion and guidance. */
final class ThresholdReader {
    static final Set<String> DETAILS = Set.of("level", "suggest", "guidance");
    static final String MARAC = "marac-referral";
    private static final Pattern MINIMUM = Pattern.compile("0|[1-9][0-9]{0,3}");

    ItemDraft start(SourceLine line, ProblemList problems) {
        ItemDraft draft = new ItemDraft(line.number());
        String text = line.text();
        String raw = text.substring(text.indexOf(':') + 1);
        String value = raw.strip();
        if (MINIMUM.matcher(value).matches()) {
            draft.id = value;
        } else {
            problems.add(line.number(), line.column(text.indexOf(':') + 1), "A threshold is the lowest total "
                    + "score it applies to, a whole number from 0 to 9999, such as 'threshold: 14'.");
        }
        return draft;
    }

    Optional<Threshold> finish(ItemDraft draft, ProblemList problems) {
        ItemDraft.Attribute level = draft.attribute("level");
        ItemDraft.Attribute suggest = draft.attribute("suggest");
        ItemDraft.Attribute guidance = draft.attribute("guidance");
        boolean ok = draft.id != null;
        RiskLevel risk = null;
        if (level == null) {
            problems.add(draft.line, 1, "This threshold has no level. Add '  level: standard', medium or high "
                    + "below it.");
            ok = false;
        } else {
            risk = Tokens.parse(RiskLevel.class, level.value()).orElse(null);
            if (risk == null) {
                problems.add(level.line(), level.column(), "Unknown level '" + HeaderValues.shorten(level.value())
                        + "'. Use " + Tokens.choices(RiskLevel.class) + ".");
                ok = false;
            }
        }
        if (suggest != null && !suggest.value().equals(MARAC)) {
            problems.add(suggest.line(), suggest.column(), "The only suggestion a threshold can make is "
                    + MARAC + ". Write '  suggest: " + MARAC + "' or delete the line.");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Threshold(Integer.parseInt(draft.id), risk, suggest != null,
                guidance == null ? "" : guidance.value()));
    }
}
