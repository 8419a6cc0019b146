package org.cairn.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.Messages;

/** The contact-safety banner as one plain sentence per fact, so nobody calls an unsafe number. */
final class ContactSafetyText {
    private final Messages messages;

    ContactSafetyText(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    String describe(ContactSafety safety) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.format("casefile.safety.phone", answer(safety.phone())));
        parts.add(messages.format("casefile.safety.text", answer(safety.text())));
        parts.add(messages.format("casefile.safety.post", answer(safety.post())));
        parts.add(messages.format("casefile.safety.email", answer(safety.email())));
        if (safety.safeTimes() != null) {
            parts.add(messages.format("casefile.safety.times", safety.safeTimes()));
        }
        if (safety.codeWord() != null) {
            parts.add(messages.format("casefile.safety.codeWord", safety.codeWord()));
        }
        return String.join("   ·   ", parts);
    }

    boolean anyUnsafe(ContactSafety safety) {
        return safety.phone() != YesNoUnknown.YES || safety.text() != YesNoUnknown.YES
                || safety.post() != YesNoUnknown.YES;
    }

    private String answer(YesNoUnknown value) {
        return switch (value) {
            case YES -> messages.get("common.yes");
            case NO -> messages.get("common.no");
            case UNKNOWN -> messages.get("common.unknown");
        };
    }
}
