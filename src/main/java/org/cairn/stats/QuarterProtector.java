package org.cairn.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Protects all tables of one quarter together. Tables share margins (every "open cases" table has the same grand
 * total; the immigration column totals of each evidence-gap table are the cells of the immigration table), so a
 * cell hidden in one table but shown in another would be no protection at all. Every position is mapped to the
 * set of cases it counts; equal sets become one variable with one decision, and the suppression runs over the
 * equations of all tables at once, so combining this quarter's tables does not reveal a hidden cell either.
 */
final class QuarterProtector {
    private final CellProtection cells;
    private final SecondarySuppression secondary;
    private final IntervalAudit intervals;

    /** With the interval audit, as every publication runs (ADR 0034). */
    QuarterProtector(CellProtection cells, SecondarySuppression secondary) {
        this(cells, secondary, new IntervalAudit());
    }

    /** @param intervals the interval audit, or null to stop after the exact equation check */
    QuarterProtector(CellProtection cells, SecondarySuppression secondary, IntervalAudit intervals) {
        this.cells = cells;
        this.secondary = secondary;
        this.intervals = intervals;
    }

    /** Fails when two tables give the same set of cases different counts or cell keys (never from one casebook). */
    static void requireConsistent(List<ExactTable> tables) {
        new Variables(tables);
    }

    /** The published cells of each table, position by position, with the cell keys as counted. */
    Map<TableSpec, List<PublishedCell>> protect(List<ExactTable> tables) {
        return protect(tables, signature -> 0);
    }

