package org.cairn.templates;

import java.util.List;

/** Rules that tie the header to the body and to UK law (docs/TEMPLATES.md). */
final class TemplateRules {
    void check(HeaderDraft header, List<PlaceholderUse> uses, ProblemList problems) {
        if (header.sensitive != null) {
            for (PlaceholderUse use : uses) {
                use.definition().sensitivity().filter(c -> !header.sensitive.contains(c)).ifPresent(c ->
                        problems.add(use.line(), use.column(), "{{" + use.definition().name() + "}} carries "
                                + c.token() + " details, but the header does not declare them. Add " + c.token()
                                + " to the sensitive line, or remove the placeholder."));
            }
        }
        if (header.kind != null && !header.kind.structured() && header.recipient == RecipientKind.IMMIGRATION_AUTHORITY
                && Boolean.FALSE.equals(header.requiresOisc)) {
            problems.add(header.lineOf(HeaderField.REQUIRES_OISC), 1, "A " + header.kind.token() + " to an "
                    + "immigration authority acts for the client in an immigration matter, which only an "
                    + "OISC-registered or solicitor-supervised organisation may do. Set requires-oisc: yes.");
        }
        if (header.kind == TemplateKind.REFERRAL && header.consent == ConsentNeed.NONE) {
            problems.add(header.lineOf(HeaderField.CONSENT), 1, "A referral passes the client's details to "
                    + "another organisation, so it needs her consent. Set consent: refer-to-organisation (or "
                    + "share-with-organisation).");
        }
    }
}
