package org.cairn.vault;

import com.ibm.icu.text.SpoofChecker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The people who hold key slots in an open casebook, and changes to them. Every slot wraps the same master key,
 * so what a role allows is decided above the vault; the vault only guarantees that every slot is listed, that the
 * last person and the recovery slot stay, and that removing a person replaces the master key.
 */
public final class VaultPeople {
    /** Shown as "added by" for a person added after unlocking with the recovery key. */
    public static final String ADDED_WITH_RECOVERY_KEY = "recovery key";
    private final Vault vault;
    private final VaultOptions options;

    VaultPeople(Vault vault, VaultOptions options) {
        this.vault = vault;
        this.options = options;
    }

    /** The key pairs of the slots, for wrapping and opening the keys of restricted cases. */
    public CaseKeys caseKeys() {
        return new CaseKeys(vault, options.random());
    }

    /**
     * Gives a recovery slot from before names its key pair at the recovery key's next use, so that restricted
     * cases can be wrapped for it: the same recovery key opens the new slot. Read-only copies stay as they are.
     */
    static Vault upgradeRecoverySlot(Vault vault, RecoveryKey recoveryKey, VaultOptions options) {
        boolean old = vault.inspect((header, key, acting) -> header.slots().stream()
                .anyMatch(slot -> slot.type() == SlotType.RECOVERY_KEY));
        if (!old || vault.readOnly()) {
            return vault;
        }
        KeySlot[] made = new KeySlot[1];
        vault.rewrite((header, key, next, naming) -> {
            made[0] = RecipientSlots.recovery(next, header.casebookId(), recoveryKey, options.random());
            return header.withSlots(header.slots().stream().map(s -> s.type() == SlotType.RECOVERY_KEY ? made[0] : s)
                    .toList());
        }, false);
        vault.actingAs(SlotUnwrapper.Unlocked.RECOVERY, null, RecipientSlots.recoveryPrivateKey(made[0], recoveryKey));
        return vault;
    }

