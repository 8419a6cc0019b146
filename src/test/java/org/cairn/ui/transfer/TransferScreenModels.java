package org.cairn.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.transfer.moves.MovesViewModel;
import org.cairn.ui.transfer.pairing.PairingViewModel;
import org.cairn.ui.transfer.send.SendViewModel;

/** The transfer screens' models for a test laptop, each with file answers the test queues in {@link #files}. */
public final class TransferScreenModels {
    public final Messages messages = Fakes.messages();
    public final Fakes.Files files = new Fakes.Files();
    public final Fakes.Clipboard clipboard = new Fakes.Clipboard();
    public final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Path dir;
    private final Laptop laptop;

    /** {@code dir}: the folder the laptops' casebooks sit in (their backups go beside them). */
    public TransferScreenModels(Path dir, Laptop laptop) {
        this.dir = dir;
        this.laptop = laptop;
    }

    public Session session() {
        return new Session(dir.resolve(laptop.name()), laptop.vault(), laptop.casebook(), laptop.work());
    }

    public PairingViewModel pairing() {
        return new PairingViewModel(session(), messages, new RecordingNavigator(), new ErrorMessages(messages), files,
                clipboard);
    }

    public SendViewModel send(List<CaseReference> selected) {
        return new SendViewModel(session(), messages, new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(messages), files, selected);
    }

    public MovesViewModel moves() {
        return new MovesViewModel(session(), messages, new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(messages), files, dialogs);
    }

    public TransferImportViewModel importer() {
        return new TransferImportViewModel(session(), messages, new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(messages), files, TransferCasebooks.CLOCK);
    }
}
