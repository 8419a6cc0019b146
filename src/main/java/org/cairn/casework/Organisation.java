package org.cairn.casework;

import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.lists.EditableList;
import org.cairn.letters.lists.OiscPhrases;
import org.cairn.letters.lists.StatutoryBodies;

/** What letters say about the organisation: its name, contacts, accreditation and logo. */
public final class Organisation {
    private final Casebook casebook;
    private final Guard guard;

    Organisation(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The saved profile, or an unnamed one when nobody has filled it in yet. */
    @Performs(Action.READ_ORG_PROFILE)
    public OrgProfile profile() {
        guard.check(Action.READ_ORG_PROFILE);
        return casebook.orgProfile().current();
    }

    /**
     * Saves the profile (the profile itself always names the organisation). An accreditation regulated by the
     * immigration advice regulator needs its registration number, because letters print it.
     */
    @Performs(Action.SAVE_ORG_PROFILE)
    public void save(OrgProfile profile) {
        guard.check(Action.SAVE_ORG_PROFILE);
        if (needsOiscNumber(profile.accreditation())
                && (profile.oiscNumber() == null || profile.oiscNumber().isBlank())) {
            throw new CaseworkException(Problem.OISC_NUMBER_REQUIRED);
        }
        casebook.orgProfile().save(profile);
    }

    /** The lists the outgoing-document check reads, which an organisation may replace with its own. */
    /**
     * The casebook's language for printed outputs other than letters (her subject access copy's headings when none
     * of her languages has them, and, as they are translated, reports): a tag such as {@code pl}, or empty for English.
     */
    @Performs(Action.READ_ORG_PROFILE)
    public Optional<String> printLanguage() {
        guard.check(Action.READ_ORG_PROFILE);
        return PrintLanguage.read(casebook);
    }

    /** Sets the casebook's language for printed outputs; null or blank goes back to English. */
    @Performs(Action.SAVE_ORG_PROFILE)
    public void setPrintLanguage(String tag) {
        guard.check(Action.SAVE_ORG_PROFILE);
        if (tag == null || tag.isBlank()) {
            casebook.settings().remove(PrintLanguage.KEY);
            return;
        }
        if (!PrintLanguage.wellFormed(tag.strip())) {
            throw new IllegalArgumentException("not a language tag Cairn offers");
        }
        casebook.settings().save(PrintLanguage.KEY, tag.strip());
    }

    public enum CheckList {
        STATUTORY_BODIES, OISC_PHRASES
    }

    /** A check list as the check uses it now: the organisation's own text, or the built-in one. */
    public record CheckListContents(String text, boolean edited, int entries) {
    }

    @Performs(Action.READ_CHECK_LISTS)
    public CheckListContents checkList(CheckList which) {
        guard.check(Action.READ_CHECK_LISTS);
        EditableList list = editable(which);
        return new CheckListContents(list.text(), list.edited(), list.entries().size());
    }

    /** Replaces a check list with the organisation's own text (kept in the casebook, audited); returns its size. */
    @Performs(Action.EDIT_CHECK_LISTS)
    public int saveCheckList(CheckList which, String text) {
        guard.check(Action.EDIT_CHECK_LISTS);
        EditableList list = editable(which);
        list.save(Objects.requireNonNull(text));
        return list.entries().size();
    }

    /** Goes back to the built-in list; false when it already was. */
    @Performs(Action.EDIT_CHECK_LISTS)
    public boolean resetCheckList(CheckList which) {
        guard.check(Action.EDIT_CHECK_LISTS);
        return editable(which).reset();
    }

    private EditableList editable(CheckList which) {
        return switch (Objects.requireNonNull(which)) {
            case STATUTORY_BODIES -> new StatutoryBodies(casebook).list();
            case OISC_PHRASES -> new OiscPhrases(casebook).list();
        };
    }

    /** Whether letters under this accreditation must carry the regulator's registration number. */
    private static boolean needsOiscNumber(Accreditation accreditation) {
        return accreditation != Accreditation.NONE && accreditation != Accreditation.SOLICITOR_SUPERVISED;
    }
}
