package org.cairn.templates;

import java.util.Objects;
import java.util.Optional;

/**
 * A name a referral or letter body may use as {@code {{name}}}, the class of sensitive field its value belongs
 * to (empty when it is not sensitive) and what it stands for.
 */
public record PlaceholderDefinition(String name, Optional<SensitivityClass> sensitivity, String description) {
    public PlaceholderDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(description, "description");
    }
}
