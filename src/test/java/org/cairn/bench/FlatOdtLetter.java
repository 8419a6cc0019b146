package org.cairn.bench;

import java.util.List;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;

/**
 * The same letter as a flat OpenDocument text file (.fodt), for LibreOffice to convert beside Cairn: the same
 * letterhead, addresses, headings, paragraphs, lists and bold and italic runs, on A4 with 2 cm margins.
 */
final class FlatOdtLetter {
    private FlatOdtLetter() {
    }

    static String of(LetterLayout letter) {
        boolean rtl = letter.languageTag().startsWith("ur") || letter.languageTag().startsWith("ar")
                || letter.languageTag().startsWith("fa");
        StringBuilder body = new StringBuilder();
        paragraph(body, "Org", letter.letterhead().organisationName());
        for (String line : letter.letterhead().addressLines()) {
            paragraph(body, "Small", line);
        }
        paragraph(body, "Small", letter.letterhead().phone() + " · " + letter.letterhead().email());
        paragraph(body, "Small", letter.letterhead().charityNumber());
        paragraph(body, "P", letter.dateText());
        for (String line : letter.recipientLines()) {
            paragraph(body, "Tight", line);
        }
        paragraph(body, "P", letter.reference());
        paragraph(body, "Subject", letter.subject());
        for (Block block : letter.body()) {
            if (block instanceof Block.Heading h) {
                body.append("<text:h text:style-name=\"H").append(Math.min(h.level(), 3))
                        .append("\" text:outline-level=\"").append(h.level()).append("\">");
                inlines(body, h.inlines());
                body.append("</text:h>\n");
            } else if (block instanceof Block.Paragraph p) {
                body.append("<text:p text:style-name=\"P\">");
                inlines(body, p.inlines());
                body.append("</text:p>\n");
            } else if (block instanceof Block.BulletList list) {
                list(body, "Bullets", list.items());
            } else if (block instanceof Block.NumberedList list) {
                list(body, "Numbers", list.items());
            }
        }
        for (String line : letter.signatureLines()) {
            paragraph(body, "Tight", line);
        }
        String lang = letter.locale().getLanguage();
        String direction = rtl ? " style:writing-mode=\"rl-tb\" fo:text-align=\"end\"" : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:styles>
                 <style:default-style style:family="paragraph">
                  <style:paragraph-properties%s/>
                  <style:text-properties fo:font-size="11pt" fo:language="%s" style:language-complex="%s"
                   style:font-size-complex="11pt"/>
                 </style:default-style>
                </office:styles>
                <office:automatic-styles>
                 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm"
                  fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm"
                  fo:margin-right="2cm"/></style:page-layout>
                 <style:style style:name="Org" style:family="paragraph"><style:text-properties fo:font-size="16pt"
                  fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"
                  style:font-size-complex="9pt"/></style:style>
                 <style:style style:name="Tight" style:family="paragraph"/>
                 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties
                  fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
                 <style:style style:name="Subject" style:family="paragraph"><style:text-properties
                  fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="H1" style:family="paragraph"><style:text-properties fo:font-size="15pt"
                  fo:font-weight="bold" style:font-size-complex="15pt" style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="H2" style:family="paragraph"><style:text-properties fo:font-size="13pt"
                  fo:font-weight="bold" style:font-size-complex="13pt" style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="H3" style:family="paragraph"><style:text-properties fo:font-size="12pt"
                  fo:font-weight="bold" style:font-size-complex="12pt" style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"
                  style:font-weight-complex="bold"/></style:style>
                 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"
                  style:font-style-complex="italic"/></style:style>
                 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold"
                  fo:font-style="italic" style:font-weight-complex="bold" style:font-style-complex="italic"/>
                 </style:style>
                 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1"
                  text:bullet-char="•"/></text:list-style>
                 <text:list-style style:name="Numbers"><text:list-level-style-number text:level="1"
                  style:num-format="1" style:num-suffix="."/></text:list-style>
                </office:automatic-styles>
                <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/>
                </office:master-styles>
                <office:body><office:text>
                %s</office:text></office:body></office:document>
                """.formatted(direction, lang, lang, body);
    }

    private static void list(StringBuilder out, String style, List<List<Inline>> items) {
        out.append("<text:list text:style-name=\"").append(style).append("\">");
        for (List<Inline> item : items) {
            out.append("<text:list-item><text:p text:style-name=\"P\">");
            inlines(out, item);
            out.append("</text:p></text:list-item>");
        }
        out.append("</text:list>\n");
    }

    private static void paragraph(StringBuilder out, String style, String text) {
        out.append("<text:p text:style-name=\"").append(style).append("\">").append(escape(text)).append("</text:p>\n");
    }

    private static void inlines(StringBuilder out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            String style = inline.bold() && inline.italic() ? "BI" : inline.bold() ? "B" : inline.italic() ? "I" : "";
            if (style.isEmpty()) {
                out.append(escape(inline.text()));
            } else {
                out.append("<text:span text:style-name=\"").append(style).append("\">").append(escape(inline.text()))
                        .append("</text:span>");
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
