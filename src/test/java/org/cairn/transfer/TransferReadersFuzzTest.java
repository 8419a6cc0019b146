package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/** The readers of what another laptop hands over: a refusal with a reason, or a value that round-trips. */
class TransferReadersFuzzTest {
    private static final AtomicInteger PAYLOADS = new AtomicInteger();
    private static final AtomicInteger CARDS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void payload(byte[] data) {
        PAYLOADS.incrementAndGet();
        TransferPayload payload;
        try {
            payload = PayloadCodec.decode(data);
        } catch (TransferRejectedException expected) {
            assertThat(expected.reason()).isEqualTo(TransferRejectedException.Reason.TAMPERED);
            return;
        }
        assertThat(PayloadCodec.encode(payload)).as("a payload read is written back byte for byte").isEqualTo(data);
    }

    @FuzzTest(maxDuration = "60s")
    void pairingCard(byte[] data) {
        CARDS.incrementAndGet();
        PairingCard card;
        try {
            card = PairingCard.parse(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).contains("pairing card");
            return;
        }
        assertThat(PairingCard.parse(card.toFileText())).isEqualTo(card);
    }

    @FuzzTest(maxDuration = "30s")
    void header(byte[] data) {
        try {
            TransferCrypto.Header header = TransferCrypto.header(data);
            assertThat(data.length).isGreaterThanOrEqualTo(TransferCrypto.HEADER_BYTES);
            assertThat(header.sender()).hasSize(36);
        } catch (TransferRejectedException expected) {
            assertThat(expected.reason()).isIn(TransferRejectedException.Reason.NOT_A_TRANSFER,
                    TransferRejectedException.Reason.OTHER_VERSION);
        }
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(PAYLOADS.get()).as("payload seed inputs were executed").isGreaterThan(1);
        assertThat(CARDS.get()).as("card seed inputs were executed").isGreaterThan(1);
    }
}