    /**
     * Whether two typed names are one person's, compared as the vault compares them when unlocking (NFKC case
     * fold, white space runs made one), so "GRACE  okafor" or a full-width "Ｇrace Okafor" finds Grace Okafor.
     */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && PersonName.fold(a.strip()).equals(PersonName.fold(b.strip()));
    }

    /** Every person's slot, in the order they were added. */
    public List<PersonSlot> list() {
        return vault.inspect((header, key, acting) -> peopleOf(header, key).slots());
    }

    /** Who unlocked; empty after unlocking with the recovery key or with a casebook's unnamed passphrase. */
    public Optional<PersonSlot> acting() {
        return vault.inspect((header, key, acting) -> peopleOf(header, key).find(acting));
    }

    /** True while the casebook still has the one passphrase of a casebook from before names. */
    public boolean needsNaming() {
        return vault.inspect((header, key, acting) -> header.slots().stream()
                .anyMatch(slot -> slot.type() == SlotType.PASSPHRASE));
    }

    /** People added since the one who unlocked last acknowledged the list ({@link #acknowledgeAdded()}). */
    public List<PersonSlot> addedSinceLastUnlock() {
        return vault.inspect((header, key, acting) -> {
            People people = peopleOf(header, key);
            // Names are unique in a casebook, so "added by me" is no news to me.
            return people.find(acting).map(me -> people.slots().stream().filter(p -> p.slotId() > me.seenUpTo()
                    && p.slotId() != me.slotId() && !p.addedBy().equals(me.displayName())).toList())
                    .orElse(List.of());
        });
    }

    /** Records that the one who unlocked has been told about everyone added so far. */
    public void acknowledgeAdded() {
        if (addedSinceLastUnlock().isEmpty()) {
            return;
        }
        vault.rewrite((header, key, next, naming) -> {
            People people = peopleOf(header, key);
            PersonSlot me = people.find(vault.inspect((h, k, acting) -> acting)).orElseThrow();
            return withPeople(header, header.slots(), header.nameKey(),
                    people.with(me.withSeenUpTo(people.nextSlotId() - 1)), next);
        }, false);
    }

    /**
     * Turns the one passphrase of a casebook from before names into {@code name}'s slot, without asking for the
     * passphrase again: only after unlocking with that passphrase.
     */
    public PersonSlot nameLegacySlot(String name, String role) {
        requireNameAndRole(name, role);
        PersonSlot[] named = new PersonSlot[1];
        byte[][] holder = new byte[1][];
        vault.rewrite((header, key, next, naming) -> {
            KeySlot legacy = header.slots().stream().filter(s -> s.type() == SlotType.PASSPHRASE).findFirst()
                    .orElseThrow(() -> new VaultException(VaultProblem.PASSPHRASE_ALREADY_NAMED,
                    "This casebook's passphrase already belongs to a person.", null));
            if (naming == null) {
                throw new VaultException(VaultProblem.NAME_NEEDS_PASSPHRASE,
                        "Unlock with the casebook's passphrase to give it a name.", null);
            }
            byte[] nameKey = header.nameKey().length == SnapshotHeader.NAME_KEY_BYTES ? header.nameKey()
                    : KeySlots.randomBytes(options.random(), SnapshotHeader.NAME_KEY_BYTES);
            People people = peopleOf(header, key);
            int id = people.nextSlotId();
            holder[0] = new org.bouncycastle.crypto.params.X25519PrivateKeyParameters(options.random()).getEncoded();
            KeySlot slot = RecipientSlots.person(next, header.casebookId(), id, PersonName.tag(nameKey, name), naming,
                    legacy.salt(), legacy.kdfParams(), options.random(), holder[0].clone());
            String display = PersonName.display(name);
            named[0] = new PersonSlot(id, display, role.strip(), display, People.now(options.clock()), id);
            return withPeople(header, replace(header.slots(), legacy, slot), nameKey, people.with(named[0]), next);
        }, false);
        vault.actingAs(named[0].slotId(), null, holder[0]);
        return named[0];
    }

    /** Adds a person with their own passphrase slot; "added by" is whoever unlocked. */
    public PersonSlot add(String name, String role, Passphrase passphrase, KdfPolicy kdfPolicy) {
        requireNameAndRole(name, role);
        VaultCreation.requirePolicy(passphrase);
        KdfParams params = kdfPolicy.paramsForNewSlot();
        byte[] salt = KeySlots.randomBytes(options.random(), KeySlot.SALT_BYTES);
        byte[] kek = Unlockers.derive(options.kdf(), passphrase.toUtf8(), salt, params);
        PersonSlot[] added = new PersonSlot[1];
        try {
            vault.rewrite((header, key, next, naming) -> {
                if (header.slots().stream().anyMatch(s -> s.type() == SlotType.PASSPHRASE)) {
                    throw new VaultException(VaultProblem.FIRST_PERSON_UNNAMED,
                            "Give the casebook's first person a name before adding anyone.", null);
                }
                if (header.slots().size() >= SnapshotHeader.MAX_SLOTS) {
                    throw new VaultException(VaultProblem.TOO_MANY_PEOPLE, "A casebook holds at most "
                            + (SnapshotHeader.MAX_SLOTS - 1) + " people. Remove someone who has left first.", null,
                            SnapshotHeader.MAX_SLOTS - 1);
                }
                People people = peopleOf(header, key);
                byte[] tag = PersonName.tag(header.nameKey(), name);
                refuseTakenName(header, people, tag, name);
                int id = people.nextSlotId();
                KeySlot slot = RecipientSlots.person(next, header.casebookId(), id, tag, kek, salt, params,
                        options.random());
                String addedBy = people.find(vault.inspect((h, k, acting) -> acting)).map(PersonSlot::displayName)
                        .orElse(ADDED_WITH_RECOVERY_KEY);
                added[0] = new PersonSlot(id, PersonName.display(name), role.strip(), addedBy,
                        People.now(options.clock()), id);
                List<KeySlot> slots = new ArrayList<>(header.slots());
                slots.add(slot);
                return withPeople(header, slots, header.nameKey(), people.with(added[0]), next);
            }, false);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
        return added[0];
    }

    /**
     * Removes a person and replaces the master key: the snapshot and log are written again under a new key, wrapped
     * for everyone else and for the recovery key, so copies made from now on do not open with the removed
     * passphrase. Older backups still do (docs/SECURITY.md). Returns a new recovery key when the casebook still had
     * a recovery slot from before names, which cannot be re-wrapped without the key: show it to be printed.
     */
    public Optional<RecoveryKey> remove(int slotId) {
        RecoveryKey[] issued = new RecoveryKey[1];
        vault.rewrite((header, key, next, naming) -> {
            KeySlot leaving = header.slots().stream().filter(s -> s.type() == SlotType.PERSON && s.slotId() == slotId)
                    .findFirst().orElseThrow(() -> new VaultException(VaultProblem.NO_SUCH_PERSON,
                        "That person has no slot in this casebook.", null));
            if (header.slots().stream().filter(s -> s.type() == SlotType.PERSON).count() == 1) {
                throw new VaultException(VaultProblem.LAST_PERSON, "The last person of a casebook cannot be removed.",
                        null);
            }
            List<KeySlot> slots = new ArrayList<>();
            for (KeySlot slot : header.slots()) {
                if (slot == leaving) {
                    continue;
                }
                if (slot.type() == SlotType.RECOVERY_KEY) {
                    issued[0] = RecoveryKey.generate(options.random());
                    slots.add(RecipientSlots.recovery(next, header.casebookId(), issued[0], options.random()));
                } else {
                    slots.add(RecipientSlots.wrap(slot, next, header.casebookId(), options.random()));
                }
            }
            return withPeople(header, slots, header.nameKey(), peopleOf(header, key).without(slotId), next);
        }, true);
        return Optional.ofNullable(issued[0]);
    }

    /** Changes the role recorded for a person; what roles allow is decided above the vault. */
    public void changeRole(int slotId, String role) {
        requireNameAndRole("x", role);
        vault.rewrite((header, key, next, naming) -> {
            People people = peopleOf(header, key);
            PersonSlot person = people.find(slotId)
                    .orElseThrow(() -> new VaultException(VaultProblem.NO_SUCH_PERSON,
                        "That person has no slot in this casebook.", null));
            return withPeople(header, header.slots(), header.nameKey(), people.with(person.withRole(role.strip())),
                    next);
        }, false);
    }

    /** Sets a new passphrase for one person (a new key pair too); the master key and the data are unchanged. */
    public void changePassphrase(int slotId, Passphrase newPassphrase, KdfPolicy kdfPolicy) {
        VaultCreation.requirePolicy(newPassphrase);
        KdfParams params = kdfPolicy.paramsForNewSlot();
        byte[] salt = KeySlots.randomBytes(options.random(), KeySlot.SALT_BYTES);
        byte[] kek = Unlockers.derive(options.kdf(), newPassphrase.toUtf8(), salt, params);
        try {
            vault.rewrite((header, key, next, naming) -> {
                KeySlot old = header.slots().stream().filter(s -> s.type() == SlotType.PERSON
                        && s.slotId() == slotId).findFirst()
                        .orElseThrow(() -> new VaultException(VaultProblem.NO_SUCH_PERSON,
                        "That person has no slot in this casebook.", null));
                // One's own pair is kept, so the case keys wrapped for it still open; a reset made by someone else
                // cannot reach the old private key and gives a new pair (restricted cases: docs/SECURITY.md).
                byte[] own = vault.withHolderKey((h, holderKey) -> slotId == vault.inspect((x, k, a) -> a)
                        && holderKey != null ? holderKey.clone() : null);
                KeySlot fresh = own == null ? RecipientSlots.person(next, header.casebookId(), slotId, old.nameTag(),
                        kek, salt, params, options.random()) : RecipientSlots.person(next, header.casebookId(), slotId,
                        old.nameTag(), kek, salt, params, options.random(), own);
                return header.withSlots(replace(header.slots(), old, fresh));
            }, false);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * Sets a new passphrase for whoever unlocked; after unlocking with the recovery key, for the only person (a
     * casebook shared by several needs {@link #changePassphrase(int, Passphrase, KdfPolicy)}).
     */
    public void changeOwnPassphrase(Passphrase newPassphrase, KdfPolicy kdfPolicy) {
        int slotId = vault.inspect((header, key, acting) -> acting > 0 ? acting : header.onlyPassphraseSlot()
                .map(KeySlot::slotId).orElseThrow(() -> new VaultException(
                        "Several people share this casebook. Choose whose passphrase to set.")));
        if (slotId > 0) {
            changePassphrase(slotId, newPassphrase, kdfPolicy);
        } else {
            LegacySlot.changePassphrase(vault, options, newPassphrase, kdfPolicy);
        }
    }

    /**
     * Whether {@code passphrase} opens the slot of whoever unlocked, for asking before a passphrase is replaced.
     * False after unlocking with the recovery key, which has no passphrase to confirm. The key derivation runs
     * outside the vault's lock, so other work on the casebook does not wait for it.
     */
    public boolean isOwnPassphrase(Passphrase passphrase) {
        SnapshotHeader[] seen = new SnapshotHeader[1];
        int acting = vault.inspect((header, key, slotId) -> {
            seen[0] = header;
            return slotId;
        });
        Optional<SlotUnwrapper.Unlocked> opened;
        if (acting > 0) {
            Optional<KeySlot> own = seen[0].slots().stream()
                    .filter(s -> s.type() == SlotType.PERSON && s.slotId() == acting).findFirst();
            if (own.isEmpty()) {
                return false;
            }
            opened = Unlockers.openPerson(own.get(), seen[0].casebookId(), passphrase, options.kdf());
        } else if (acting == SlotUnwrapper.Unlocked.LEGACY) {
            opened = Unlockers.passphraseOnly(passphrase, options.kdf()).unwrap(seen[0]);
        } else {
            return false;
        }
        opened.ifPresent(unlocked -> {
            Arrays.fill(unlocked.masterKey(), (byte) 0);
            if (unlocked.namingKey() != null) {
                Arrays.fill(unlocked.namingKey(), (byte) 0);
            }
        });
        return opened.isPresent();
    }

    /** Issues a new recovery key, invalidating the old one for copies made from now on. */
    public RecoveryKey replaceRecoveryKey() {
        RecoveryKey fresh = RecoveryKey.generate(options.random());
        vault.rewrite((header, key, next, naming) -> {
            List<KeySlot> slots = new ArrayList<>(header.slots().stream().filter(s -> !s.type().recovery()).toList());
            slots.add(RecipientSlots.recovery(next, header.casebookId(), fresh, options.random()));
            return header.withSlots(slots);
        }, false);
        return fresh;
    }

    static KeySlot newPersonSlot(MasterKey masterKey, byte[] casebookId, int slotId, byte[] tag,
            Passphrase passphrase, KdfParams params, VaultOptions options, byte[] privateKey) {
        byte[] salt = KeySlots.randomBytes(options.random(), KeySlot.SALT_BYTES);
        byte[] kek = Unlockers.derive(options.kdf(), passphrase.toUtf8(), salt, params);
        try {
            return RecipientSlots.person(masterKey, casebookId, slotId, tag, kek, salt, params, options.random(),
                    privateKey);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    static void requireNameAndRole(String name, String role) {
        InputRefusedException problem = PersonName.problem(name);
        if (problem != null) {
            throw problem;
        }
        if (role == null || role.isBlank() || role.strip().getBytes(StandardCharsets.UTF_8).length
                > People.MAX_ROLE_BYTES) {
            throw new InputRefusedException("role-too-long", "A role is a word of at most " + People.MAX_ROLE_BYTES
                    + " bytes.", People.MAX_ROLE_BYTES);
        }
    }

    /** Same name after folding, or a name that reads the same (another script's look-alike letters). */
    private static void refuseTakenName(SnapshotHeader header, People people, byte[] tag, String name) {
        boolean sameTag = header.slots().stream().anyMatch(s -> Arrays.equals(s.nameTag(), tag));
        String folded = PersonName.fold(name);
        SpoofChecker confusables = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
        boolean lookAlike = people.slots().stream()
                .anyMatch(p -> confusables.areConfusable(PersonName.fold(p.displayName()), folded) != 0);
        if (sameTag || lookAlike) {
            throw new VaultException(VaultProblem.NAME_TAKEN, "Someone in this casebook already has that name, or one "
                    + "that looks the same. Add a surname or an initial to tell them apart.", null);
        }
    }

    static People peopleOf(SnapshotHeader header, MasterKey key) {
        return People.open(header.sealedPeople(), key, header.casebookId(), CasebookFiles.SNAPSHOT);
    }

    private SnapshotHeader withPeople(SnapshotHeader header, List<KeySlot> slots, byte[] nameKey, People people,
            MasterKey next) {
        return header.withPeople(slots, nameKey, people.seal(next, header.casebookId(), options.random()));
    }

    static List<KeySlot> replace(List<KeySlot> slots, KeySlot old, KeySlot fresh) {
        return slots.stream().map(s -> s == old ? fresh : s).toList();
    }
}
