package org.cairn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.cairn.casebook.Casebook;
import org.cairn.casework.People;
import org.cairn.casework.Role;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;

/**
 * Creates a casebook and hands its recovery key over on standard output. If the key cannot be written and
 * flushed (a full disk, a closed output), the casebook is removed again: a casebook whose only recovery key was
 * lost must not be left behind looking fine.
 */
final class NewCasebook {
    private NewCasebook() {
    }

    static void create(CliEnvironment environment, Path directory, Passphrase passphrase, PrintWriter out,
            Consumer<Casebook> afterKeyShown) {
        create(environment, directory, FIRST_PERSON, passphrase, out, afterKeyShown);
    }

    /** The first person's name when none is given. */
    static final String FIRST_PERSON = "administrator";

    /** Creates the casebook with {@code name} as its first administrator. */
    static void create(CliEnvironment environment, Path directory, String name, Passphrase passphrase,
            PrintWriter out, Consumer<Casebook> afterKeyShown) {
        CasebookPaths.requireRoomForCasebook(directory, false, "");
        boolean folderWasThere = Files.exists(directory);
        CreatedVault created = Vault.create(directory, name, People.stored(Role.ADMINISTRATOR), passphrase,
                environment.kdfPolicy(), environment.vaultOptions());
        boolean delivered;
        try (Vault vault = created.vault()) {
            Casebook book = CasebookSetup.initialise(vault, environment);
            delivered = RecoveryKeyPrinter.print(out, directory, created.recoveryKey());
            if (delivered) {
                afterKeyShown.accept(book);
            }
        } finally {
            created.recoveryKey().close();
        }
        if (!delivered) {
            throw new CliFailure(ExitCodes.FAILED, "the recovery key could not be written to standard output, so "
                    + removed(directory, folderWasThere) + ". Run create again with the output going to the "
                    + "terminal or to a file on a drive with free space");
        }
    }

    /** Removes what create made; says what happened, for the message. */
    private static String removed(Path directory, boolean folderWasThere) {
        try {
            for (String name : new String[] {CasebookFiles.SNAPSHOT, CasebookFiles.LOG, CasebookFiles.LOCK}) {
                Files.deleteIfExists(directory.resolve(name));
            }
            if (!folderWasThere && isEmpty(directory)) {
                Files.delete(directory);
            }
            return "the new casebook was removed; nothing was kept";
        } catch (IOException e) {
            return "the new casebook must not be used: delete the folder " + directory + " yourself (it could not "
                    + "be removed: " + e.getMessage() + ")";
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }
}
