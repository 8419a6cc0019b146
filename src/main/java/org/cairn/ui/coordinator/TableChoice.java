package org.cairn.ui.coordinator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.cairn.stats.TableSpec;

/** A catalogue table with whether the coordinator wants it in this export. */
public record TableChoice(TableSpec spec, BooleanProperty selected) {
    static TableChoice of(TableSpec spec) {
        return new TableChoice(spec, new SimpleBooleanProperty(true));
    }
}
