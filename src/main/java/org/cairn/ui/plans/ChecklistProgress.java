package org.cairn.ui.plans;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.ChecklistResult;
import org.cairn.templates.ChecklistScoring;
import org.cairn.casework.OpenedForm;
import org.cairn.casework.RiskProposal;
import org.cairn.casework.RiskProposals;
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

    /** The score in words and what the answers propose; the rules are the use case's own (RiskProposals). */
    State of(OpenedForm form, Map<String, String> answers, RiskLevel caseRisk, List<RiskChange> history,
            List<MaracDecision> marac) {
        StructuredBody body = form.body();
        ChecklistResult result = scoring.score(body, answers);
        String score = messages.format("plans.score", result.total(), body.maximumScore(), result.threshold()
                .map(t -> levels.of(t.level())).orElse(""));
        Optional<RiskProposal> proposal = proposals.propose(form, answers, caseRisk, history, marac);
        return new State(score, proposal, proposal.map(this::describe).orElse(""));
    }

    private String describe(RiskProposal p) {
        String what = p.raises() && p.marac() ? messages.format("plans.proposal.both", levels.of(p.current()),
                levels.of(p.raiseTo())) : p.raises() ? messages.format("plans.proposal.raise", levels.of(p.current()),
                        levels.of(p.raiseTo())) : messages.get("plans.proposal.marac");
        return p.guidance().isEmpty() ? what : what + " " + p.guidance();
    }
}
