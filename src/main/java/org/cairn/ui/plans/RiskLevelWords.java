package org.cairn.ui.plans;

import org.cairn.casebook.RiskLevel;
import org.cairn.ui.common.Messages;

/** A risk level in words, as the case list shows it. */
final class RiskLevelWords {
    private final Messages messages;

    RiskLevelWords(Messages messages) {
        this.messages = messages;
    }

    String of(RiskLevel level) {
        return messages.get(switch (level) {
            case STANDARD -> "plans.level.standard";
            case MEDIUM -> "plans.level.medium";
            case HIGH -> "plans.level.high";
        });
    }
}
