package org.cairn.templates;

/** What a template is for. Plans and checklists have a structured body; referrals and letters a Markdown one. */
public enum TemplateKind {
    SAFETY_PLAN(true), RISK_CHECKLIST(true), REFERRAL(false), LETTER(false);

    private final boolean structured;

    TemplateKind(boolean structured) {
        this.structured = structured;
    }

    /** True when the body is sections and items rather than Markdown with placeholders. */
    public boolean structured() {
        return structured;
    }

    public String token() {
        return Tokens.of(this);
    }
}
