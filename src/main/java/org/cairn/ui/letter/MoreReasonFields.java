package org.cairn.ui.letter;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.MoreReasons;
import org.cairn.letters.check.Outcome;

/**
 * The reasons asked for when a recipient resembles a blocked name, matches the statutory list under another
 * kind, or would receive the client's location or contact details as a statutory body. Each field is shown only
 * while its rule asks for it, and every reason is audited when the letter goes.
 */
public final class MoreReasonFields {
    private final StringProperty differentPerson = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final BooleanProperty asksDifferentPerson = new SimpleBooleanProperty();
    private final BooleanProperty asksKind = new SimpleBooleanProperty();
    private final BooleanProperty asksContact = new SimpleBooleanProperty();

    MoreReasons reasons() {
        return new MoreReasons(differentPerson.get(), kind.get(), contact.get());
    }

    List<Observable> observables() {
        return List.of(differentPerson, kind, contact);
    }

    void show(LetterDraft draft) {
        asksDifferentPerson.set(asks(draft, CheckRule.RECIPIENT_RESEMBLES_BLOCKED));
        asksKind.set(asks(draft, CheckRule.RECIPIENT_KIND_LISTED));
        asksContact.set(asks(draft, CheckRule.LOCATION_OR_CONTACT_TO_AUTHORITY));
    }

    void clear() {
        asksDifferentPerson.set(false);
        asksKind.set(false);
        asksContact.set(false);
    }

    private static boolean asks(LetterDraft draft, CheckRule rule) {
        return draft.check().of(rule).stream().anyMatch(f -> f.outcome() == Outcome.NEEDS_REASON
                || f.outcome() == Outcome.CONFIRMED);
    }

    public StringProperty differentPersonProperty() {
        return differentPerson;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public BooleanProperty asksDifferentPersonProperty() {
        return asksDifferentPerson;
    }

    public BooleanProperty asksKindProperty() {
        return asksKind;
    }

    public BooleanProperty asksContactProperty() {
        return asksContact;
    }
}
