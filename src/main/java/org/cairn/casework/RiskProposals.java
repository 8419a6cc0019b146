package org.cairn.casework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.templates.ChecklistResult;
import org.cairn.templates.ChecklistScoring;
import org.cairn.templates.StructuredBody;
import org.cairn.templates.Threshold;

/**
 * Decides what a checklist proposes, without a toolkit. A raise is proposed when the reached threshold's level
 * is above the case's level and above any level the advocate already declined for this checklist; a MARAC
 * referral when the threshold suggests one and no MARAC decision was made for this checklist yet.
 */
public final class RiskProposals {
    private final ChecklistScoring scoring = new ChecklistScoring();

    /**
     * What the answers to a checklist propose, given the case's level now and what was already decided for this
     * checklist (its risk history and MARAC decisions). The screen shows it as the answers change; the use case
     * works it out again from the casebook before recording the advocate's answer to it.
     */
    public Optional<RiskProposal> propose(OpenedForm form, Map<String, String> answers, RiskLevel caseRisk,
            List<RiskChange> history, List<MaracDecision> marac) {
        long formId = form.form().id();
        RiskLevel declined = declinedLevel(form.body(), formId, history, form.versions());
        boolean maracDecided = marac.stream().anyMatch(d -> d.formId() != null && d.formId() == formId);
        return propose(scoring.score(form.body(), answers), caseRisk, declined, maracDecided);
    }

    /** The checklist's score for these answers. */
    public int total(StructuredBody body, Map<String, String> answers) {
        return scoring.score(body, answers).total();
    }

    Optional<RiskProposal> propose(ChecklistResult result, RiskLevel current, RiskLevel declined,
            boolean maracDecided) {
        if (result.threshold().isEmpty()) {
            return Optional.empty();
        }
        Threshold reached = result.threshold().get();
        boolean raise = reached.level().compareTo(current) > 0
                && (declined == null || reached.level().compareTo(declined) > 0);
        boolean marac = reached.suggestMarac() && !maracDecided;
        if (!raise && !marac) {
            return Optional.empty();
        }
        return Optional.of(new RiskProposal(result.total(), current, raise ? reached.level() : null, marac,
                reached.guidance()));
    }

    /**
     * The highest level declined for this form: a declined proposal is saved together with a form version, so
     * the level it proposed is the one the score of the newest version saved by then reached.
     */
    RiskLevel declinedLevel(StructuredBody body, long formId, List<RiskChange> history, List<FormVersion> versions) {
        RiskLevel highest = null;
        for (RiskChange change : history) {
            if (change.source() != RiskSource.CHECKLIST || change.from() != change.to() || change.formId() == null
                    || change.formId() != formId) {
                continue;
            }
            FormVersion saved = null;
            for (FormVersion version : versions) {
                if (!version.savedAt().isAfter(change.changedAt())) {
                    saved = version;
                }
            }
            if (saved == null) {
                continue;
            }
            int total = saved.score() != null ? saved.score() : scoring.score(body, saved.answers()).total();
            RiskLevel level = scoring.thresholdFor(body, total).map(Threshold::level).orElse(null);
            if (level != null && (highest == null || level.compareTo(highest) > 0)) {
                highest = level;
            }
        }
        return highest;
    }
}
