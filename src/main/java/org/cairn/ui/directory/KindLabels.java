package org.cairn.ui.directory;

import org.cairn.casebook.RecipientKind;
import org.cairn.ui.common.Messages;

/** Plain words for each kind of recipient, shared by the directory and referral screens. */
public final class KindLabels {
    private KindLabels() {
    }

    public static String label(Messages messages, RecipientKind kind) {
        return switch (kind) {
            case CLIENT -> messages.get("directory.kind.client");
            case THIRD_SECTOR -> messages.get("directory.kind.thirdSector");
            case STATUTORY -> messages.get("directory.kind.statutory");
            case IMMIGRATION_AUTHORITY -> messages.get("directory.kind.immigrationAuthority");
        };
    }
}
