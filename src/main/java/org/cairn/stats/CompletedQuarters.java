package org.cairn.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/** Refuses quarters that have not ended yet: a half-quarter would later be "differenced" against the whole one. */
public final class CompletedQuarters {
    private final Clock clock;

    public CompletedQuarters(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public Quarter latest() {
        return Quarter.containing(LocalDate.now(clock)).previous();
    }

    /** Returns the range when every quarter in it has ended; otherwise says which one has not. */
    public QuarterRange require(QuarterRange range) {
        LocalDate today = LocalDate.now(clock);
        if (!range.to().hasEndedBy(today)) {
            throw new CountsRefusedException(CountsProblem.QUARTER_NOT_ENDED, range.to() + " has not ended yet; only whole, completed quarters "
                    + "can be published (the latest is " + latest() + ")", range.to().toString(), latest().toString());
        }
        return range;
    }
}
