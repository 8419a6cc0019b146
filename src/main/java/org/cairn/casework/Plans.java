package org.cairn.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.FormTemplate;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.casebook.Task;
import org.cairn.casebook.Text;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;

/**
 * A case's safety plans and risk checklists, and the risk level they inform. The rules live here: a checklist's
 * score is worked out from its answers, never taken from a screen; its proposal (a higher level, a MARAC referral)
 * is worked out again from the casebook before the advocate's answer to it is recorded; a decline or a raise by
 * professional judgement needs a reason, and judgement only raises.
 */
public final class Plans {
    private final Casebook casebook;
    private final Guard guard;
    private final TemplateParser parser = TemplateParser.standard();
    private final RiskProposals proposals = new RiskProposals();

    Plans(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The templates that can be started, the case's forms, its risk level, risk history and MARAC decisions. */
    @Performs(Action.READ_PLANS)
    public CasePlans read(long caseId) {
        guard.check(Action.READ_PLANS);
        RiskLevel risk = casebook.cases().find(caseId).orElseThrow(Plans::notFound).details().risk();
        List<LibraryTemplate> startable = library().all().stream().filter(t -> t.header().kind().structured())
                .toList();
        return new CasePlans(startable, casebook.forms().forCase(caseId), risk, casebook.risk().history(caseId),
                casebook.risk().maracDecisions(caseId));
    }

    /** A form as stored now, with its template copy parsed and every saved version. */
    @Performs(Action.READ_PLANS)
    public OpenedForm open(long formId) {
        guard.check(Action.READ_PLANS);
        return opened(formId);
    }

    /** Starts a form from a plan or checklist template; the case keeps a copy of that template's text. */
    @Performs(Action.START_FORM)
    public CaseForm start(long caseId, String templateId, int version) {
        guard.check(Action.START_FORM);
        LibraryTemplate template = library().find(templateId, version)
                .filter(t -> t.header().kind().structured()).orElseThrow(Plans::notFound);
        var h = template.header();
        return casebook.forms().start(caseId,
                new FormTemplate(h.id(), h.version(), h.kind().token(), h.title(), template.sourceText()));
    }

    /** Saves the answers as the form's next version, with the score when it is a checklist. */
    @Performs(Action.SAVE_FORM)
    public FormVersion save(long formId, Map<String, String> answers) {
        guard.check(Action.SAVE_FORM);
        OpenedForm form = opened(formId);
        return casebook.forms().save(formId, answers, score(form, answers));
    }

    /**
     * Marks the form completed today, in one transaction with saving first the answers that differ from its
     * newest version, so what was completed is what is kept.
     */
    @Performs(Action.COMPLETE_FORM)
    public CaseForm complete(long formId, Map<String, String> answers) {
        guard.check(Action.COMPLETE_FORM);
        OpenedForm form = opened(formId);
        boolean changed = form.versions().isEmpty() || !form.latestAnswers().equals(answers);
        Integer score = score(form, answers);
        LocalDate today = LocalDate.now(casebook.clock());
        return casebook.transactions().write(tx -> {
            if (changed) {
                casebook.forms().save(tx, formId, answers, score);
            }
            return casebook.forms().markCompleted(tx, formId, today);
        });
    }

    /** Takes the completion date away: the form counts as being worked on again. */
    @Performs(Action.REOPEN_FORM)
    public CaseForm reopen(long formId) {
        guard.check(Action.REOPEN_FORM);
        return casebook.forms().reopen(formId);
    }

    /** Sets the review date, today or later, with a follow-up task for the day titled after the form. */
    @Performs(Action.SET_FORM_REVIEW)
    public Task setReview(long formId, LocalDate on) {
        guard.check(Action.SET_FORM_REVIEW);
        if (on == null || on.isBefore(LocalDate.now(casebook.clock()))) {
            throw new CaseworkException(Problem.REVIEW_DATE_PAST);
        }
        return casebook.forms().setReview(formId, on);
    }

    /**
     * The advocate's answer to what the checklist's answers propose, recorded in one transaction: the answers as a
     * new version, the risk level (raised, or kept with the reason for declining) and the MARAC decision. The
     * proposal is worked out again here from the casebook, so what is recorded is what the rules propose now.
     */
    @Performs(Action.DECIDE_MARAC)
    public FormVersion answerProposal(long formId, Map<String, String> answers, boolean accepted, String reason) {
        guard.check(Action.DECIDE_MARAC);
        String why = accepted ? null : requireReason(reason);
        OpenedForm form = opened(formId);
        long caseId = form.form().caseId();
        RiskLevel current = casebook.cases().find(caseId).orElseThrow(Plans::notFound).details().risk();
        Optional<RiskProposal> proposed = form.checklist() ? proposals.propose(form, answers, current,
                casebook.risk().history(caseId), casebook.risk().maracDecisions(caseId)) : Optional.empty();
        RiskProposal p = proposed.orElseThrow(() -> new CaseworkException(Problem.NOTHING_PROPOSED));
        return casebook.transactions().write(tx -> {
            FormVersion saved = casebook.forms().save(tx, formId, answers, p.total());
            if (p.raises()) {
                casebook.risk().change(tx, caseId, accepted ? p.raiseTo() : p.current(), RiskSource.CHECKLIST,
                        formId, why);
            }
            if (p.marac()) {
                casebook.risk().decideMarac(tx, caseId, formId, saved.version(),
                        accepted ? MaracChoice.REFER : MaracChoice.DECLINED, why);
            }
            return saved;
        });
    }

    /** Professional judgement: raises the case's level above the current one, with a reason, whatever the score. */
    @Performs(Action.CHANGE_RISK)
    public RiskChange raiseByJudgement(long caseId, RiskLevel to, Long formId, String reason) {
        guard.check(Action.CHANGE_RISK);
        String why = requireReason(reason);
        RiskLevel current = casebook.cases().find(caseId).orElseThrow(Plans::notFound).details().risk();
        if (to == null || to.compareTo(current) <= 0) {
            throw new CaseworkException(Problem.RISK_NOT_HIGHER, current.name());
        }
        return casebook.risk().change(caseId, to, RiskSource.JUDGEMENT, formId, why);
    }

    private OpenedForm opened(long formId) {
        CaseForm form = casebook.forms().find(formId).orElseThrow(Plans::notFound);
        Template template = parser.parse(form.template().text()).template().orElseThrow(() ->
                new IllegalStateException("the template copy of a case form does not parse"));
        return new OpenedForm(form, template, casebook.forms().versions(formId));
    }

    private Integer score(OpenedForm form, Map<String, String> answers) {
        return form.checklist() ? proposals.total(form.body(), answers) : null;
    }

    private TemplateLibrary library() {
        return new TemplateLibrary(new BuiltInTemplates(parser), parser, casebook.orgTemplates());
    }

    /** A reason must say something a colleague can read later: spaces, punctuation or invisible marks are none. */
    private static String requireReason(String reason) {
        if (!Text.meaningful(reason)) {
            throw new CaseworkException(Problem.REASON_NEEDED);
        }
        return reason.strip();
    }

    private static CaseworkException notFound() {
        return new CaseworkException(Problem.NOT_FOUND);
    }
}
