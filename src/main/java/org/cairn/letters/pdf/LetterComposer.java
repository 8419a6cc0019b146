package org.cairn.letters.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;

/**
 * Places a letter's parts on pages: letterhead (first page), date, recipient, reference, subject, body
 * and signature, moving to a new page whenever the next line would run into the footer, then adds
 * "page n of m" footers. Produces positions only; {@link PdfPainter} draws them. Each line names the structure
 * element it belongs to (PDF/UA): a paragraph for each letterhead detail, the date, each address line, the
 * reference and each signature line; the subject as the first heading (H1) and the body's headings below it
 * without skipping a level; lists as L, LI, Lbl and LBody. Page labels belong to no element (artefacts).
 */
final class LetterComposer {

    static final float MARGIN_SIDE = 62f;
    static final float MARGIN_TOP = 48f;
    static final float MARGIN_BOTTOM = 64f;
    static final float FOOTER_BASELINE = 34f;
    static final float LOGO_MAX_WIDTH = 150f;
    static final float LOGO_MAX_HEIGHT = 64f;
    private static final float BODY_SIZE = 10.5f;
    private static final float LIST_INDENT = 20f;
    /**
     * In a right-to-left list, the gap between the marker and its item's first line. Nastaliq lines stand too
     * far apart for pdftotext to join an item's lines into one block, so the marker must sit close enough to
     * join its first line (within 0.7 of the font size); a marker apart at the margin is a block of its own, and
     * pdftotext then reads an item's short last line after the items that follow (ADR 0055).
     */
    private static final float RTL_MARKER_GAP = 6f;

    private final ParagraphLayout paragraphs;
    private final boolean rightToLeft;
    private final float pageWidth;
    private final float pageHeight;
    private final float left;
    private final float width;
    private final List<List<PageItem>> pages = new ArrayList<>();
    private List<PageItem> page;
    private float y;
    private final Tag document = Tag.document();
    private int lastHeading;
    private int headingOffset;

    LetterComposer(ParagraphLayout paragraphs, boolean rightToLeft, float pageWidth, float pageHeight) {
        this.paragraphs = paragraphs;
        this.rightToLeft = rightToLeft;
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.left = MARGIN_SIDE;
        this.width = pageWidth - 2 * MARGIN_SIDE;
    }

    /** Lays out the whole letter; {@code logoAspect} is width/height of the logo, or 0 for none. */
    List<List<PageItem>> compose(LetterLayout layout, float logoAspect) {
        newPage();
        letterhead(layout.letterhead(), logoAspect);
        gap(18);
        field(layout.dateText(), new Style(BODY_SIZE, false, false), true);
        gap(10);
        for (String line : layout.recipientLines()) {
            field(line, new Style(BODY_SIZE, false, false), false);
        }
        gap(14);
        if (!layout.reference().isBlank()) {
            field(layout.reference(), new Style(BODY_SIZE - 0.5f, false, false), false);
            gap(4);
        }
        if (!layout.subject().isBlank()) {
            keepWithNext(3 * BODY_SIZE * 1.8f);
            text(List.of(Inline.bold(layout.subject())), new Style(BODY_SIZE + 1, true, false), false,
                    heading(1));
            headingOffset = 1; // the subject is the letter's first heading: the body's headings go below it
            gap(10);
        }
        for (Block block : layout.body()) {
            block(block);
        }
        gap(14);
        keepWithNext(Math.min(layout.signatureLines().size(), 4) * BODY_SIZE * 1.8f);
        for (String line : layout.signatureLines()) {
            field(line, new Style(BODY_SIZE, false, false), false);
        }
        footers(layout);
        return pages;
    }

    private void letterhead(Letterhead head, float logoAspect) {
        float top = y;
        float textWidth = width;
        if (logoAspect > 0) {
            float h = LOGO_MAX_HEIGHT;
            float w = h * logoAspect;
            if (w > LOGO_MAX_WIDTH) {
                w = LOGO_MAX_WIDTH;
                h = w / logoAspect;
            }
            float x = rightToLeft ? left + width - w : left;
            page.add(new PageItem.Logo(x, top - h, w, h));
            textWidth = width - LOGO_MAX_WIDTH - 12;
        }
        float textLeft = rightToLeft ? left : left + width - textWidth;
        float logoBottom = logoAspect > 0 ? ((PageItem.Logo) page.get(page.size() - 1)).y() : top;
        float cursor = top;
        if (!head.organisationName().isBlank()) {
            cursor = place(paragraphs.fieldLines(head.organisationName(), new Style(13, true, false), textWidth,
                    true), textLeft, cursor, document.add("P"));
        }
        Style small = new Style(9, false, false);
        List<String> details = new ArrayList<>(head.addressLines());
        String contact = String.join("   ", nonBlank(head.phone(), head.email()));
        if (!contact.isBlank()) {
            details.add(contact);
        }
        if (!head.charityNumber().isBlank()) {
            details.add(head.charityNumber());
        }
        for (String detail : details) {
            cursor = place(paragraphs.fieldLines(detail, small, textWidth, true), textLeft, cursor,
                    document.add("P"));
        }
        y = Math.min(cursor, logoBottom) - 8;
        if (y < top) {
            page.add(new PageItem.Rule(left, left + width, y));
        }
    }

