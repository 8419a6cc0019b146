package org.cairn.ui.letter;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A placeholder the casebook has no value for; the advocate types one (kept only for this letter). */
public final class MissingField {
    private final String name;
    private final String description;
    private final StringProperty value = new SimpleStringProperty("");

    MissingField(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** What the value stands for, from the placeholder catalogue. */
    public String description() {
        return description;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
