package org.cairn.ui.plans;

import java.util.List;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;

/** Reads what the plans tab shows from the casebook; runs off the UI thread. */
final class PlansReader {
    private final TemplateParser parser = TemplateParser.standard();

    /** The templates that can be started, the case's forms and its risk history. */
    PlansData read(Casebook casebook, long caseId) {
        List<LibraryTemplate> startable = new TemplateLibrary(new BuiltInTemplates(parser), parser,
                casebook.orgTemplates()).all().stream().filter(t -> t.header().kind().structured()).toList();
        RiskLevel risk = casebook.cases().find(caseId).orElseThrow().details().risk();
        return new PlansData(startable, casebook.forms().forCase(caseId), risk, casebook.risk().history(caseId),
                casebook.risk().maracDecisions(caseId));
    }

    /** A form as stored now, with its template copy parsed and every saved version. */
    OpenedForm open(Casebook casebook, long formId) {
        CaseForm current = casebook.forms().find(formId).orElseThrow();
        return new OpenedForm(current, parse(current), casebook.forms().versions(formId));
    }

    private Template parse(CaseForm form) {
        return parser.parse(form.template().text()).template().orElseThrow(() -> new IllegalStateException(
                "the template copy of a case form does not parse"));
    }
}
