package org.cairn.casework;

import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PaperSize;

/**
 * Her copy as a readable document for the letters' PDF writer: the organisation's letterhead, her name (no
 * address: a copy is handed over, not posted), and one heading per kind of record with its values listed.
 * The headings are in the first of her languages that has a translation, else in English with a note saying so
 * ({@link SubjectAccessWords}); field names are Cairn's, her values are as recorded.
 */
final class SubjectAccessLayout {
    private SubjectAccessLayout() {
    }

    static LetterLayout of(String recipientName, String madeOn, List<HeldRecord> records, OrgProfile profile) {
        return of(recipientName, madeOn, records, profile, List.of());
    }

    static LetterLayout of(String recipientName, String madeOn, List<HeldRecord> records, OrgProfile profile,
            List<String> languages) {
        return of(recipientName, madeOn, records, profile, languages, null);
    }

    /** {@code casebookDefault}: the casebook's language for printed outputs, used when none of hers has words. */
    static LetterLayout of(String recipientName, String madeOn, List<HeldRecord> records, OrgProfile profile,
            List<String> languages, String casebookDefault) {
        SubjectAccessWords words = SubjectAccessWords.forLanguages(languages, casebookDefault);
        List<Block> body = new ArrayList<>();
        if (words.missingNote() != null) {
            body.add(Block.Paragraph.of(words.missingNote()));
        }
        body.add(Block.Paragraph.of(java.text.MessageFormat.format(words.get("intro").replace("'", "''"), madeOn,
                HeldRecord.WITHHELD)));
        String section = null;
        String record = null;
        List<List<Inline>> items = new ArrayList<>();
        for (HeldRecord held : records) {
            if (!held.section().equals(section) || !held.record().equals(record)) {
                flush(body, items);
                if (!held.section().equals(section)) {
                    section = held.section();
                    body.add(new Block.Heading(2, List.of(Inline.plain(words.get("section." + section)))));
                }
                record = held.record();
                if (!record.isEmpty()) {
                    body.add(new Block.Heading(3, List.of(Inline.plain(record))));
                }
            }
            items.add(List.of(Inline.bold(held.field() + ": "), Inline.plain(held.value())));
        }
        flush(body, items);
        Letterhead letterhead = new Letterhead(profile.name(), lines(profile.address()), profile.phone(),
                profile.email(), profile.charityNumber(), profile.logo());
        return new LetterLayout(letterhead, madeOn, List.of(recipientName), "", words.get("subject"), body, List.of(),
                words.languageTag(), profile.paper() == LetterPaper.US_LETTER ? PaperSize.US_LETTER : PaperSize.A4,
                org.cairn.letters.LetterLanguage.pageLabels(words.languageTag()), words.get("title"));
    }

    private static void flush(List<Block> body, List<List<Inline>> items) {
        if (!items.isEmpty()) {
            body.add(new Block.BulletList(List.copyOf(items)));
            items.clear();
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : text.strip().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }
}
