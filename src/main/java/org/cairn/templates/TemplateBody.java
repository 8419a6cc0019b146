package org.cairn.templates;

/** A structured body (plans, checklists) or a Markdown body with placeholders (referrals, letters). */
public sealed interface TemplateBody permits StructuredBody, MarkdownBody {
}