    /** Places lines top-down from {@code top} without page breaks (letterhead only); returns the new top. */
    private float place(List<Line> lines, float x, float top, Tag tag) {
        for (Line line : lines) {
            page.add(new PageItem.TextLine(line, x, top - line.ascent(), tag));
            top -= line.height();
        }
        return top;
    }

    private void block(Block block) {
        Style body = new Style(BODY_SIZE, false, false);
        if (block instanceof Block.Heading h) {
            float size = h.level() == 1 ? 14f : h.level() == 2 ? 12.5f : 11.5f;
            gap(6);
            keepWithNext(size * 1.8f + 2 * BODY_SIZE * 1.8f);
            text(h.inlines(), new Style(size, true, false), false, heading(h.level() + headingOffset));
            gap(3);
        } else if (block instanceof Block.Paragraph p) {
            text(p.inlines(), body, false, document.add("P"));
            gap(7);
        } else if (block instanceof Block.BulletList list) {
            Tag l = document.add("L");
            for (List<Inline> item : list.items()) {
                item("\u2022", item, body, l.add("LI"));
            }
            gap(5);
        } else if (block instanceof Block.NumberedList list) {
            Tag l = document.add("L");
            int n = 1;
            for (List<Inline> item : list.items()) {
                item(n++ + ".", item, body, l.add("LI"));
            }
            gap(5);
        }
    }

    /**
     * A heading element: H1 for the subject, the body's level 1 below it (H1 itself when there is no subject),
     * and never more than one level deeper than the heading before (PDF/UA forbids skipping a level).
     */
    private Tag heading(int wanted) {
        int level = Math.max(1, Math.min(wanted, lastHeading + 1));
        level = Math.min(level, 6);
        lastHeading = level;
        return document.add("H" + level);
    }

    private void item(String marker, List<Inline> inlines, Style style, Tag li) {
        List<Line> lines = paragraphs.lines(inlines, style, width - LIST_INDENT);
        // a right-to-left marker is aligned towards its text, RTL_MARKER_GAP from it; a left-to-right one at the margin
        List<Line> markerLines = paragraphs.lines(List.of(Inline.plain(marker)), style, LIST_INDENT - 4, rightToLeft);
        float textLeft = rightToLeft ? left : left + LIST_INDENT;
        float markerLeft = rightToLeft ? left + width - LIST_INDENT + RTL_MARKER_GAP : left;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            ensure(line.height());
            float baseline = y - line.ascent();
            if (i == 0 && !markerLines.isEmpty()) {
                page.add(new PageItem.TextLine(markerLines.get(0), markerLeft, baseline, li.add("Lbl")));
            }
            if (i == 0) {
                li.add("LBody");
            }
            page.add(new PageItem.TextLine(line, textLeft, baseline, li.children().get(li.children().size() - 1)));
            y -= line.height();
        }
        gap(2);
    }

    private void text(List<Inline> inlines, Style style, boolean alignEnd, Tag tag) {
        for (Line line : paragraphs.lines(inlines, style, width, alignEnd)) {
            ensure(line.height());
            page.add(new PageItem.TextLine(line, left, y - line.ascent(), tag));
            y -= line.height();
        }
    }

    /** A name, address line, date or reference: its own direction, the letter's alignment (see fieldLines). */
    private void field(String value, Style style, boolean alignEnd) {
        Tag p = null;
        for (Line line : paragraphs.fieldLines(value, style, width, alignEnd)) {
            ensure(line.height());
            p = p == null ? document.add("P") : p;
            page.add(new PageItem.TextLine(line, left, y - line.ascent(), p));
            y -= line.height();
        }
    }

    private void footers(LetterLayout layout) {
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            String label = layout.pageLabels().format(i + 1, count);
            for (Line line : paragraphs.fieldLines(label, new Style(8.5f, false, false), width, false)) {
                float x = left + (width - line.width()) / 2 - (line.fragments().isEmpty() ? 0
                        : line.fragments().get(0).x());
                pages.get(i).add(new PageItem.TextLine(line, x, FOOTER_BASELINE, null));
            }
        }
    }

    private void keepWithNext(float height) {
        ensure(height);
    }

    private void ensure(float height) {
        if (y - height < MARGIN_BOTTOM && !isPageEmpty()) {
            newPage();
        }
    }

    private boolean isPageEmpty() {
        return page.isEmpty();
    }

    private void gap(float points) {
        if (!isPageEmpty() && y < pageHeight - MARGIN_TOP) {
            y -= points;
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = pageHeight - MARGIN_TOP;
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    /** The letter's structure (PDF/UA), complete once {@link #compose} has run. */
    Tag structure() {
        return document;
    }

    float pageWidth() {
        return pageWidth;
    }
}
