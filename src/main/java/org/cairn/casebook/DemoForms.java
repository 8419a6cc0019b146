package org.cairn.casebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.vault.Tx;

/**
 * Gives some open demo cases a saved safety plan and a scored risk checklist, copied from two built-in
 * templates. The casebook may not depend on the templates package, so the files are read as resources and the
 * checklist's points are written out here; a test in the templates package checks every stored score against
 * the template's own scoring rule and the case's risk level.
 */
final class DemoForms {
    static final String PLAN = "plan-leaving";
    static final String CHECKLIST = "checklist-risk";
    private static final String FOLDER = "/org/cairn/templates/builtin/";
    /** Checklist items worth 3 points when answered yes; every other listed item is worth 1. */
    private static final List<String> SERIOUS = List.of("strangled", "weapon", "afraid-killed", "threats-to-kill");
    private static final List<String> ONE_POINT = List.of("injured", "sexual", "children-harmed", "afraid",
            "self-harm-threats", "family-abroad", "worse", "separation", "isolated", "jealous", "stalking", "money",
            "pregnant", "documents", "immigration-threats", "police-history");
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|version): (.+)$");

    private final Casebook casebook;
    private final LocalDate today;
    private final FormTemplate plan;
    private final FormTemplate checklist;

    DemoForms(Casebook casebook, LocalDate today) {
        this.casebook = casebook;
        this.today = today;
        this.plan = template(PLAN, "safety-plan");
        this.checklist = template(CHECKLIST, "risk-checklist");
    }

    /** About one open case in three gets both forms; MARAC decisions follow the case's level. */
    void write(Tx tx, SplittableRandom r, CaseFile file) throws SQLException {
        if (file.details().closedOn() != null || r.nextInt(3) != 0) {
            return;
        }
        CaseForm safety = casebook.forms().start(tx, file.id(), plan);
        casebook.forms().save(tx, safety.id(), planAnswers(r), null);
        if (r.nextBoolean()) {
            casebook.forms().setReview(tx, safety.id(), today.plusDays(7 + r.nextInt(21)),
                    "Review: " + plan.title());
        }
        CaseForm risk = casebook.forms().start(tx, file.id(), checklist);
        Map<String, String> answers = checklistAnswers(r, file.details().risk());
        FormVersion saved = casebook.forms().save(tx, risk.id(), answers, score(answers));
        if (file.details().risk() == RiskLevel.HIGH) {
            casebook.risk().decideMarac(tx, file.id(), risk.id(), saved.version(), MaracChoice.REFER, null);
        }
    }

    private Map<String, String> planAnswers(SplittableRandom r) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("safe-to-plan", "yes");
        answers.put("where-to-go", DemoCaseWriter.pick(r, List.of("Refuge, via the helpline", "Her sister in Leeds",
                "A friend from church", "Not decided yet")));
        for (String tick : List.of("bag-ready", "documents-copied", "trusted-person", "own-money", "call-999",
                "phone-check")) {
            if (r.nextInt(100) < 60) {
                answers.put(tick, "ticked");
            }
        }
        answers.put("children-plan", DemoCaseWriter.pick(r, List.of("Yes, all of them", "Some of them", "No",
                "No children")));
        answers.put("partner-visa", DemoCaseWriter.pick(r, List.of("yes", "no", "unknown")));
        answers.put("nrpf", DemoCaseWriter.pick(r, List.of("yes", "no", "unknown")));
        answers.put("safe-time", "Weekday mornings, when he is at work");
        return answers;
    }

    /** Answers whose total falls in the band of the case's level (thresholds 0, 8 and 14). */
    private static Map<String, String> checklistAnswers(SplittableRandom r, RiskLevel level) {
        int target = switch (level) {
            case STANDARD -> 1 + r.nextInt(6);
            case MEDIUM -> 8 + r.nextInt(6);
            case HIGH -> 14 + r.nextInt(7);
        };
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("private", "ticked");
        int total = 0;
        List<String> serious = new ArrayList<>(SERIOUS);
        Collections.shuffle(serious, new java.util.Random(r.nextLong()));
        for (String item : serious) {
            boolean yes = total + 3 <= target && r.nextInt(100) < 60;
            answers.put(item, yes ? "yes" : "no");
            total += yes ? 3 : 0;
        }
        for (String item : ONE_POINT) {
            boolean yes = total < target;
            answers.put(item, yes ? "yes" : r.nextInt(100) < 20 ? "unknown" : "no");
            total += yes ? 1 : 0;
        }
        return answers;
    }

    static int score(Map<String, String> answers) {
        int total = 0;
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if ("yes".equals(answer.getValue())) {
                total += SERIOUS.contains(answer.getKey()) ? 3 : ONE_POINT.contains(answer.getKey()) ? 1 : 0;
            }
        }
        return total;
    }

    private static FormTemplate template(String id, String kind) {
        String text = read(FOLDER + id + ".cairn-template");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            fields.putIfAbsent(matcher.group(1), matcher.group(2).strip());
        }
        return new FormTemplate(id, Integer.parseInt(fields.get("version")), kind, fields.get("title"), text);
    }

    private static String read(String resource) {
        try (InputStream in = DemoForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in template resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template resource " + resource, e);
        }
    }
}
