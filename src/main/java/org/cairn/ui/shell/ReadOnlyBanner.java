package org.cairn.ui.shell;

import org.cairn.ui.common.Messages;
import org.cairn.vault.OpenReport;

/** The words of the read-only banner: why the casebook opened read-only and what the advocate can do next. */
final class ReadOnlyBanner {
    private ReadOnlyBanner() {
    }

    static String text(OpenReport report, Messages messages) {
        if (!report.readOnly()) {
            return "";
        }
        if (report.logDamage() != null) {
            return messages.format("shell.readonly.damaged");
        }
        if (report.olderThanRemembered() != null) {
            return messages.format("shell.readonly.older");
        }
        return messages.format("shell.readonly.folder");
    }
}
