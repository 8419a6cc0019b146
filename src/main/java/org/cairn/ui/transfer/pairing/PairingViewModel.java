package org.cairn.ui.transfer.pairing;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.templates.Printable;
import org.cairn.transfer.PairedCasebook;
import org.cairn.transfer.PairingCard;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;

/**
 * Pairing in the app: this casebook's card (its public keys) shown as text with its fingerprint and saved as a short
 * file; another casebook's card read from a file or pasted, its fingerprint shown to compare, and kept only once
 * the advocate says the fingerprints match. Nothing here is secret, but a card kept unchecked would let a stranger's
 * files in, so the comparison is a step of its own.
 */
public final class PairingViewModel {
    /** A card is a few hundred bytes; anything far larger is not one and is not read into memory. */
    static final long MAX_CARD_BYTES = 64 * 1024;
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final ClipboardService clipboard;
    private final StringProperty ownCard = new SimpleStringProperty("");
    private final StringProperty ownFingerprint = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty cardText = new SimpleStringProperty("");
    private final ObjectProperty<PairingCard> checked = new SimpleObjectProperty<>();
    private final StringProperty checkedFingerprint = new SimpleStringProperty("");
    private final BooleanProperty fingerprintsMatch = new SimpleBooleanProperty();
    private final BooleanProperty keepable = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> paired = FXCollections.observableArrayList();

    public PairingViewModel(Session session, Messages messages, Navigator navigator, ErrorMessages errors,
            FileChooserService files, ClipboardService clipboard) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        this.clipboard = Objects.requireNonNull(clipboard);
        // A changed card or name is a different request: the fingerprint shown must be the one that is kept.
        cardText.addListener((o, was, now) -> forgetCheck());
        name.addListener((o, was, now) -> recount());
        fingerprintsMatch.addListener((o, was, now) -> recount());
        refresh();
    }

    /** Reads this casebook's card and the list of paired casebooks again. */
    public void refresh() {
        try {
            var transfers = session.casework().transfers();
            PairingCard own = transfers.pairingCard();
            ownCard.set(own.toFileText());
            ownFingerprint.set(own.fingerprint());
            paired.setAll(transfers.paired().stream().map(this::line).toList());
        } catch (RuntimeException e) {
            error.set(errors.describe(e));
        }
    }

    private String line(PairedCasebook casebook) {
        return messages.format("transfer.pair.line", Printable.of(casebook.name()), casebook.fingerprint(),
                messages.dates().moment(casebook.pairedAt()), Printable.of(casebook.pairedBy()));
    }

    /** Saves this casebook's card as a short text file to give to the other casebook. */
    public void saveOwnCard() {
        String suggested = session.folder().toAbsolutePath().normalize().getFileName() + "-pairing-card.txt";
        files.chooseFileToSave(messages.get("transfer.pair.save.title"), suggested).ifPresent(path -> {
            try {
                Files.writeString(path, ownCard.get(), StandardCharsets.UTF_8);
                say(messages.format("transfer.pair.saved", path.toString()));
            } catch (IOException | RuntimeException e) {
                fail(messages.get("transfer.pair.save.failed"));
            }
        });
    }

    /** Copies this casebook's card as text, to paste into a message to the other casebook's holder. */
    public void copyOwnCard() {
        clipboard.copy(ownCard.get());
        say(messages.get("transfer.pair.copied"));
    }

    /** Reads another casebook's card from a file into the text box, then checks it. */
    public void chooseCardFile() {
        files.chooseFileToOpen(messages.get("transfer.pair.open.title")).ifPresent(this::readCard);
    }

    void readCard(Path path) {
        try {
            if (Files.size(path) > MAX_CARD_BYTES) {
                fail(messages.get("transfer.pair.card.invalid"));
                return;
            }
            cardText.set(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString());
        } catch (CharacterCodingException e) {
            fail(messages.get("transfer.pair.card.invalid"));
            return;
        } catch (IOException | RuntimeException e) {
            fail(messages.get("transfer.pair.card.unreadable"));
            return;
        }
        check();
    }

    /** Checks the card in the text box and shows its fingerprint; nothing is kept yet. */
    public void check() {
        forgetCheck();
        try {
            PairingCard card = PairingCard.parse(cardText.get() == null ? "" : cardText.get());
            checked.set(card);
            checkedFingerprint.set(card.fingerprint());
            say(messages.get("transfer.pair.compare"));
        } catch (IllegalArgumentException e) {
            // The card's own words are English and name a command; the screen says it in its own words.
            fail(messages.get("transfer.pair.card.invalid"));
        }
        recount();
    }

    /** Keeps the checked card under the name given, once the advocate said the fingerprints match. */
    public void keep() {
        if (!keepable.get()) {
            return;
        }
        try {
            var kept = session.casework().transfers().pair(name.get(), checked.get());
            cardText.set("");
            name.set("");
            refresh();
            say(messages.format("transfer.pair.kept", Printable.of(kept.name()), kept.fingerprint()));
        } catch (RuntimeException e) {
            fail(errors.describe(e));
        }
    }

    private void forgetCheck() {
        checked.set(null);
        checkedFingerprint.set("");
        fingerprintsMatch.set(false);
        recount();
    }

    private void recount() {
        keepable.set(checked.get() != null && fingerprintsMatch.get() && name.get() != null
                && !name.get().isBlank());
    }

    private void say(String text) {
        error.set("");
        status.set(text);
    }

    private void fail(String text) {
        status.set("");
        error.set(text);
    }

    public void back() {
        navigator.home(session);
    }

    /** This casebook's card as the text saved in its file. */
    public StringProperty ownCardProperty() {
        return ownCard;
    }

    public StringProperty ownFingerprintProperty() {
        return ownFingerprint;
    }

    /** The name this casebook will call the other one by, e.g. "Centre laptop". */
    public StringProperty nameProperty() {
        return name;
    }

    /** The other casebook's card, pasted or read from its file. */
    public StringProperty cardTextProperty() {
        return cardText;
    }

    /** The fingerprint of the checked card, to compare with the one read out; empty until checked. */
    public StringProperty checkedFingerprintProperty() {
        return checkedFingerprint;
    }

    public BooleanProperty fingerprintsMatchProperty() {
        return fingerprintsMatch;
    }

    public BooleanProperty keepableProperty() {
        return keepable;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** One line per paired casebook: its name, fingerprint, and when and by whom it was paired. */
    public ObservableList<String> paired() {
        return paired;
    }
}
