package org.cairn.ui.casefile;

import static org.cairn.ui.casefile.FieldParsing.orEmpty;
import static org.cairn.ui.casefile.FieldParsing.orNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.casebook.Children;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.Messages;

/**
 * The editable copy of a client's details. It lives in memory only, until saved or until the casebook locks
 * (ADR 0012). Each check returns a plain sentence, empty when the field is fine.
 */
public final class ClientDetailsForm {
    private final Messages messages;
    private final Clock clock;
    private final DraftTracker draft = new DraftTracker();
    private final StringProperty alias = new SimpleStringProperty("");
    private final StringProperty legalNames = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    private final StringProperty languages = new SimpleStringProperty("");
    private final BooleanProperty interpreter = new SimpleBooleanProperty();
    private final ObjectProperty<YesNoUnknown> phone = new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN);
    private final ObjectProperty<YesNoUnknown> text = new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN);
    private final ObjectProperty<YesNoUnknown> post = new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN);
    private final ObjectProperty<YesNoUnknown> email = new SimpleObjectProperty<>(YesNoUnknown.UNKNOWN);
    private final StringProperty safeTimes = new SimpleStringProperty("");
    private final StringProperty codeWord = new SimpleStringProperty("");
    private final StringProperty safeContact = new SimpleStringProperty("");
    private final StringProperty childrenCount = new SimpleStringProperty("");
    private final StringProperty childrenAges = new SimpleStringProperty("");
    private final StringProperty nationality = new SimpleStringProperty("");
    private final StringProperty nhsNumber = new SimpleStringProperty("");
    private final StringProperty accessNeeds = new SimpleStringProperty("");
    private final StringProperty areasToAvoid = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phoneNumber = new SimpleStringProperty("");
    private final StringProperty emailAddress = new SimpleStringProperty("");
    private ClientDetails original;
    private PersonalDetails originalPersonal;

    public ClientDetailsForm(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        draft.watch(alias, legalNames, dateOfBirth, languages, interpreter, phone, text, post, email, safeTimes,
                codeWord, safeContact, childrenCount, childrenAges, nationality, nhsNumber, accessNeeds, areasToAvoid,
                address, phoneNumber, emailAddress);
    }

    /** Shows stored details; an unsaved draft is kept rather than overwritten. */
    public void show(ClientDetails details, PersonalDetails personal) {
        if (draft.changedProperty().get()) {
            return;
        }
        original = details;
        originalPersonal = personal;
        draft.fill(() -> {
            nationality.set(orEmpty(personal.nationality()));
            nhsNumber.set(orEmpty(personal.nhsNumber()));
            accessNeeds.set(orEmpty(personal.accessNeeds()));
            areasToAvoid.set(orEmpty(personal.areasToAvoid()));
            address.set(orEmpty(personal.address()));
            phoneNumber.set(orEmpty(personal.phone()));
            emailAddress.set(orEmpty(personal.email()));
            alias.set(details.alias());
            legalNames.set(orEmpty(details.legalNames()));
            dateOfBirth.set(details.dateOfBirth());
            languages.set(String.join(", ", details.languages()));
            interpreter.set(details.interpreterNeeded());
            ContactSafety safety = details.contactSafety();
            phone.set(safety.phone());
            text.set(safety.text());
            post.set(safety.post());
            email.set(safety.email());
            safeTimes.set(orEmpty(safety.safeTimes()));
            codeWord.set(orEmpty(safety.codeWord()));
            safeContact.set(orEmpty(safety.safeContact()));
            Children children = details.children();
            childrenCount.set(children == null ? "" : String.valueOf(children.count()));
            childrenAges.set(children == null ? "" : String.join(", ",
                    children.ages().stream().map(String::valueOf).toList()));
        });
    }

    /** Throws the draft away and shows the stored details again. */
    public void discard() {
        draft.changedProperty().set(false);
        if (original != null) {
            show(original, originalPersonal);
        }
    }

    public String aliasProblem() {
        return alias.get() == null || alias.get().isBlank() ? messages.get("client.alias.required") : "";
    }

    public String dateOfBirthProblem() {
        LocalDate born = dateOfBirth.get();
        return born != null && born.isAfter(LocalDate.now(clock)) ? messages.get("client.dateOfBirth.future") : "";
    }

    public String childrenCountProblem() {
        String count = orNull(childrenCount.get());
        if (count == null) {
            return orNull(childrenAges.get()) == null ? "" : messages.get("client.children.countFirst");
        }
        try {
            int number = Integer.parseInt(count);
            return number >= 0 && number <= 30 ? "" : messages.get("client.children.count.invalid");
        } catch (NumberFormatException e) {
            return messages.get("client.children.count.invalid");
        }
    }

    public String childrenAgesProblem() {
        List<Integer> ages = FieldParsing.numbers(childrenAges.get());
        if (ages == null || ages.stream().anyMatch(age -> age < 0 || age > 30)) {
            return messages.get("client.children.ages.invalid");
        }
        if (childrenCountProblem().isEmpty() && orNull(childrenCount.get()) != null
                && ages.size() > Integer.parseInt(childrenCount.get().strip())) {
            return messages.get("client.children.ages.tooMany");
        }
        return "";
    }

    /** Every problem, in the order the fields appear. */
    public List<String> problems() {
        return Stream.of(aliasProblem(), dateOfBirthProblem(), childrenCountProblem(), childrenAgesProblem())
                .filter(problem -> !problem.isEmpty()).toList();
    }

    /** The details as typed; call only when {@link #problems()} is empty. */
    public ClientDetails toDetails() {
        String count = orNull(childrenCount.get());
        Children children = count == null ? null
                : new Children(Integer.parseInt(count), FieldParsing.numbers(childrenAges.get()));
        ContactSafety safety = new ContactSafety(phone.get(), text.get(), post.get(), email.get(),
                orNull(safeTimes.get()), orNull(codeWord.get()), orNull(safeContact.get()));
        return new ClientDetails(alias.get().strip(), orNull(legalNames.get()), dateOfBirth.get(),
                FieldParsing.list(languages.get()), interpreter.get(), safety, children);
    }

    /** The identity and contact details as typed. */
    public PersonalDetails toPersonal() {
        return new PersonalDetails(nationality.get(), nhsNumber.get(), accessNeeds.get(), areasToAvoid.get(),
                address.get(), phoneNumber.get(), emailAddress.get());
    }

    public StringProperty nationalityProperty() {
        return nationality;
    }

    public StringProperty nhsNumberProperty() {
        return nhsNumber;
    }

    public StringProperty accessNeedsProperty() {
        return accessNeeds;
    }

    public StringProperty areasToAvoidProperty() {
        return areasToAvoid;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneNumberProperty() {
        return phoneNumber;
    }

    public StringProperty emailAddressProperty() {
        return emailAddress;
    }

    public BooleanProperty changedProperty() {
        return draft.changedProperty();
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public StringProperty legalNamesProperty() {
        return legalNames;
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public BooleanProperty interpreterProperty() {
        return interpreter;
    }

    public ObjectProperty<YesNoUnknown> phoneProperty() {
        return phone;
    }

    public ObjectProperty<YesNoUnknown> textProperty() {
        return text;
    }

    public ObjectProperty<YesNoUnknown> postProperty() {
        return post;
    }

    public ObjectProperty<YesNoUnknown> emailProperty() {
        return email;
    }

    public StringProperty safeTimesProperty() {
        return safeTimes;
    }

    public StringProperty codeWordProperty() {
        return codeWord;
    }

    public StringProperty safeContactProperty() {
        return safeContact;
    }

    public StringProperty childrenCountProperty() {
        return childrenCount;
    }

    public StringProperty childrenAgesProperty() {
        return childrenAges;
    }
}
