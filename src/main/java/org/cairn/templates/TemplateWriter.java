package org.cairn.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a template in canonical form (docs/TEMPLATES.md, "Canonical form"): UTF-8 without a byte order mark, LF
 * line endings, header fields in the documented order, one blank line between blocks, one final newline.
 * Parsing a canonical file and writing it again gives the same bytes. The writer does not validate: a template
 * built in code rather than parsed is checked by parsing what this writes.
 */
public final class TemplateWriter {
    public String write(Template template) {
        StringBuilder out = new StringBuilder();
        header(template.header(), out);
        out.append(HeaderParser.SEPARATOR).append("\n\n");
        if (template.body() instanceof StructuredBody structured) {
            out.append(String.join("\n", blocks(structured)));
        } else if (template.body() instanceof MarkdownBody markdown) {
            out.append(markdown.text()).append('\n');
        }
        return out.toString();
    }

    public byte[] toBytes(Template template) {
        return write(template).getBytes(StandardCharsets.UTF_8);
    }

    private static void header(TemplateHeader h, StringBuilder out) {
        line(out, HeaderField.FORMAT, "1");
        line(out, HeaderField.ID, h.id());
        line(out, HeaderField.VERSION, Integer.toString(h.version()));
        line(out, HeaderField.TITLE, h.title());
        line(out, HeaderField.KIND, h.kind().token());
        line(out, HeaderField.LANGUAGE, h.language());
        line(out, HeaderField.RECIPIENT, h.recipient().token());
        line(out, HeaderField.CONSENT, h.consent().token());
        line(out, HeaderField.SENSITIVE, h.sensitive().isEmpty() ? "none"
                : h.sensitive().stream().sorted().map(SensitivityClass::token).collect(Collectors.joining(", ")));
        line(out, HeaderField.REQUIRES_OISC, h.requiresOisc() ? "yes" : "no");
        line(out, HeaderField.SOURCE, h.source());
        line(out, HeaderField.LAST_CHECKED, h.lastChecked().toString());
        line(out, HeaderField.TRANSLATION, h.translation().token());
    }

    private static void line(StringBuilder out, HeaderField field, String value) {
        out.append(field.key()).append(": ").append(value).append('\n');
    }

    private static List<String> blocks(StructuredBody body) {
        List<String> blocks = new ArrayList<>();
        for (Section section : body.sections()) {
            blocks.add("## " + section.id() + ": " + section.title() + "\n"
                    + (section.guidance().isEmpty() ? "" : "guidance: " + section.guidance() + "\n"));
            for (Item item : section.items()) {
                blocks.add(item(item));
            }
        }
        for (Threshold threshold : body.thresholds()) {
            blocks.add("threshold: " + threshold.minimum() + "\n"
                    + detail("level", Tokens.of(threshold.level()))
                    + (threshold.suggestMarac() ? detail("suggest", ThresholdReader.MARAC) : "")
                    + (threshold.guidance().isEmpty() ? "" : detail("guidance", threshold.guidance())));
        }
        return blocks;
    }

    private static String item(Item item) {
        StringBuilder out = new StringBuilder("- [").append(item.type().token()).append("] ").append(item.id())
                .append(": ").append(item.text()).append('\n');
        if (!item.choices().isEmpty()) {
            out.append(detail("choices", String.join(" | ", item.choices())));
        }
        if (!item.scores().isEmpty()) {
            out.append(detail("score", item.scores().stream().map(s -> s.answer() + " = " + s.points())
                    .collect(Collectors.joining(" | "))));
        }
        if (!item.guidance().isEmpty()) {
            out.append(detail("guidance", item.guidance()));
        }
        return out.toString();
    }

    private static String detail(String key, String value) {
        return "  " + key + ": " + value + "\n";
    }
}
