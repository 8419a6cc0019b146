package org.cairn.letters.check;

import java.util.Objects;
import java.util.Optional;
import org.cairn.templates.SensitivityClass;

/** A placeholder a filled-in letter actually carries (a value was inserted), with its sensitivity class. */
public record Field(String name, Optional<SensitivityClass> sensitivity) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sensitivity, "sensitivity");
    }

    public boolean is(SensitivityClass wanted) {
        return sensitivity.filter(wanted::equals).isPresent();
    }
}
