package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cairn.transfer.TransferPayload.Row;
import org.junit.jupiter.api.Test;

/**
 * Generated kept records (ADR 0057): a record's digest depends on its content and its case only, never on the
 * order columns arrive in; any change to one value (a byte of the PDF, a look-alike or invisible character, null
 * for empty text, another case) gives another digest, so two records are the same only when nothing differs.
 */
class KeptRecordsDigestTest {
    private static final String[] LOOK_ALIKES = {"\u0430", "\u200b", "\u00a0", "\u0301", "\u2060", "A", "\u0410"};

    @Test
    void theDigestNamesTheContentAndCaseOnly() {
        Random random = new Random(57);
        for (int trial = 0; trial < 400; trial++) {
            String caseUid = UUID.nameUUIDFromBytes(new byte[] {(byte) trial}).toString();
            Row row = trial % 2 == 0 ? letter(random) : decision(random);
            String digest = KeptRecords.digest(caseUid, row);
            assertThat(digest).as("trial %d", trial).matches("[0-9a-f]{64}");

            List<String> names = new ArrayList<>(row.values().keySet());
            Collections.shuffle(names, random);
            Map<String, Object> shuffled = new LinkedHashMap<>();
            names.forEach(n -> shuffled.put(n, row.values().get(n)));
            assertThat(KeptRecords.digest(caseUid, new Row(row.table(), shuffled))).as("column order, trial %d",
                    trial).isEqualTo(digest);

            String column = names.get(0);
            Map<String, Object> changed = new LinkedHashMap<>(row.values());
            changed.put(column, changedValue(row.values().get(column), random));
            assertThat(KeptRecords.digest(caseUid, new Row(row.table(), changed))).as("%s changed, trial %d",
                    column, trial).isNotEqualTo(digest);
            assertThat(KeptRecords.digest(UUID.randomUUID().toString(), row)).as("another case").isNotEqualTo(digest);
            assertThat(KeptRecords.key(caseUid, row)).isEqualTo(row.table() + "|" + digest);
        }
    }

    @Test
    void aHoldIsTheCasesHoldWhateverItsWording() {
        Row one = new Row("retention_hold", Map.of("reason", "court order", "review_on", "2027-06-01"));
        Row other = new Row("retention_hold", Map.of("reason", "tribunal", "review_on", "2027-01-31"));
        String uid = UUID.randomUUID().toString();
        assertThat(KeptRecords.key(uid, one)).isEqualTo(KeptRecords.key(uid, other)).isEqualTo("retention_hold");
        assertThat(KeptRecords.label(uid, one)).isEqualTo("legal-hold");
        assertThat(KeptRecords.digest(uid, one)).isNotEqualTo(KeptRecords.digest(uid, other));
    }

    private static Row letter(Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("template_id", text(random));
        values.put("template_version", (long) random.nextInt(9));
        values.put("language", random.nextBoolean() ? "ar" : "ur");
        values.put("recipient_name", text(random));
        values.put("recipient_kind", "ORGANISATION");
        values.put("subject", text(random));
        values.put("disposition", "SAVED");
        values.put("made_at", random.nextLong());
        values.put("made_by", text(random));
        byte[] pdf = new byte[1 + random.nextInt(300)];
        random.nextBytes(pdf);
        values.put("pdf", pdf);
        return new Row("letter", values);
    }

    private static Row decision(Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("form_version", random.nextBoolean() ? null : (long) random.nextInt(5));
        values.put("decision", random.nextBoolean() ? "REFER" : "DECLINED");
        values.put("reason", random.nextBoolean() ? null : text(random));
        values.put("decided_at", random.nextLong());
        values.put("decided_by", text(random));
        values.put(CaseRows.FORM_UID, random.nextBoolean() ? null : UUID.randomUUID().toString());
        return new Row("marac_decision", values);
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder("Amira ");
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(LOOK_ALIKES[random.nextInt(LOOK_ALIKES.length)]);
        }
        return text.toString();
    }

    /** Another value of the same column: a flipped byte, a look-alike added, empty text for none, one more. */
    private static Object changedValue(Object value, Random random) {
        if (value instanceof byte[] pdf) {
            byte[] copy = pdf.clone();
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            return copy;
        }
        if (value instanceof String text) {
            return text + LOOK_ALIKES[random.nextInt(LOOK_ALIKES.length)];
        }
        if (value instanceof Long number) {
            return number + 1;
        }
        return "";
    }
}