    /** As {@link #protect(List)}, each cell key moved by an offset for its set of cases (fresh noise, ADR 0026). */
    Map<TableSpec, List<PublishedCell>> protect(List<ExactTable> tables, ToIntFunction<String> keyOffsets) {
        Variables joint = new Variables(tables);
        List<Long> keys = joint.keys;
        List<int[]> positions = joint.positions;
        long[] count = joint.counts.stream().mapToLong(Long::longValue).toArray();
        boolean[] small = new boolean[count.length];
        boolean[] firstHidden = new boolean[count.length];
        int threshold = cells.settings().threshold();
        for (int v = 0; v < count.length; v++) {
            small[v] = cells.isSmall(count[v]);
            // A pooled cell that organisations' own figures could be subtracted from (ADR 0052) is hidden from the
            // start; not being small, it is audited as a cell hidden to protect another.
            firstHidden[v] = small[v] || joint.parts.get(v) != null
                    && ContributionRule.isolatesSmallGroup(joint.parts.get(v), threshold);
        }
        List<Line> lines = jointLines(tables, positions, null);
        boolean[] hidden = secondary.protect(lines, count, small, firstHidden);
        List<PublishedCell> variables = publish(joint, count, small, hidden, keyOffsets);
        if (intervals != null) {
            // Equations alone are not enough: published ranges and the bounds 0..T-1 can still pin a hidden count.
            List<Line> equalities = jointLines(tables, positions, false);
            List<Line> coverings = jointLines(tables, positions, true);
            PublishedRanges ranges = new PublishedRanges(cells.settings());
            List<Integer> failing;
            IntervalAudit.Memory memory = new IntervalAudit.Memory();
            while (!(failing = intervals.failing(equalities, coverings, variables, count, cells.settings().threshold(),
                    ranges, memory)).isEmpty()) {
                if (!secondary.hideMore(failing, lines, count, hidden)) {
                    throw new DisclosureRefusedException(tables.get(0).quarter(), describe(tables, positions, failing));
                }
                hidden = secondary.protect(lines, count, small, hidden);
                variables = publish(joint, count, small, hidden, keyOffsets);
            }
        }
        Map<TableSpec, List<PublishedCell>> published = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            List<PublishedCell> out = new ArrayList<>();
            for (int v : positions.get(t)) {
                out.add(variables.get(v));
            }
            published.put(tables.get(t).spec(), out);
        }
        return published;
    }

    /** Where the failing variables are shown: table ids and category codes only, never counts. */
    private static String describe(List<ExactTable> tables, List<int[]> positions, List<Integer> failing) {
        List<String> places = new ArrayList<>();
        for (int t = 0; t < tables.size() && places.size() < 3; t++) {
            Layout layout = tables.get(t).layout();
            int[] vars = positions.get(t);
            for (int p = 0; p < vars.length && places.size() < 3; p++) {
                if (failing.contains(vars[p])) {
                    String column = layout.columnCodes().get(p);
                    places.add(tables.get(t).spec().id() + " (" + layout.rowCodes().get(p)
                            + (column == null ? "" : ", " + column) + ")");
                }
            }
        }
        return "the counts of " + tables.get(0).quarter() + " cannot be published safely: a hidden count in "
                + String.join("; ", places) + " could still be narrowed from the published numbers, and no more "
                + "cells can be hidden. Nothing was written. Publish with a larger threshold or rounding base, or "
                + "wait until the quarter holds more cases";
    }

    private List<PublishedCell> publish(Variables joint, long[] count, boolean[] small, boolean[] hidden,
            ToIntFunction<String> keyOffsets) {
        List<PublishedCell> out = new ArrayList<>();
        for (int v = 0; v < count.length; v++) {
            out.add(small[v] ? PublishedCell.suppressed(CellStatus.SMALL)
                    : hidden[v] ? PublishedCell.suppressed(CellStatus.PROTECTING)
                    : cells.publish(count[v], joint.keys.get(v) + keyOffsets.applyAsInt(joint.signatures.get(v))));
        }
        return out;
    }

    /**
     * Every table's lines over the joint variables. {@code covering}: null for all lines (the exact check treats
     * them all as equations, which can only hide more), true for those of multi-valued tables only (a case may sit
     * in several cells, so the cells add up to at least the total), false for the others.
     */
    private static List<Line> jointLines(List<ExactTable> tables, List<int[]> positions, Boolean covering) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            TableSpec spec = tables.get(t).spec();
            boolean multi = spec.rows() != null && spec.rows().multiValued();
            if (covering != null && covering != multi) {
                continue;
            }
            int[] vars = positions.get(t);
            for (Line line : tables.get(t).layout().lines()) {
                List<Integer> members = line.members().stream().map(m -> vars[m]).sorted().toList();
                Line mapped = new Line(vars[line.total()], members);
                lines.putIfAbsent(mapped.total() + "=" + members, mapped);
            }
        }
        return List.copyOf(lines.values());
    }

    /** The set of cases a position counts: its population and the categories it is restricted to. */
    static String signature(TableSpec spec, Layout layout, int position) {
        TreeSet<String> terms = new TreeSet<>();
        String row = layout.rowCodes().get(position);
        String column = layout.columnCodes().get(position);
        if (spec.rows() != null && !Layout.TOTAL.equals(row)) {
            terms.add(spec.rows().code() + "=" + row);
        }
        if (spec.columns() != null && !Layout.TOTAL.equals(column)) {
            terms.add(spec.columns().code() + "=" + column);
        }
        return spec.population() + "|" + String.join("&", terms);
    }

    /** Every position mapped to a variable: one per distinct set of cases, with its count and cell key. */
    private static final class Variables {
        final List<Long> counts = new ArrayList<>();
        final List<Long> keys = new ArrayList<>();
        final List<int[]> positions = new ArrayList<>();
        final List<String> signatures = new ArrayList<>();
        final List<long[]> parts = new ArrayList<>();

        Variables(List<ExactTable> tables) {
            Map<String, Integer> variables = new LinkedHashMap<>();
            for (ExactTable table : tables) {
                int[] vars = new int[table.layout().size()];
                for (int p = 0; p < vars.length; p++) {
                    String signature = signature(table.spec(), table.layout(), p);
                    Integer known = variables.get(signature);
                    if (known == null) {
                        known = variables.size();
                        variables.put(signature, known);
                        counts.add(table.counts()[p]);
                        signatures.add(signature);
                        keys.add(table.keySums()[p]);
                        parts.add(table.parts() == null ? null : table.parts()[p]);
                    } else if (counts.get(known) != table.counts()[p] || keys.get(known) != table.keySums()[p]) {
                        throw new IllegalStateException("two tables disagree about the same cases (" + signature
                                + ")");
                    }
                    vars[p] = known;
                }
                positions.add(vars);
            }
        }
    }
}
