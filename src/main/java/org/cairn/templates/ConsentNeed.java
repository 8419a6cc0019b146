package org.cairn.templates;

import java.util.Optional;
import org.cairn.casebook.ConsentPurpose;

/** The recorded consent a template needs before it is used, or none. */
public enum ConsentNeed {
    NONE(null),
    KEEP_RECORDS(ConsentPurpose.KEEP_RECORDS),
    REFER_TO_ORGANISATION(ConsentPurpose.REFER_TO_ORGANISATION),
    SHARE_WITH_ORGANISATION(ConsentPurpose.SHARE_WITH_ORGANISATION),
    COUNT_IN_STATISTICS(ConsentPurpose.COUNT_IN_STATISTICS);

    private final ConsentPurpose purpose;

    ConsentNeed(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    /** The casebook consent purpose to look for, empty for NONE. */
    public Optional<ConsentPurpose> purpose() {
        return Optional.ofNullable(purpose);
    }

    public String token() {
        return Tokens.of(this);
    }
}
