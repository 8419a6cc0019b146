package org.cairn.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a score line, {@code answer = points | answer = points}, against the answers the item can take. */
final class ScoreReader {
    static final int MAX_POINTS = 100;
    private static final Pattern POINTS = Pattern.compile("[1-9][0-9]{0,2}");

    List<Score> read(ItemDraft.Attribute attribute, ItemDraft draft, ProblemList problems) {
        List<String> answers = draft.type.scorableAnswers(draft.choices);
        if (draft.type == ItemType.CHOICE && answers.isEmpty()) {
            return null; // the missing or broken choice list is reported already
        }
        if (answers.isEmpty() && draft.type != ItemType.CHOICE) {
            problems.add(attribute.line(), attribute.column(), "A " + draft.type.token() + " item cannot be scored. "
                    + "Delete the score line, or use a tick, yes-no-unknown or choice item.");
            return null;
        }
        List<Score> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (String part : attribute.value().split("\\|", -1)) {
            int equals = part.lastIndexOf('=');
            String answer = equals < 0 ? "" : part.substring(0, equals).strip();
            String points = equals < 0 ? "" : part.substring(equals + 1).strip();
            if (answer.isEmpty() || !POINTS.matcher(points).matches() || Integer.parseInt(points) > MAX_POINTS) {
                problems.add(attribute.line(), attribute.column(), "Each scored answer looks like 'yes = 1': the "
                        + "answer, an equals sign and a whole number of points from 1 to " + MAX_POINTS
                        + ". Separate several with |.");
                ok = false;
            } else if (!answers.contains(answer)) {
                problems.add(attribute.line(), attribute.column(), "'" + HeaderValues.shorten(answer) + "' is not "
                        + "an answer this item can take. Score one of: " + String.join(", ", answers) + ".");
                ok = false;
            } else if (!seen.add(answer)) {
                problems.add(attribute.line(), attribute.column(), "The answer '" + HeaderValues.shorten(answer)
                        + "' is scored twice. Score each answer once.");
                ok = false;
            } else {
                scores.add(new Score(answer, Integer.parseInt(points)));
            }
        }
        return ok ? scores : null;
    }
}
