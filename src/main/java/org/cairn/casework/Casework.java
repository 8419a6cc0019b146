package org.cairn.casework;

import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.vault.LocalJournal;
import org.cairn.vault.PersonSlot;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultPeople;

/**
 * Everything a person can do with an unlocked casebook, grouped by what it is about. Each method is one action:
 * it checks the person's role, owns its transaction and leaves its audit row. Screens and commands call these,
 * never the repositories.
 */
public final class Casework {
    private final Person person;
    private final Guard guard;
    private final CaseFiles cases;
    private final Notes notes;
    private final Tasks tasks;
    private final Consents consents;
    private final Abusers abusers;
    private final Directory directory;
    private final Organisation organisation;
    private final Templates templates;
    private final Counts counts;
    private final Upkeep upkeep;
    private final Plans plans;
    private final Referrals referrals;
    private final BlockedRecipients blockedRecipients;
    private final Letters letters;
    private final People people;
    private final Restrictions restrictions;
    private final Transfers transfers;
    private final Retention retention;
    private final SubjectAccess subjectAccess;
    private final Rectifications rectifications;
    private final Erasure erasure;
    private final ProcessingRecords processingRecords;

    public Casework(Casebook casebook, Person person) {
        this(casebook, person, null);
    }

    /** With the vault's people, so administrators can manage who holds a key. */
    public Casework(Casebook casebook, Person person, VaultPeople keyHolders) {
        this(casebook, person, keyHolders, Optional.empty());
    }

    /** With this computer's journal of erasures for the casebook, so an erasure outlives its files (ADR 0041). */
    public Casework(Casebook casebook, Person person, VaultPeople keyHolders, Optional<LocalJournal> thisComputer) {
        Objects.requireNonNull(casebook);
        this.person = Objects.requireNonNull(person);
        if (!casebook.audit().actor().equals(person.name())) {
            throw new IllegalArgumentException("the casebook must record the acting person in its audit rows");
        }
        this.guard = new Guard(person);
        this.cases = new CaseFiles(casebook, guard);
        this.notes = new Notes(casebook, guard);
        this.tasks = new Tasks(casebook, guard);
        this.consents = new Consents(casebook, guard);
        this.abusers = new Abusers(casebook, guard);
        this.directory = new Directory(casebook, guard);
        this.organisation = new Organisation(casebook, guard);
        this.templates = new Templates(casebook, guard);
        this.counts = new Counts(casebook, guard);
        this.upkeep = new Upkeep(casebook, guard);
        this.plans = new Plans(casebook, guard);
        this.referrals = new Referrals(casebook, guard);
        this.blockedRecipients = new BlockedRecipients(casebook, guard);
        this.letters = new Letters(casebook, guard);
        this.people = new People(casebook, guard, keyHolders);
        this.restrictions = new Restrictions(casebook, guard, keyHolders);
        this.transfers = new Transfers(casebook, guard);
        this.retention = new Retention(casebook, guard, thisComputer, restrictions);
        this.subjectAccess = new SubjectAccess(casebook, guard);
        this.rectifications = new Rectifications(casebook, guard);
        this.erasure = new Erasure(casebook, guard, thisComputer);
        this.processingRecords = new ProcessingRecords(casebook, guard, retention);
    }

    /** The person the casebook's audit rows already name, acting in {@code role}. */
    public static Casework actingAs(Casebook casebook, Role role) {
        return new Casework(casebook, new Person(casebook.audit().actor(), role));
    }

    /**
     * Whoever unlocked {@code vault}, in the role their key slot records. Unlocking with the recovery key, or with
     * the one passphrase of a casebook from before names, acts as an administrator. A writable casebook first has
     * every erasure this computer recorded for it applied again, so an older copy never brings an erased client
     * back ({@link Erasure#reappliedAtUnlock()} says which).
     */
    public static Casework unlockedBy(Casebook casebook, Vault vault) {
        Role role = vault.people().acting().map(People::roleOf).orElse(Role.ADMINISTRATOR);
        Casework casework = new Casework(casebook, new Person(casebook.audit().actor(), role), vault.people(),
                vault.localJournal());
        if (!vault.readOnly()) {
            casework.erasure.reapplyAtUnlock();
        }
        return casework;
    }

    /** The name audit rows carry for whoever unlocked: their own, or {@code unnamed} when the slot has none. */
    public static String actingName(Vault vault, String unnamed) {
        return vault.people().acting().map(PersonSlot::displayName).orElse(unnamed);
    }

    /**
     * Refuses now, as the use case itself would, when the person may not take {@code action}: for asking before
     * the user types anything more (a new passphrase, a long form) rather than after.
     */
    public void requireAllowed(Action action) {
        guard.check(action);
    }

    /** Whether the person may take {@code action}, for showing only what they can use. */
    public boolean allows(Action action) {
        return action.allows(person.role());
    }

    /** Who is acting: their name goes into every audit row. */
    public Person person() {
        return person;
    }

    public CaseFiles cases() {
        return cases;
    }

    public Notes notes() {
        return notes;
    }

    public Tasks tasks() {
        return tasks;
    }

    public Consents consents() {
        return consents;
    }

    public Abusers abusers() {
        return abusers;
    }

    public Directory directory() {
        return directory;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Templates templates() {
        return templates;
    }

    public Counts counts() {
        return counts;
    }

    public Upkeep upkeep() {
        return upkeep;
    }

    public Plans plans() {
        return plans;
    }

    public Referrals referrals() {
        return referrals;
    }

    public BlockedRecipients blockedRecipients() {
        return blockedRecipients;
    }

    public Letters letters() {
        return letters;
    }

    public People people() {
        return people;
    }

    /** Restricting a case to named people, lifting it, and opening it for them. */
    public Restrictions restrictions() {
        return restrictions;
    }

    /** Pairing with other casebooks, and moving or sharing cases with them through files. */
    public Transfers transfers() {
        return transfers;
    }

    /** How long closed cases are kept, legal holds and the review queue (ADR 0040). */
    public Retention retention() {
        return retention;
    }

    /** A client's requests for her records, the review of third-party data in her copy, and corrections. */
    public SubjectAccess subjectAccess() {
        return subjectAccess;
    }

    /** Corrections a client asked for, each kept with the value it replaced. */
    public Rectifications rectifications() {
        return rectifications;
    }

    public Erasure erasure() {
        return erasure;
    }

    /** The records of processing: what is held, kept, decided, erased, requested and corrected, without content. */
    public ProcessingRecords processingRecords() {
        return processingRecords;
    }
}
