package org.cairn.ui.orgprofile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.LogoFile;
import org.cairn.letters.LogoRejectedException;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** Settings: what letters say about the organisation, its accreditation and its logo. */
public final class OrgProfileViewModel {
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty charityNumber = new SimpleStringProperty("");
    private final StringProperty oiscNumber = new SimpleStringProperty("");
    private final ObjectProperty<Accreditation> accreditation = new SimpleObjectProperty<>(Accreditation.NONE);
    private final StringProperty advocateTitle = new SimpleStringProperty("");
    private final StringProperty signature = new SimpleStringProperty("");
    private final ObjectProperty<LetterPaper> paper = new SimpleObjectProperty<>(LetterPaper.A4);
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>();
    private final BooleanProperty hasLogo = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    /** The casebook's language for printed outputs other than letters: a tag of {@link #printLanguages()}. */
    private final StringProperty printLanguage = new SimpleStringProperty(ENGLISH);
    private static final String ENGLISH = "en";

    public OrgProfileViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        logo.addListener((o, was, now) -> hasLogo.set(now != null));
    }

    public void load() {
        tasks.run(progress -> java.util.Map.entry(session.casework().organisation().profile(),
                session.casework().organisation().printLanguage().orElse(ENGLISH)), loaded -> {
                    show(loaded.getKey());
                    printLanguage.set(loaded.getValue());
                }, failure -> error.set(errors.describe(failure)));
    }

    private void show(OrgProfile profile) {
        name.set(profile.name());
        address.set(text(profile.address()));
        phone.set(text(profile.phone()));
        email.set(text(profile.email()));
        charityNumber.set(text(profile.charityNumber()));
        oiscNumber.set(text(profile.oiscNumber()));
        accreditation.set(profile.accreditation());
        advocateTitle.set(text(profile.advocateTitle()));
        signature.set(text(profile.signature()));
        paper.set(profile.paper());
        logo.set(profile.logo());
    }

    /** Asks for a PNG or JPEG; a damaged or oversized one is refused with a plain sentence and nothing changes. */
    public void chooseLogo() {
        Optional<Path> chosen = files.chooseFileToOpen(messages.get("orgprofile.logo.choose"));
        if (chosen.isEmpty()) {
            return;
        }
        tasks.run(progress -> LogoFile.prepare(LogoFile.read(chosen.get())), prepared -> {
            logo.set(prepared);
            error.set("");
            status.set(messages.get("orgprofile.logo.ready"));
        }, failure -> error.set(failure instanceof LogoRejectedException rejected
                ? messages.get(logoKey(rejected.reason()))
                : failure instanceof IOException ? messages.get("orgprofile.logo.unreadable")
                        : errors.describe(failure)));
    }

    public void removeLogo() {
        logo.set(null);
    }

    public void save() {
        if (name.get() == null || name.get().isBlank()) {
            error.set(messages.get("orgprofile.nameRequired"));
            return;
        }
        OrgProfile profile = new OrgProfile(name.get().strip(), blank(address.get()), blank(phone.get()),
                blank(email.get()), blank(charityNumber.get()), blank(oiscNumber.get()), accreditation.get(),
                blank(advocateTitle.get()), blank(signature.get()), logo.get(), paper.get());
        tasks.run(progress -> {
            // The use case refuses a regulated accreditation without its registration number.
            session.casework().organisation().save(profile);
            String print = printLanguage.get() == null ? ENGLISH : printLanguage.get();
            session.casework().organisation().setPrintLanguage(ENGLISH.equals(print) ? null : print);
            return profile;
        }, saved -> {
            error.set("");
            status.set(messages.get("orgprofile.saved"));
        }, failure -> error.set(errors.describe(failure)));
    }

    public void back() {
        navigator.cases(session);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty charityNumberProperty() {
        return charityNumber;
    }

    public StringProperty oiscNumberProperty() {
        return oiscNumber;
    }

    public ObjectProperty<Accreditation> accreditationProperty() {
        return accreditation;
    }

    public StringProperty advocateTitleProperty() {
        return advocateTitle;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public ObjectProperty<LetterPaper> paperProperty() {
        return paper;
    }

    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    public BooleanProperty hasLogoProperty() {
        return hasLogo;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The words of a refused logo: {@code orgprofile.logo.rejected.file-too-large}. */
    public static String logoKey(LogoRejectedException.Reason reason) {
        return "orgprofile.logo.rejected." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The languages printed outputs can be set to: the languages the screens are offered in, by tag. */
    public java.util.List<org.cairn.ui.common.Languages.Language> printLanguages() {
        return org.cairn.ui.common.Languages.offered();
    }

    public StringProperty printLanguageProperty() {
        return printLanguage;
    }
}
