package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An erasure takes her ids out of an import record and leaves the rest of it as it was. */
class TransferTracesTest {
    private static final String HER = "0f3c9a7e5b2d4c1a8e6f0b9d7c5a3e1f";
    private static final String OTHER = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String CLIENT = "11112222333344445555666677778888";

    @Test
    void herCaseAndClientLeaveTheRecordAndTheOthersStay() {
        String record = "v1 SHARE sender 3 0 0 " + HER + ":d1," + OTHER + ":d2 " + HER + "," + CLIENT;
        assertThat(TransferTraces.withoutUid(record, HER))
                .isEqualTo("v1 SHARE sender 3 0 0 " + OTHER + ":d2 " + CLIENT);
    }

    @Test
    void aRecordLeftWithNothingSaysSoAndADamagedOneIsDropped() {
        assertThat(TransferTraces.withoutUid("v1 SHARE sender 3 0 0 " + HER + ":d1 " + HER, HER))
                .isEqualTo("v1 SHARE sender 3 0 0 - -");
        assertThat(TransferTraces.withoutUid("v1 SHARE " + HER + ":d1", HER)).isNull();
    }

    @Test
    void anIdThatOnlyStartsTheSameIsKept() {
        String longer = HER + "ff";
        String record = "v1 MOVE sender 1 0 1 " + longer + ":d1 " + longer;
        assertThat(TransferTraces.withoutUid(record, HER)).isEqualTo(record);
    }
}
