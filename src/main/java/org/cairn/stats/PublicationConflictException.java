package org.cairn.stats;

/** An ordinary export asked for a published quarter with different rules; the frozen numbers are not replaced. */
public final class PublicationConflictException extends CountsRefusedException {
    private static final long serialVersionUID = 1L;

    PublicationConflictException(FrozenQuarter frozen) {
        super(CountsProblem.PUBLISHED_WITH_OTHER_SETTINGS, frozen.quarter() + " was published (revision " + frozen.revision() + ") with threshold "
                + frozen.settings().threshold() + ", rounding base " + frozen.settings().roundingBase()
                + " and counting rule " + frozen.rule().code() + "; export it with the same settings, or publish a "
                + "revision on purpose", frozen.quarter().toString(), frozen.revision(), frozen.settings().threshold(),
                frozen.settings().roundingBase(), frozen.rule().code());
    }
}
