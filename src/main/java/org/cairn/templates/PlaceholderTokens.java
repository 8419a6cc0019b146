package org.cairn.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The one definition of a placeholder at fill time, shared by the template check and the letter filler. The
 * filler reads the Markdown first and replaces placeholders in what Markdown leaves (text, code, raw HTML, link
 * targets), so escaped braces and character references such as {@code &#123;} become braces before it looks.
 * The check looks at exactly those texts too, so nothing the filler will replace is hidden from it.
 */
public final class PlaceholderTokens {
    /** {@code {{ name }}}: the filler replaces every match in one pass. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Parser PARSER = Parser.builder().build();

    private PlaceholderTokens() {
    }

    /** The placeholder names in one piece of text, in order, repeats included. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Every placeholder name the filler could find in this Markdown body, after Markdown has been read. */
    public static List<String> atFillTime(String markdown) {
        List<String> names = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                names.addAll(names(text.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                names.addAll(names(code.getLiteral()));
            }

            @Override
            public void visit(HtmlInline html) {
                names.addAll(names(html.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                names.addAll(names(html.getLiteral()));
            }

            @Override
            public void visit(FencedCodeBlock code) {
                names.addAll(names(code.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                names.addAll(names(code.getLiteral()));
            }

            @Override
            public void visit(Link link) {
                names.addAll(names(String.valueOf(link.getDestination()) + " " + link.getTitle()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                names.addAll(names(String.valueOf(image.getDestination()) + " " + image.getTitle()));
                visitChildren(image);
            }
        });
        return names;
    }
}
