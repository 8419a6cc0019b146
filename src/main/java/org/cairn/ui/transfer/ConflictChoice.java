package org.cairn.ui.transfer;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;

/**
 * One conflict of the preview and the advocate's choice for it (none until made). A contact-safety conflict is
 * marked so that the screen shows it apart and no "for all" button ever settles it.
 */
public final class ConflictChoice {
    private final FieldConflict conflict;
    private final String here;
    private final String there;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

    ConflictChoice(FieldConflict conflict, String here, String there) {
        this.conflict = Objects.requireNonNull(conflict);
        this.here = Objects.requireNonNull(here);
        this.there = Objects.requireNonNull(there);
    }

    public FieldConflict conflict() {
        return conflict;
    }

    /** What is here, with who last changed the case here and when, in words. */
    public String here() {
        return here;
    }

    /** What the other casebook has, with who last changed the case there and when, in words. */
    public String there() {
        return there;
    }

    public boolean contactSafety() {
        return Resolutions.isContactSafety(conflict);
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public void keepOurs() {
        choice.set(Choice.KEEP_OURS);
    }

    public void takeTheirs() {
        choice.set(Choice.TAKE_THEIRS);
    }
}
