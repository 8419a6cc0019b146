package org.cairn.casework;

import java.util.List;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.LibraryTemplate;

/**
 * A case's safety plans and checklists, read together: the templates that can be started, the forms started, the
 * case's risk level, its risk history and its MARAC decisions.
 */
public record CasePlans(List<LibraryTemplate> templates, List<CaseForm> forms, RiskLevel risk,
        List<RiskChange> history, List<MaracDecision> marac) {
}
