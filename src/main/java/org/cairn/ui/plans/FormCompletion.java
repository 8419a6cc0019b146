package org.cairn.ui.plans;

import java.time.LocalDate;
import java.util.Map;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;

/**
 * Marks a form completed in one transaction, saving first the answers that differ from its newest version, so what
 * was completed is what is kept.
 */
final class FormCompletion {
    CaseForm complete(Casebook casebook, OpenedForm form, Map<String, String> answers, Integer score, LocalDate on) {
        boolean changed = form.versions().isEmpty()
                || !form.versions().get(form.versions().size() - 1).answers().equals(answers);
        long formId = form.form().id();
        return casebook.transactions().write(tx -> {
            if (changed) {
                casebook.forms().save(tx, formId, answers, score);
            }
            return casebook.forms().markCompleted(tx, formId, on);
        });
    }
}
