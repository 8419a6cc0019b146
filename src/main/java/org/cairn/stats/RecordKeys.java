package org.cairn.stats;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cairn.vault.Tx;

/**
 * Gives every case a record key in 0..{@value #RANGE}-1: the first byte of HMAC-SHA256(casebook stats secret,
 * case id). The secret is random, made once per casebook and never leaves it; the key depends on nothing that is
 * published and never changes when the case is edited. Keys are stored next to the case ids so that cell keys
 * can be summed in SQL; the secret lets them be rebuilt identically.
 */
final class RecordKeys {
    static final int RANGE = 256;
    private static final byte[] LABEL = "cairn stats record key v1".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 500;

    private final SecureRandom random;

    RecordKeys(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    /** Gives a key to every case that has none, inside the caller's transaction. Returns how many it added. */
    int ensure(Tx tx) throws SQLException {
        StatsSchema.ensure(tx);
        byte[] secret = secret(tx, random);
        List<Long> missing = tx.query("SELECT id FROM case_file WHERE id NOT IN (SELECT case_id FROM stats_record_key) "
                + "ORDER BY id", row -> row.getLong(1));
        Mac mac = mac(secret);
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO stats_record_key(case_id, record_key) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
                params.add(chunk.get(i));
                params.add(key(mac, chunk.get(i)));
            }
            tx.execute(sql.toString(), params.toArray());
        }
        return missing.size();
    }

    static int key(Mac mac, long caseId) {
        mac.update(LABEL);
        byte[] digest = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(caseId).array());
        return digest[0] & 0xFF;
    }

    /** The casebook's stats secret, made on first use. Never leaves the casebook. */
    static byte[] secret(Tx tx, SecureRandom random) throws SQLException {
        var stored = tx.queryOne("SELECT secret FROM stats_secret WHERE one = 1", row -> row.getBytes(1));
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        tx.execute("INSERT INTO stats_secret(one, secret) VALUES (1, ?)", (Object) secret);
        return secret;
    }

    static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
