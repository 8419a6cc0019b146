package org.cairn.casework;

import java.util.Objects;

/** Checks the acting person's role before a use case touches anything. */
public final class Guard {
    private final Person person;

    public Guard(Person person) {
        this.person = Objects.requireNonNull(person);
    }

    /** Returns quietly when the person may take the action; refuses with {@link Problem#NOT_PERMITTED} otherwise. */
    public void check(Action action) {
        if (!action.allows(person.role())) {
            throw new CaseworkException(Problem.NOT_PERMITTED, action.name());
        }
    }

    public Person person() {
        return person;
    }
}
