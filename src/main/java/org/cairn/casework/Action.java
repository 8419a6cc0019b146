package org.cairn.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every action a person can take on a casebook, each with the roles allowed to take it. The rule sits beside the
 * action so an action cannot exist without one; the permission tests call every {@link Performs} method as every
 * role. Stored nowhere: constants may be renamed freely.
 */
public enum Action {
    // Cases and clients
    FIND_CASES(Rule.CASEWORK),
    READ_CASE_FILE(Rule.CASEWORK),
    OPEN_NEW_CASE(Rule.CASEWORK),
    SAVE_CLIENT(Rule.CASEWORK),
    SAVE_CASE(Rule.CASEWORK),
    CLOSE_CASE(Rule.CASEWORK),
    REOPEN_CASE(Rule.CASEWORK),
    ADD_NOTE(Rule.CASEWORK),
    EDIT_NOTE(Rule.CASEWORK),
    READ_NOTE_HISTORY(Rule.CASEWORK),
    ADD_TASK(Rule.CASEWORK),
    COMPLETE_TASK(Rule.CASEWORK),
    REOPEN_TASK(Rule.CASEWORK),
    RECORD_CONSENT(Rule.CASEWORK),
    RECORD_ABUSER(Rule.CASEWORK),
    REMOVE_ABUSER(Rule.CASEWORK),
    // Safety plans, checklists and risk
    READ_PLANS(Rule.CASEWORK),
    START_FORM(Rule.CASEWORK),
    SAVE_FORM(Rule.CASEWORK),
    COMPLETE_FORM(Rule.CASEWORK),
    REOPEN_FORM(Rule.CASEWORK),
    SET_FORM_REVIEW(Rule.CASEWORK),
    CHANGE_RISK(Rule.CASEWORK),
    DECIDE_MARAC(Rule.CASEWORK),
    // Referrals and never-contact marks
    READ_REFERRALS(Rule.CASEWORK),
    CHECK_REFERRAL(Rule.CASEWORK),
    MAKE_REFERRAL(Rule.CASEWORK),
    RECORD_REFERRAL_OUTCOME(Rule.CASEWORK),
    READ_BLOCKED_RECIPIENTS(Rule.CASEWORK),
    BLOCK_RECIPIENT(Rule.CASEWORK),
    UNBLOCK_RECIPIENT(Rule.CASEWORK),
    // Moving and sharing cases with paired casebooks
    SHOW_PAIRING_CARD(Rule.CASEWORK),
    PAIR_CASEBOOK(Rule.CASEWORK),
    LIST_PAIRED_CASEBOOKS(Rule.CASEWORK),
    SEND_TRANSFER(Rule.CASEWORK),
    PREVIEW_TRANSFER(Rule.CASEWORK),
    RECEIVE_TRANSFER(Rule.CASEWORK),
    // Letters
    PREPARE_LETTER(Rule.CASEWORK),
    RECORD_LETTER_OUTPUT(Rule.CASEWORK),
    // The organisation: directory, profile, templates
    READ_DIRECTORY(Rule.CASEWORK),
    EDIT_DIRECTORY(Rule.ADMINISTRATION),
    IMPORT_DIRECTORY(Rule.ADMINISTRATION),
    EXPORT_DIRECTORY(Rule.CASEWORK),
    READ_ORG_PROFILE(Rule.CASEWORK),
    SAVE_ORG_PROFILE(Rule.ADMINISTRATION),
    READ_CHECK_LISTS(Rule.CASEWORK),
    EDIT_CHECK_LISTS(Rule.ADMINISTRATION),
    READ_TEMPLATES(Rule.CASEWORK),
    IMPORT_TEMPLATE(Rule.ADMINISTRATION),
    EXPORT_TEMPLATE(Rule.CASEWORK),
    // Counts and bundles: anonymised, never case content
    PUBLISH_COUNTS(Rule.COUNTS),
    MANAGE_COUNTS_KEYS(Rule.COUNTS),
    EXPORT_COUNTS_BUNDLE(Rule.EVERYONE),
    IMPORT_COUNTS_BUNDLE(Rule.COUNTS),
    // The casebook as a whole
    MAKE_BACKUP(Rule.EVERYONE),
    // Whoever is at the keyboard when the older copy is found decides; the audit row keeps them accountable.
    ACCEPT_OLDER_COPY(Rule.EVERYONE),
    CHECK_CASEBOOK(Rule.EVERYONE),
    KEEP_PENDING_RECOVERY_KEY(Rule.EVERYONE),
    // People
    LIST_PEOPLE(Rule.ADMINISTRATION),
    ADD_PERSON(Rule.ADMINISTRATION),
    REMOVE_PERSON(Rule.ADMINISTRATION),
    CHANGE_ROLE(Rule.ADMINISTRATION),
    // Everyone keeps their own passphrase; the current one must be typed first.
    CHANGE_OWN_PASSPHRASE(Rule.EVERYONE),
    // Everyone is told who was given a key since they last unlocked: no hidden slot.
    SEE_NEW_PEOPLE(Rule.EVERYONE),
    // Restricted cases: the case's own advocate or an administrator restricts; only those named can open it.
    RESTRICT_CASE(Rule.CASEWORK),
    UNRESTRICT_CASE(Rule.CASEWORK),
    OPEN_RESTRICTED_CASE(Rule.CASEWORK),
    // Retention (ADR 0040): the organisation's schedule and legal holds are an administrator's; the review queue
    // is casework, because the advocate knows whether a case may go. Coordinators never see case retention.
    READ_RETENTION(Rule.CASEWORK),
    SET_RETENTION_SCHEDULE(Rule.ADMINISTRATION),
    PLACE_LEGAL_HOLD(Rule.ADMINISTRATION),
    LIFT_LEGAL_HOLD(Rule.ADMINISTRATION),
    DECIDE_RETENTION(Rule.CASEWORK),
    REMIND_RETENTION(Rule.CASEWORK),
    // Subject access and rectification: the client's own advocate handles her request.
    LOG_SUBJECT_ACCESS(Rule.CASEWORK),
    EXTEND_SUBJECT_ACCESS(Rule.CASEWORK),
    REVIEW_SUBJECT_ACCESS(Rule.CASEWORK),
    EXPORT_SUBJECT_ACCESS(Rule.CASEWORK),
    RECTIFY(Rule.CASEWORK),
    // The records of processing: identifiers, dates and counts for the organisation's data-protection lead.
    READ_PROCESSING_RECORDS(Rule.CASEWORK),
    // Erasure cannot be undone and answers for the organisation's legal duties, so only administrators erase
    // (ADR 0041); applying again an erasure recorded earlier is part of opening the casebook, whoever opens it.
    ERASE_CLIENT(Rule.ADMINISTRATION),
    ERASE_CASE(Rule.ADMINISTRATION),
    REAPPLY_ERASURES(Rule.EVERYONE);

    private final Set<Role> allowed;

    Action(Rule rule) {
        this.allowed = rule.roles();
    }

    public boolean allows(Role role) {
        return allowed.contains(role);
    }

    /** The roles allowed, for the permission screen and the tests. */
    public Set<Role> allowedRoles() {
        return EnumSet.copyOf(allowed);
    }

    /** The few groups of roles the rules are made of. */
    private enum Rule {
        CASEWORK(EnumSet.of(Role.ADMINISTRATOR, Role.ADVOCATE)),
        ADMINISTRATION(EnumSet.of(Role.ADMINISTRATOR)),
        COUNTS(EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR)),
        EVERYONE(EnumSet.allOf(Role.class));

        private final Set<Role> roles;

        Rule(Set<Role> roles) {
            this.roles = roles;
        }

        Set<Role> roles() {
            return roles;
        }
    }
}
