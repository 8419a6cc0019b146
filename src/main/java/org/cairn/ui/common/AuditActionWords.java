package org.cairn.ui.common;

import java.util.Locale;
import org.cairn.casebook.AuditAction;

/** What an audit row's action is called on screen: words from the bundle, never the stored constant's name. */
public final class AuditActionWords {
    private AuditActionWords() {
    }

    /** The key for an action: {@code audit.action.case-opened} for {@code CASE_OPENED}. */
    public static String key(AuditAction action) {
        return "audit.action." + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String label(Messages messages, AuditAction action) {
        return messages.get(key(action));
    }
}
