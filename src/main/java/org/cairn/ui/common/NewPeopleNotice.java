package org.cairn.ui.common;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cairn.vault.PersonSlot;

/**
 * No hidden key: once per session, whichever screen a person lands on names everyone given a key since they last
 * unlocked, then records that they have been told. Shared by the cases and the counts screens, so a coordinator
 * (who never sees the cases) is told as well. Erasures applied again as the casebook was unlocked (an older copy
 * put back) are said first, so nobody wonders why a client is missing.
 */
public final class NewPeopleNotice {
    private final Messages messages;
    private final TaskRunner tasks;
    private final Clock clock;

    public NewPeopleNotice(Messages messages, TaskRunner tasks, Clock clock) {
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Hands the words to {@code notice} (empty when nobody is new); does nothing after the first call per session. */
    public void announce(Session session, Consumer<String> notice, Consumer<Exception> failed) {
        if (!session.claimPeopleAnnouncement()) {
            return;
        }
        var people = session.casework().people();
        boolean readOnly = session.vault().readOnly();
        String erasedAgain = ErasedAgain.sentence(messages, session);
        tasks.run(progress -> {
            List<PersonSlot> added = people.addedSinceLastUnlock();
            if (!added.isEmpty() && !readOnly) {
                people.acknowledgeAdded();
            }
            return added;
        }, added -> notice.accept(java.util.stream.Stream.concat(java.util.stream.Stream.of(erasedAgain)
                .filter(s -> !s.isEmpty()), added.stream().map(p -> messages.format("cases.newPerson",
                        p.displayName(), p.role(), p.addedBy(), messages.dates().day(p.addedOn()
                                .atZone(clock.getZone()).toLocalDate()))))
                .collect(Collectors.joining("\n"))), failed);
    }
}
