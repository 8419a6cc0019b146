package org.cairn.ui.transfer.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.ui.transfer.TransferScreenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing on the screen: a card is kept only once checked, compared and named; a wrong or altered card never. */
class PairingViewModelTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    TransferScreenModels outreach;
    TransferScreenModels centre;
    String outreachCard;

    @BeforeEach
    void twoLaptops() {
        casebooks = new TransferCasebooks(dir);
        Laptop one = casebooks.laptop("outreach");
        outreach = new TransferScreenModels(dir, one);
        centre = new TransferScreenModels(dir, casebooks.laptop("centre"));
        outreachCard = one.work().transfers().pairingCard().toFileText();
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void theOwnCardIsShownWithItsFingerprintAndCanBeCopied() {
        PairingViewModel model = outreach.pairing();
        assertThat(model.ownCardProperty().get()).isEqualTo(outreachCard);
        assertThat(model.ownFingerprintProperty().get()).matches("([0-9a-f]{4}-){7}[0-9a-f]{4}");
        assertThat(outreachCard).contains("fingerprint: " + model.ownFingerprintProperty().get());
        model.copyOwnCard();
        assertThat(outreach.clipboard.content).isEqualTo(outreachCard);
        assertThat(model.paired()).isEmpty();
    }

    @Test
    void aPastedCardReadAloudWithSpacesAndCapitalsIsKeptAfterComparing() {
        PairingViewModel model = centre.pairing();
        // Keys and fingerprint typed as heard: capitals, spaces between groups instead of dashes.
        String typed = outreachCard.lines().map(line -> line.matches("(receiving-key|signing-key|fingerprint): .*")
                ? line.substring(0, line.indexOf(':') + 2) + line.substring(line.indexOf(':') + 2).replace('-', ' ')
                        .toUpperCase(java.util.Locale.ROOT) : line).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(typed).isNotEqualTo(outreachCard.strip());
        model.cardTextProperty().set(typed);
        model.check();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.checkedFingerprintProperty().get()).isEqualTo(outreach.pairing().ownFingerprintProperty()
                .get());
        model.fingerprintsMatchProperty().set(true);
        assertThat(model.keepableProperty().get()).as("a name is needed").isFalse();
        model.nameProperty().set("  Outreach laptop ");
        assertThat(model.keepableProperty().get()).isTrue();
        model.keep();
        assertThat(model.paired()).singleElement().asString().startsWith("Outreach laptop: fingerprint");
        assertThat(model.cardTextProperty().get()).isEmpty();
        assertThat(model.keepableProperty().get()).isFalse();
    }

    @Test
    void changingTheCardAfterTheCheckAsksForANewComparison() {
        PairingViewModel model = centre.pairing();
        model.nameProperty().set("outreach");
        model.cardTextProperty().set(outreachCard);
        model.check();
        model.fingerprintsMatchProperty().set(true);
        assertThat(model.keepableProperty().get()).isTrue();

        model.cardTextProperty().set(outreachCard + "\n");

        assertThat(model.checkedFingerprintProperty().get()).isEmpty();
        assertThat(model.fingerprintsMatchProperty().get()).isFalse();
        assertThat(model.keepableProperty().get()).isFalse();
        model.keep();
        assertThat(model.paired()).as("nothing kept without a new comparison").isEmpty();
    }

    @Test
    void wrongDamagedOrLookAlikeCardsAreRefusedAndNothingIsKept() throws Exception {
        String keyLine = outreachCard.lines().filter(l -> l.startsWith("receiving-key: ")).findFirst().orElseThrow();
        char first = keyLine.charAt("receiving-key: ".length());
        String flipped = keyLine.substring(0, 15) + (first == '0' ? '1' : '0') + keyLine.substring(16);
        // The same digit or letter in its full-width look-alike, which reads the same aloud.
        char lookAlike = Character.isDigit(first) ? (char) (0xFF10 + first - '0') : (char) (0xFF41 + first - 'a');
        String lookAlikeCard = outreachCard.replace(keyLine, keyLine.substring(0, 15) + lookAlike + keyLine.substring(16));
        String invisible = outreachCard.replace("signing-key: ", "signing-key: \u200b");
        byte[] transferLike = new byte[600];
        new java.util.Random(7).nextBytes(transferLike);
        List<Path> wrong = List.of(
                Files.writeString(dir.resolve("flipped.txt"), outreachCard.replace(keyLine, flipped)),
                Files.writeString(dir.resolve("look-alike.txt"), lookAlikeCard),
                Files.writeString(dir.resolve("invisible.txt"), invisible),
                Files.writeString(dir.resolve("cut.txt"), outreachCard.substring(0, outreachCard.length() / 2)),
                Files.writeString(dir.resolve("letter.txt"), "Dear Amal,\nfingerprint: 0000"),
                Files.write(dir.resolve("transfer.cairn-transfer"), transferLike),
                Files.write(dir.resolve("huge.txt"), new byte[(int) PairingViewModel.MAX_CARD_BYTES + 1]));
        assertThat(lookAlikeCard).isNotEqualTo(outreachCard);
        PairingViewModel model = centre.pairing();
        model.nameProperty().set("outreach");
        for (Path file : wrong) {
            centre.files.answers.add(file);
            model.chooseCardFile();
            assertThat(model.errorProperty().get()).as(file.getFileName().toString())
                    .isEqualTo(centre.messages.get("transfer.pair.card.invalid"));
            assertThat(model.checkedFingerprintProperty().get()).isEmpty();
            model.fingerprintsMatchProperty().set(true);
            assertThat(model.keepableProperty().get()).isFalse();
            model.keep();
        }
        centre.files.answers.add(dir.resolve("gone.txt"));
        model.chooseCardFile();
        assertThat(model.errorProperty().get()).isEqualTo(centre.messages.get("transfer.pair.card.unreadable"));
        assertThat(model.paired()).isEmpty();
    }

    @Test
    void itsOwnCardAndASecondPairingAreRefusedInTheUseCasesWords() {
        PairingViewModel model = outreach.pairing();
        model.nameProperty().set("me");
        model.cardTextProperty().set(outreachCard);
        model.check();
        model.fingerprintsMatchProperty().set(true);
        model.keep();
        assertThat(model.errorProperty().get()).isEqualTo(outreach.messages.get("problem.pairing-refused.itself"));

        PairingViewModel centreModel = centre.pairing();
        for (String name : List.of("outreach", "again")) {
            centreModel.nameProperty().set(name);
            centreModel.cardTextProperty().set(outreachCard);
            centreModel.check();
            centreModel.fingerprintsMatchProperty().set(true);
            centreModel.keep();
        }
        assertThat(centreModel.errorProperty().get())
                .isEqualTo(centre.messages.get("problem.pairing-refused.already-paired"));
        assertThat(centreModel.paired()).hasSize(1);
    }
}
