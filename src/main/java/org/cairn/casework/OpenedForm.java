package org.cairn.casework;

import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.FormVersion;
import org.cairn.templates.StructuredBody;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;

/** A case form with the template copy it was started from, parsed, and its saved versions, oldest first. */
public record OpenedForm(CaseForm form, Template template, List<FormVersion> versions) {
    public OpenedForm {
        versions = List.copyOf(versions);
    }

    /** True for a risk checklist, whose answers are scored. */
    public boolean checklist() {
        return template.header().kind() == TemplateKind.RISK_CHECKLIST;
    }

    public StructuredBody body() {
        return (StructuredBody) template.body();
    }

    /** The answers of the newest version, or none before the first save. */
    public Map<String, String> latestAnswers() {
        return versions.isEmpty() ? Map.of() : versions.get(versions.size() - 1).answers();
    }
}
