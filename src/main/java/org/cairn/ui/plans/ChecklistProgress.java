package org.cairn.ui.plans;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.ChecklistResult;
import org.cairn.templates.ChecklistScoring;
import org.cairn.templates.StructuredBody;
import org.cairn.ui.common.Messages;

/** A checklist's score in words and what it proposes, worked out again after every answer. */
final class ChecklistProgress {
    /** The score line and the proposal (with its words), or empty ones when there is nothing to say. */
    record State(String scoreText, Optional<RiskProposal> proposal, String proposalText) {
        static final State NONE = new State("", Optional.empty(), "");
    }

    private final Messages messages;
    private final RiskLevelWords levels;
    private final ChecklistScoring scoring = new ChecklistScoring();
    private final RiskProposals proposals = new RiskProposals();

    ChecklistProgress(Messages messages, RiskLevelWords levels) {
        this.messages = messages;
        this.levels = levels;
    }

    int total(StructuredBody body, Map<String, String> answers) {
        return scoring.score(body, answers).total();
    }

    State of(StructuredBody body, long formId, Map<String, String> answers, RiskLevel caseRisk,
            List<RiskChange> history, List<FormVersion> versions, List<MaracDecision> marac) {
        ChecklistResult result = scoring.score(body, answers);
        String score = messages.format("plans.score", result.total(), body.maximumScore(), result.threshold()
                .map(t -> levels.of(t.level())).orElse(""));
        RiskLevel declined = proposals.declinedLevel(body, formId, history, versions);
        boolean maracDecided = marac.stream().anyMatch(d -> d.formId() != null && d.formId() == formId);
        Optional<RiskProposal> proposal = proposals.propose(result, caseRisk, declined, maracDecided);
        return new State(score, proposal, proposal.map(this::describe).orElse(""));
    }

    private String describe(RiskProposal p) {
        String what = p.raises() && p.marac() ? messages.format("plans.proposal.both", levels.of(p.current()),
                levels.of(p.raiseTo())) : p.raises() ? messages.format("plans.proposal.raise", levels.of(p.current()),
                        levels.of(p.raiseTo())) : messages.get("plans.proposal.marac");
        return p.guidance().isEmpty() ? what : what + " " + p.guidance();
    }
}
