package org.cairn.casework;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseRestriction;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Aead;
import org.cairn.vault.CaseKeys;

/**
 * Restricting and lifting all of one client's cases in one transaction. Her details, the people causing harm and
 * her never-contact list belong to her, not to one case, so her cases are sealed together or not at all: a case
 * left in plain would otherwise no longer see whom she must never be contacted through. Each case keeps its own
 * key, seal and audit row; her own rows are copied into every seal, so each reads whole, and go back once.
 */
final class SealedTogether {
    private final Casebook casebook;
    private final SecureRandom random;

    SealedTogether(Casebook casebook, SecureRandom random) {
        this.casebook = casebook;
        this.random = random;
    }

    /**
     * Seals every case of {@code caseIds} for {@code holders}: a case restricted already is sealed again from
     * {@code unsealed} under a new key and the next holders version; the others are taken from the shared tables,
     * the first taken giving her own rows unless a sealed one already holds them.
     */
    void seal(List<Long> caseIds, Map<Long, CaseRestriction> existing, Map<Long, byte[]> unsealed,
            Map<String, byte[]> holders, CaseKeys keys) {
        casebook.transactions().write(tx -> {
            List<byte[]> taken = new ArrayList<>();
            try {
                byte[] hersFrom = unsealed.isEmpty() ? null : unsealed.values().iterator().next();
                Map<Long, byte[]> plains = new LinkedHashMap<>();
                for (long caseId : caseIds) {
                    byte[] plain = unsealed.get(caseId);
                    if (plain == null) {
                        plain = casebook.restrictions().takeContent(tx, caseId, hersFrom);
                        taken.add(plain);
                        hersFrom = hersFrom == null ? plain : hersFrom;
                    }
                    plains.put(caseId, plain);
                }
                for (Map.Entry<Long, byte[]> plain : plains.entrySet()) {
                    long caseId = plain.getKey();
                    CaseRestriction before = existing.get(caseId);
                    int version = before == null ? 1 : before.holdersVersion() + 1;
                    byte[] caseKey = new byte[32];
                    random.nextBytes(caseKey);
                    try {
                        byte[] sealed = new Aead(caseKey, random).seal(plain.getValue(),
                                Restrictions.sealContext(caseId, version));
                        Map<String, byte[]> wrapped = wrapFor(holders, keys, caseKey, caseId);
                        if (before != null) {
                            casebook.restrictions().reseal(tx, caseId, sealed, version, wrapped);
                        } else {
                            casebook.restrictions().store(tx, caseId, sealed, version, wrapped);
                        }
                    } finally {
                        Arrays.fill(caseKey, (byte) 0);
                    }
                }
            } finally {
                taken.forEach(plain -> Arrays.fill(plain, (byte) 0));
            }
            return null;
        });
    }

    /** Puts every case of {@code unsealed} back in the shared tables and the search index, in one transaction. */
    void lift(Map<Long, byte[]> unsealed) {
        casebook.transactions().write(tx -> {
            casebook.restrictions().liftTogether(tx, List.copyOf(unsealed.keySet()), List.copyOf(unsealed.values()));
            return null;
        });
    }

    static Map<String, byte[]> wrapFor(Map<String, byte[]> holders, CaseKeys keys, byte[] caseKey, long caseId) {
        Map<String, byte[]> wrapped = new LinkedHashMap<>();
        holders.forEach((holder, publicKey) -> wrapped.put(holder,
                keys.wrap(publicKey, caseKey, Restrictions.keyContext(caseId, holder))));
        return wrapped;
    }
}
