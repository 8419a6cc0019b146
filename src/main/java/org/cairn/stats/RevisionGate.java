package org.cairn.stats;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Reader;

/**
 * Decides whether a quarter may be published again (ADR 0026). Two publications of one quarter can always be
 * compared; the comparison must not be explainable by one or a few cases. A revision is allowed only when the
 * exact counts prove that at least the threshold of cases differ from every earlier publication of the quarter,
 * and it is then perturbed afresh, so that unchanged cells move as well and no cell's movement points at a case.
 */
final class RevisionGate {
    /** Said before anything is written, on the screen and by {@code --revise}. */
    static final String EXPLANATION = "A revision is published only when at least the threshold of cases changed "
            + "in that quarter since every earlier publication of it, and every number is then perturbed afresh. "
            + "So comparing the two versions cannot point at the cells of one changed case. One late correction "
            + "on its own waits until enough other changes have gathered; the published version stays as it is.";

    private final ExactSnapshots snapshots;

    RevisionGate(ExactSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Throws {@link RevisionRefusedException} unless {@code now} may be published as {@code revision}. */
    void require(Reader reader, Quarter quarter, int revision, int threshold, List<ExactTable> now)
            throws SQLException {
        for (int earlier = 0; earlier < revision; earlier++) {
            Map<String, long[]> before = snapshots.counts(reader, quarter, earlier);
            if (before.isEmpty()) {
                throw new RevisionRefusedException(CountsProblem.REVISION_UNCHECKABLE, quarter + " revision " + earlier + " was published before Cairn "
                        + "kept what it needs to check a revision, so a new revision cannot be shown to be safe "
                        + "and is refused. The published numbers stay as they are.", quarter.toString(), earlier);
            }
            long changed = changedCasesAtLeast(before, now);
            if (changed < threshold) {
                throw new RevisionRefusedException(CountsProblem.REVISION_TOO_FEW_CHANGES, quarter + " cannot be revised yet: compared with revision "
                        + earlier + ", the counts show " + (changed == 0 ? "no" : "only " + changed)
                        + " changed case" + (changed == 1 ? "" : "s") + ", fewer than the threshold of " + threshold
                        + ". Comparing the two versions could point at those cases. Nothing was written; the "
                        + "published version stays as it is. " + EXPLANATION, quarter.toString(), earlier, changed, threshold);
            }
        }
    }

    /**
     * A lower bound on the number of cases that differ between two sets of exact tables, from the tables where one
     * case sits in exactly one cell: there, a case added or removed moves one cell by one, and a case that changed
     * category moves two. Tables of events (a case may have several) or of a multi-valued dimension prove nothing
     * and are skipped. A table missing on either side is skipped.
     */
    static long changedCasesAtLeast(Map<String, long[]> before, List<ExactTable> now) {
        long best = 0;
        for (ExactTable table : now) {
            long[] old = before.get(table.spec().id());
            if (old == null || old.length != table.counts().length || !oneCellPerCase(table.spec())) {
                continue;
            }
            Layout layout = table.layout();
            long moved = 0;
            for (int p = 0; p < old.length; p++) {
                if (!layout.isMargin(p) || layout.size() == 1) {
                    moved += Math.abs(table.counts()[p] - old[p]);
                }
            }
            long grand = Math.abs(table.counts()[layout.grandTotal()] - old[layout.grandTotal()]);
            best = Math.max(best, Math.max(grand, (moved + 1) / 2));
        }
        return best;
    }

    private static boolean oneCellPerCase(TableSpec spec) {
        boolean cases = spec.population() == Population.NEW_IN_QUARTER
                || spec.population() == Population.OPEN_IN_QUARTER;
        return cases && (spec.rows() == null || !spec.rows().multiValued())
                && (spec.columns() == null || !spec.columns().multiValued());
    }
}
