package org.cairn.casework;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.PersonSlot;
import org.cairn.vault.RecoveryKey;
import org.cairn.vault.VaultPeople;

/**
 * The people who hold a key to the casebook. Every slot is listed to administrators; removing someone replaces the
 * master key (in the vault), so later copies of the casebook no longer open with their passphrase.
 */
public final class People {
    private final Casebook casebook;
    private final Guard guard;
    private final VaultPeople people;

    People(Casebook casebook, Guard guard, VaultPeople people) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.people = people;
    }

    /** Every person's slot in the order they were added: name, role, added by, added on. */
    @Performs(Action.LIST_PEOPLE)
    public List<PersonSlot> list() {
        guard.check(Action.LIST_PEOPLE);
        return slots().list();
    }

    /** Gives {@code name} their own passphrase to this casebook, in {@code role}. */
    @Performs(Action.ADD_PERSON)
    public PersonSlot add(String name, Role role, Passphrase passphrase, KdfPolicy kdfPolicy) {
        guard.check(Action.ADD_PERSON);
        PersonSlot added = slots().add(name, stored(role), passphrase, kdfPolicy);
        casebook.audit().record(AuditAction.PERSON_ADDED, subject(added), added.role());
        return added;
    }

    /**
     * Removes {@code name}'s key and replaces the master key. Returns a new recovery key when the old recovery
     * slot could not be carried over: it must be shown and stored, as at creation.
     */
    @Performs(Action.REMOVE_PERSON)
    public Optional<RecoveryKey> remove(String name) {
        guard.check(Action.REMOVE_PERSON);
        List<PersonSlot> all = slots().list();
        PersonSlot target = find(all, name);
        if (sameName(target.displayName(), guard.person().name())) {
            throw new CaseworkException(Problem.CANNOT_REMOVE_YOURSELF);
        }
        if (roleOf(target) == Role.ADMINISTRATOR && administrators(all) <= 1) {
            throw new CaseworkException(Problem.LAST_ADMINISTRATOR);
        }
        Optional<RecoveryKey> replaced = slots().remove(target.slotId());
        casebook.audit().record(AuditAction.PERSON_REMOVED, subject(target), target.role());
        return replaced;
    }

    /**
     * Records a new role for {@code name}. The last administrator keeps the role: someone must always be able to
     * manage people.
     */
    @Performs(Action.CHANGE_ROLE)
    public PersonSlot changeRole(String name, Role role) {
        guard.check(Action.CHANGE_ROLE);
        Objects.requireNonNull(role, "role");
        List<PersonSlot> all = slots().list();
        PersonSlot target = find(all, name);
        if (roleOf(target) == role) {
            return target;
        }
        if (roleOf(target) == Role.ADMINISTRATOR && administrators(all) <= 1) {
            throw new CaseworkException(Problem.LAST_ADMINISTRATOR);
        }
        slots().changeRole(target.slotId(), stored(role));
        casebook.audit().record(AuditAction.PERSON_ROLE_CHANGED, subject(target), stored(role));
        return slots().list().stream().filter(p -> p.slotId() == target.slotId()).findFirst().orElseThrow();
    }

    /**
     * Replaces the acting person's passphrase once {@code current} proves it is theirs, so a casebook left unlocked
     * cannot be taken over by whoever sits down at it. The data and everyone else's keys stay as they are.
     */
    @Performs(Action.CHANGE_OWN_PASSPHRASE)
    public void changeOwnPassphrase(Passphrase current, Passphrase fresh, KdfPolicy kdfPolicy) {
        guard.check(Action.CHANGE_OWN_PASSPHRASE);
        Objects.requireNonNull(fresh, "fresh");
        if (current == null || !slots().isOwnPassphrase(current)) {
            throw new CaseworkException(Problem.WRONG_CURRENT_PASSPHRASE);
        }
        slots().changeOwnPassphrase(fresh, kdfPolicy);
        casebook.audit().record(AuditAction.PASSPHRASE_CHANGED, "person " + guard.person().name());
    }

    /** People given a key since the acting person last acknowledged the list. */
    @Performs(Action.SEE_NEW_PEOPLE)
    public List<PersonSlot> addedSinceLastUnlock() {
        guard.check(Action.SEE_NEW_PEOPLE);
        return slots().addedSinceLastUnlock();
    }

    /** The acting person has been told about everyone added so far. */
    @Performs(Action.SEE_NEW_PEOPLE)
    public void acknowledgeAdded() {
        guard.check(Action.SEE_NEW_PEOPLE);
        slots().acknowledgeAdded();
    }

    /** The role a slot records; an unknown one (written by a newer Cairn) is refused rather than guessed. */
    public static Role roleOf(PersonSlot slot) {
        for (Role role : Role.values()) {
            if (stored(role).equals(slot.role().strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new CaseworkException(Problem.UNKNOWN_ROLE);
    }

    /** How a role is written into a slot: lower case, as the command line takes it. */
    public static String stored(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static PersonSlot find(List<PersonSlot> all, String name) {
        return all.stream().filter(p -> sameName(p.displayName(), name)).findFirst()
                .orElseThrow(() -> new CaseworkException(Problem.NO_SUCH_PERSON));
    }

    private static long administrators(List<PersonSlot> all) {
        return all.stream().filter(p -> roleOf(p) == Role.ADMINISTRATOR).count();
    }

    private static String subject(PersonSlot slot) {
        return "person " + slot.displayName();
    }

    private static boolean sameName(String a, String b) {
        return VaultPeople.sameName(a, b);
    }

    private VaultPeople slots() {
        if (people == null) {
            throw new IllegalStateException("this casebook has no key slots to manage");
        }
        return people;
    }
}
