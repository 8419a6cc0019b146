package org.cairn.ui.plans;

import java.util.List;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.LibraryTemplate;

/** What the plans tab reads in one go, off the UI thread. */
record PlansData(List<LibraryTemplate> templates, List<CaseForm> forms, RiskLevel risk, List<RiskChange> history,
        List<MaracDecision> marac) {
}
