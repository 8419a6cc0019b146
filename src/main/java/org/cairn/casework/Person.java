package org.cairn.casework;

import java.util.Objects;

/** The person who unlocked the casebook: audit rows name them, and their role decides what they may do. */
public record Person(String name, Role role) {
    public Person {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person must be named");
        }
    }
}
