package org.cairn.ui.plans;

import java.util.List;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.FormVersion;
import org.cairn.templates.Template;

/** A case form with the template copy it was started from, parsed, and its saved versions. */
record OpenedForm(CaseForm form, Template template, List<FormVersion> versions) {
}
