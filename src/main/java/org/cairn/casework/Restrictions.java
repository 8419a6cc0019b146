package org.cairn.casework;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseRestriction;
import org.cairn.casebook.CaseRestrictionRepository;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.RestrictedContent;
import org.cairn.vault.Aead;
import org.cairn.vault.CaseKeys;
import org.cairn.vault.PersonSlot;
import org.cairn.vault.VaultPeople;

/**
 * Restricted cases (docs/adr/0038-restricted-cases.md): a case whose content is sealed under its own key, wrapped
 * only for the people named and the recovery key. Others see that it exists (reference, status and the coded
 * fields counts read), never its content; the people named read it unsealed in memory only.
 */
public final class Restrictions {
    private final Casebook casebook;
    private final Guard guard;
    private final VaultPeople keyHolders;
    private final SecureRandom random = new SecureRandom();

    Restrictions(Casebook casebook, Guard guard, VaultPeople keyHolders) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.keyHolders = keyHolders;
    }

    /**
     * Restricts the case, and every other case of her client with it, to the people named (and the recovery key),
     * in one transaction; when they are restricted already, replaces who may open them. Administrators and the
     * advocate named on every one of her cases may; changing the people of restricted cases also needs their
     * keys, so only someone they are restricted to can.
     */
    @Performs(Action.RESTRICT_CASE)
    public void restrict(long caseId, List<String> names) {
        guard.check(Action.RESTRICT_CASE);
        List<CaseFile> hers = herCases(mayManage(caseId));
        CaseKeys keys = caseKeys();
        Map<String, byte[]> holders = holdersFor(names, keys);
        Map<Long, CaseRestriction> existing = new LinkedHashMap<>();
        Map<Long, byte[]> unsealed = new LinkedHashMap<>();
        try {
            for (CaseFile caseFile : hers) {
                casebook.restrictions().find(caseFile.id()).ifPresent(restriction -> {
                    existing.put(caseFile.id(), restriction);
                    unsealed.put(caseFile.id(), unseal(restriction, keys).withoutKey());
                });
            }
            new SealedTogether(casebook, random).seal(hers.stream().map(CaseFile::id).toList(), existing, unsealed,
                    holders, keys);
        } finally {
            unsealed.values().forEach(plain -> Arrays.fill(plain, (byte) 0));
        }
        // The log held the content in plain until now; a snapshot without it replaces log and snapshot.
        keys.checkpoint();
    }

    /**
     * Puts the content of the case, and of every other restricted case of her client, back in the shared tables
     * and the search index, in one transaction: for someone they are all restricted to.
     */
    @Performs(Action.UNRESTRICT_CASE)
    public void unrestrict(long caseId) {
        guard.check(Action.UNRESTRICT_CASE);
        List<CaseFile> hers = herCases(mayManage(caseId));
        if (!casebook.restrictions().isRestricted(caseId)) {
            throw new CaseworkException(Problem.NOT_RESTRICTED);
        }
        CaseKeys keys = caseKeys();
        Map<Long, byte[]> unsealed = new LinkedHashMap<>();
        try {
            for (CaseFile caseFile : hers) {
                casebook.restrictions().find(caseFile.id()).ifPresent(restriction ->
                        unsealed.put(caseFile.id(), unseal(restriction, keys).withoutKey()));
            }
            new SealedTogether(casebook, random).lift(unsealed);
        } finally {
            unsealed.values().forEach(plain -> Arrays.fill(plain, (byte) 0));
        }
    }

    /**
     * The references of every case of the client whose case this is, oldest first: restricting or lifting one
     * does all of them, and the confirmation names them. Refuses anyone who may not restrict them.
     */
    @Performs(Action.RESTRICT_CASE)
    public List<String> restrictedTogether(long caseId) {
        guard.check(Action.RESTRICT_CASE);
        return herCases(mayManage(caseId)).stream().map(c -> c.reference().toString()).toList();
    }

    /**
     * The content, unsealed in memory for someone it is restricted to, with an audit row that they read it. Keys
     * of holders whose key pair has changed since (a new recovery key, a reset passphrase) are wrapped again.
     */
    @Performs(Action.OPEN_RESTRICTED_CASE)
    public RestrictedContent open(long caseId) {
        guard.check(Action.OPEN_RESTRICTED_CASE);
        CaseRestriction restriction = casebook.restrictions().find(caseId)
                .orElseThrow(() -> new CaseworkException(Problem.NOT_RESTRICTED));
        CaseKeys keys = caseKeys();
        Unsealed unsealed = unseal(restriction, keys);
        try {
            RestrictedContent content;
            try {
                content = RestrictedContent.of(unsealed.plain());
            } catch (IllegalArgumentException unreadable) {
                throw new CaseworkException(Problem.RESTRICTED_CASE_DAMAGED);
            }
            Map<String, byte[]> rewrapped = rewrapChanged(restriction, keys, unsealed.caseKey());
            casebook.transactions().write(tx -> {
                if (rewrapped != null) {
                    casebook.restrictions().reseal(tx, caseId, restriction.sealed(), restriction.holdersVersion(),
                            rewrapped);
                }
                casebook.restrictions().recordOpened(tx, caseId);
                return null;
            });
            return content;
        } finally {
            unsealed.wipe();
        }
    }

    /**
     * Adds a note to a restricted case for someone it is restricted to: the note is written inside the sealed
     * content, sealed again under the same case key, and never reaches the shared tables, the search index or the
     * log in plain. Returns the content as it now reads.
     */
    @Performs(Action.ADD_NOTE)
    public RestrictedContent addNote(long caseId, String text) {
        guard.check(Action.ADD_NOTE);
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        CaseRestriction restriction = casebook.restrictions().find(caseId)
                .orElseThrow(() -> new CaseworkException(Problem.NOT_RESTRICTED));
        Unsealed unsealed = unseal(restriction, caseKeys());
        try {
            return casebook.transactions().write(tx -> {
                byte[] next = casebook.restrictions().withNote(tx, caseId, unsealed.plain(), written);
                try {
                    byte[] sealed = new Aead(unsealed.caseKey(), random).seal(next,
                            sealContext(caseId, restriction.holdersVersion()));
                    casebook.restrictions().sealedNoteAdded(tx, caseId, sealed, restriction.holdersVersion());
                    return RestrictedContent.of(next);
                } finally {
                    Arrays.fill(next, (byte) 0);
                }
            });
        } finally {
            unsealed.wipe();
        }
    }

    /**
     * The holders' wrapped keys again when some no longer match the casebook: a holder whose key pair changed (a
     * new recovery key, a passphrase reset by someone else) gets the case key wrapped for the new pair, and one
     * who has left is dropped. Null when nothing changed.
     */
    private static Map<String, byte[]> rewrapChanged(CaseRestriction restriction, CaseKeys keys, byte[] caseKey) {
        Map<String, byte[]> current = keys.holders();
        Map<String, byte[]> next = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, byte[]> held : restriction.wrappedKeys().entrySet()) {
            byte[] publicKey = current.get(held.getKey());
            if (publicKey == null) {
                changed = true;
            } else if (!CaseKeys.madeFor(held.getValue(), publicKey)) {
                next.put(held.getKey(), keys.wrap(publicKey, caseKey, keyContext(restriction.caseId(),
                        held.getKey())));
                changed = true;
            } else {
                next.put(held.getKey(), held.getValue());
            }
        }
        return changed ? next : null;
    }

    /** The unsealed content and the case key that opened it; both wiped after use. */
    private record Unsealed(byte[] plain, byte[] caseKey) {
        byte[] withoutKey() {
            Arrays.fill(caseKey, (byte) 0);
            return plain;
        }

        void wipe() {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(caseKey, (byte) 0);
        }
    }

    /**
     * Who would read the case if the acting person restricted it now, for the confirmation that names them: the
     * acting person and the advocates named on her cases when they hold a key (the recovery key always can).
     * Refuses ({@code NOT_PERMITTED}) anyone who may not restrict it.
     */
    @Performs(Action.RESTRICT_CASE)
    public List<String> proposedReaders(long caseId) {
        guard.check(Action.RESTRICT_CASE);
        CaseFile caseFile = mayManage(caseId);
        List<String> readers = new java.util.ArrayList<>();
        List<PersonSlot> people = keyHolders == null ? List.of() : keyHolders.list();
        List<String> wanted = new java.util.ArrayList<>(List.of(guard.person().name()));
        herCases(caseFile).forEach(c -> wanted.add(c.details().advocate()));
        for (String name : wanted) {
            people.stream().filter(p -> sameName(p.displayName(), name)).findFirst().map(PersonSlot::displayName)
                    .filter(found -> readers.stream().noneMatch(r -> sameName(r, found))).ifPresent(readers::add);
        }
        return readers;
    }

    /**
     * The people a restricted case is restricted to, by name, for someone it is restricted to (others are refused
     * with {@code CASE_RESTRICTED}: who may read it is part of what it keeps).
     */
    @Performs(Action.OPEN_RESTRICTED_CASE)
    public List<String> readers(long caseId) {
        guard.check(Action.OPEN_RESTRICTED_CASE);
        CaseRestriction restriction = casebook.restrictions().find(caseId)
                .orElseThrow(() -> new CaseworkException(Problem.NOT_RESTRICTED));
        String me = caseKeys().acting().orElse(null);
        if (me == null || !restriction.wrappedKeys().containsKey(me)) {
            throw new CaseworkException(Problem.CASE_RESTRICTED);
        }
        return keyHolders.list().stream().filter(p -> restriction.wrappedKeys().containsKey(
                CaseKeys.person(p.slotId()))).map(PersonSlot::displayName).toList();
    }

    /** Whether the case is restricted, for lists and screens that must show it without content. */
    @Performs(Action.FIND_CASES)
    public boolean isRestricted(long caseId) {
        guard.check(Action.FIND_CASES);
        return casebook.restrictions().isRestricted(caseId);
    }

    /** Whether the case is unrestricted, or restricted to the acting person: for actions that destroy its content. */
    boolean actorHolds(long caseId) {
        Optional<CaseRestriction> restriction = casebook.restrictions().find(caseId);
        if (restriction.isEmpty()) {
            return true;
        }
        String me = keyHolders == null ? null : keyHolders.caseKeys().acting().orElse(null);
        return me != null && restriction.get().wrappedKeys().containsKey(me);
    }

    /** Runs a write that the database may refuse because it touches a restricted case, as a {@link Problem}. */
    static <T> T refusingRestricted(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (CaseRestrictionRepository.refusedAsRestricted(e)) {
                throw new CaseworkException(Problem.CASE_RESTRICTED, e);
            }
            throw e;
        }
    }

    private CaseFile mayManage(long caseId) {
        CaseFile caseFile = casebook.cases().find(caseId).orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        Person person = guard.person();
        if (person.role() != Role.ADMINISTRATOR && !sameName(caseFile.details().advocate(), person.name())) {
            throw new CaseworkException(Problem.NOT_PERMITTED, Action.RESTRICT_CASE.name());
        }
        return caseFile;
    }

    /**
     * Every case of the client whose case this is, oldest first; refused ({@code OTHER_ADVOCATE}) when the acting
     * person may not manage one of them, so that nobody seals a colleague's case by restricting their own.
     */
    private List<CaseFile> herCases(CaseFile caseFile) {
        List<CaseFile> hers = casebook.cases().forClient(caseFile.clientId()).stream()
                .sorted(java.util.Comparator.comparingLong(CaseFile::id)).toList();
        Person person = guard.person();
        if (person.role() != Role.ADMINISTRATOR
                && hers.stream().anyMatch(c -> !sameName(c.details().advocate(), person.name()))) {
            throw new CaseworkException(Problem.RESTRICTION_REFUSED, "OTHER_ADVOCATE");
        }
        return hers;
    }

    private CaseKeys caseKeys() {
        if (keyHolders == null) {
            throw new CaseworkException(Problem.NO_KEY_PAIRS);
        }
        return keyHolders.caseKeys();
    }

    /** The named people's holders and the recovery slot's; every name must hold a key to this casebook. */
    private Map<String, byte[]> holdersFor(List<String> names, CaseKeys keys) {
        if (names == null || names.isEmpty()) {
            throw new CaseworkException(Problem.NO_SUCH_PERSON);
        }
        Map<String, byte[]> publicKeys = keys.holders();
        if (!publicKeys.containsKey(CaseKeys.RECOVERY)) {
            throw new CaseworkException(Problem.NO_KEY_PAIRS);
        }
        List<PersonSlot> people = keyHolders.list();
        Map<String, byte[]> holders = new LinkedHashMap<>();
        for (String name : names) {
            PersonSlot person = people.stream().filter(p -> sameName(p.displayName(), name)).findFirst()
                    .orElseThrow(() -> new CaseworkException(Problem.NO_SUCH_PERSON));
            String holder = CaseKeys.person(person.slotId());
            holders.put(holder, publicKeys.get(holder));
        }
        holders.put(CaseKeys.RECOVERY, publicKeys.get(CaseKeys.RECOVERY));
        return holders;
    }

    /** Opens the case key with the acting person's pair, then the content; a clear problem for each failure. */
    private Unsealed unseal(CaseRestriction restriction, CaseKeys keys) {
        String me = keys.acting().orElseThrow(() -> new CaseworkException(Problem.CASE_RESTRICTED));
        byte[] wrapped = restriction.wrappedKeys().get(me);
        byte[] mine = keys.holders().get(me);
        if (wrapped == null || mine == null || !CaseKeys.madeFor(wrapped, mine)) {
            // Not theirs, or wrapped for a key pair they no longer have: another holder's next opening re-wraps it.
            throw new CaseworkException(Problem.CASE_RESTRICTED);
        }
        byte[] caseKey = keys.unwrap(wrapped, keyContext(restriction.caseId(), me))
                .orElseThrow(() -> new CaseworkException(Problem.RESTRICTED_CASE_DAMAGED));
        try {
            return new Unsealed(new Aead(caseKey, random).open(restriction.sealed(),
                    sealContext(restriction.caseId(), restriction.holdersVersion())), caseKey);
        } catch (AEADBadTagException | RuntimeException tampered) {
            Arrays.fill(caseKey, (byte) 0);
            throw new CaseworkException(Problem.RESTRICTED_CASE_DAMAGED);
        }
    }

    /** case id (8 bytes, big-endian) || holders version (4). */
    static byte[] sealContext(long caseId, int holdersVersion) {
        return ByteBuffer.allocate(12).putLong(caseId).putInt(holdersVersion).array();
    }

    /** case id (8 bytes, big-endian) || holder name in UTF-8. */
    static byte[] keyContext(long caseId, String holder) {
        byte[] name = holder.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + name.length).putLong(caseId).put(name).array();
    }

    /** Names compared as the vault compares them (case, width and spacing folded). */
    private static boolean sameName(String a, String b) {
        return VaultPeople.sameName(a, b);
    }
}
