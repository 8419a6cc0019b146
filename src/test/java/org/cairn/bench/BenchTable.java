package org.cairn.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of a benchmark run, in Markdown: every figure with its spread, the alternative beside it, and its
 * target (docs/ARCHITECTURE.md) and verdict. Rows keep the order in which measures first appear, smallest casebook first.
 */
final class BenchTable {
    private final Map<String, List<BenchFigure>> byId = new LinkedHashMap<>();

    void add(BenchFigure figure) {
        byId.computeIfAbsent(figure.id(), id -> new ArrayList<>()).add(figure);
    }

    void addAll(List<BenchFigure> figures) {
        figures.forEach(this::add);
    }

    List<BenchFigure> figures() {
        List<BenchFigure> all = new ArrayList<>();
        for (List<BenchFigure> same : byId.values()) {
            same.stream().sorted(Comparator.comparingInt(BenchFigure::cases)).forEach(all::add);
        }
        return all;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | cases | median | spread (min–max, runs) | side by side | target | verdict |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (BenchFigure f : figures()) {
            Optional<Target> target = Targets.forFigure(f);
            String targetText = target.map(Target::text).orElse(Targets.forId(f.id()).map(Target::text).orElse(""));
            String verdict = target.map(t -> t.verdict(f)).orElse("");
            out.append("| ").append(f.label())
                    .append(" | ").append(f.cases() == 0 ? "" : String.format(Locale.ROOT, "%,d", f.cases()))
                    .append(" | ").append(f.measured() ? value(f.median(), f.unit()) : "skipped: " + f.note())
                    .append(" | ").append(f.measured() ? spread(f) : "")
                    .append(" | ").append(f.beside())
                    .append(" | ").append(targetText)
                    .append(" | ").append(verdict).append(" |\n");
        }
        return out.toString();
    }

    /** How each measure was taken, once per distinct note, naming the measures it covers. */
    String notes() {
        Map<String, Set<String>> labelsByNote = new LinkedHashMap<>();
        for (BenchFigure f : figures()) {
            if (f.measured() && !f.note().isEmpty()) {
                labelsByNote.computeIfAbsent(f.note(), n -> new LinkedHashSet<>()).add(f.label());
            }
        }
        StringBuilder out = new StringBuilder();
        labelsByNote.forEach((note, labels) -> out.append("- ").append(String.join("; ", labels)).append(": ")
                .append(note).append('\n'));
        return out.toString();
    }

    /** Targets whose casebook size was not part of this run (a quick run), so they have no verdict. */
    List<String> unjudged() {
        List<String> missing = new ArrayList<>();
        for (Target t : Targets.DESIGN) {
            boolean judged = figures().stream().anyMatch(f -> f.measured() && t.appliesTo(f));
            if (!judged) {
                missing.add(t.what() + " " + t.text());
            }
        }
        return missing;
    }

    static String value(double v, String unit) {
        String number;
        if (unit.equals("×")) {
            number = String.format(Locale.ROOT, "%.2f", v);
            return number + "×";
        }
        if (Math.abs(v) >= 100) {
            number = String.format(Locale.ROOT, "%,.0f", v);
        } else if (Math.abs(v) >= 10) {
            number = String.format(Locale.ROOT, "%.1f", v);
        } else {
            number = String.format(Locale.ROOT, "%.2f", v);
        }
        return number + " " + unit;
    }

    private static String spread(BenchFigure f) {
        if (f.runs() <= 1) {
            return "one run";
        }
        return value(f.low(), f.unit()) + " – " + value(f.high(), f.unit()) + ", " + f.runs();
    }
}
