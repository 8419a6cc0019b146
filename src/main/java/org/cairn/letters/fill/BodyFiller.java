package org.cairn.letters.fill;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.templates.MarkdownBody;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns a letter template's Markdown body into layout blocks. The Markdown is parsed first, and only then are
 * placeholders replaced inside text, so a case value can never become a heading, emphasis, a link or another
 * placeholder: it reaches the PDF as the characters typed. Raw HTML in a template is shown as text, never run.
 */
public final class BodyFiller {
    private final Parser parser = Parser.builder().build();

    public FilledBody fill(MarkdownBody body, Map<String, String> values) {
        Node document = parser.parse(body.text());
        Context context = new Context(values);
        List<Block> blocks = new ArrayList<>();
        Optional<String> subject = Optional.empty();
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            subject = Optional.of(plainText(inlines(heading, context)));
            first = first.getNext();
        }
        for (Node node = first; node != null; node = node.getNext()) {
            block(node, context, blocks);
        }
        return new FilledBody(subject, blocks, List.copyOf(new LinkedHashSet<>(context.used)),
                List.copyOf(context.missing));
    }

    private void block(Node node, Context context, List<Block> out) {
        if (node instanceof Heading heading) {
            out.add(new Block.Heading(heading.getLevel(), inlines(heading, context)));
        } else if (node instanceof Paragraph) {
            for (List<Inline> line : splitAtHardBreaks(node, context)) {
                out.add(new Block.Paragraph(line));
            }
        } else if (node instanceof ListBlock list) {
            List<List<Inline>> items = new ArrayList<>();
            listItems(list, context, items);
            out.add(list instanceof OrderedList ? new Block.NumberedList(items) : new Block.BulletList(items));
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, context, out);
            }
        } else if (node instanceof FencedCodeBlock code) {
            literalLines(code.getLiteral(), context, out);
        } else if (node instanceof IndentedCodeBlock code) {
            literalLines(code.getLiteral(), context, out);
        } else if (node instanceof HtmlBlock html) {
            literalLines(html.getLiteral(), context, out);
        } else if (!(node instanceof ThematicBreak)) {
            // Any other block (none in plain CommonMark today): keep its text rather than lose words.
            List<Inline> inlines = inlines(node, context);
            if (!inlines.isEmpty()) {
                out.add(new Block.Paragraph(inlines));
            }
        }
    }

    /** Nested lists are flattened into the outer list: the layout has one level, and no words are lost. */
    private void listItems(ListBlock list, Context context, List<List<Inline>> items) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            List<Inline> text = new ArrayList<>();
            List<ListBlock> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock inner) {
                    nested.add(inner);
                } else {
                    if (!text.isEmpty()) {
                        text.add(Inline.plain(" "));
                    }
                    text.addAll(inlines(child, context));
                }
            }
            items.add(text);
            for (ListBlock inner : nested) {
                listItems(inner, context, items);
            }
        }
    }

    private void literalLines(String literal, Context context, List<Block> out) {
        for (String line : literal.strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(Block.Paragraph.of(PlaceholderText.fill(line.strip(), context.values, context.used,
                        context.missing)));
            }
        }
    }

    private List<List<Inline>> splitAtHardBreaks(Node paragraph, Context context) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HardLineBreak) {
                lines.add(current);
                current = new ArrayList<>();
            } else {
                inline(child, false, false, context, current);
            }
        }
        lines.add(current);
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    private List<Inline> inlines(Node parent, Context context) {
        List<Inline> out = new ArrayList<>();
        children(parent, false, false, context, out);
        return out;
    }

    private void children(Node parent, boolean bold, boolean italic, Context context, List<Inline> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, bold, italic, context, out);
        }
    }

    private void inline(Node node, boolean bold, boolean italic, Context context, List<Inline> out) {
        if (node instanceof Text text) {
            add(out, context.fill(text.getLiteral()), bold, italic);
        } else if (node instanceof Code code) {
            add(out, context.fill(code.getLiteral()), bold, italic);
        } else if (node instanceof HtmlInline html) {
            add(out, context.fill(html.getLiteral()), bold, italic);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            add(out, " ", bold, italic);
        } else if (node instanceof StrongEmphasis) {
            children(node, true, italic, context, out);
        } else if (node instanceof Emphasis) {
            children(node, bold, true, context, out);
        } else if (node instanceof Link link) {
            children(node, bold, italic, context, out);
            String destination = link.getDestination();
            if (destination != null && !destination.isBlank()) {
                add(out, " (" + context.fill(destination) + ")", bold, italic);
            }
        } else if (node instanceof Image) {
            children(node, bold, italic, context, out);
        } else {
            children(node, bold, italic, context, out);
        }
    }

    /** Joins runs of the same style, so the layout gets as few runs as the text has style changes. */
    private static void add(List<Inline> out, String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            Inline last = out.get(out.size() - 1);
            if (last.bold() == bold && last.italic() == italic) {
                out.set(out.size() - 1, new Inline(last.text() + text, bold, italic));
                return;
            }
        }
        out.add(new Inline(text, bold, italic));
    }

    static String plainText(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        inlines.forEach(inline -> text.append(inline.text()));
        return text.toString().strip();
    }

    private static final class Context {
        final Map<String, String> values;
        final List<String> used = new ArrayList<>();
        final Set<String> missing = new LinkedHashSet<>();

        Context(Map<String, String> values) {
            this.values = values;
        }

        String fill(String text) {
            return PlaceholderText.fill(text, values, used, missing);
        }
    }
}
