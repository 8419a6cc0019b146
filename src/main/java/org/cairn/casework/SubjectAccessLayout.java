package org.cairn.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;

/**
 * Her copy as a readable document for the letters' PDF writer: the organisation's letterhead, her name (no
 * address: a copy is handed over, not posted), and one heading per kind of record with its values listed.
 * In English: the section and field names are ours, her values are as recorded.
 */
final class SubjectAccessLayout {
    private static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry("client", "Your details"),
            Map.entry("case", "Your cases"), Map.entry("risk", "Risk assessments"), Map.entry("note", "Case notes"),
            Map.entry("task", "Follow-up tasks"), Map.entry("form", "Safety plans and checklists"),
            Map.entry("referral", "Referrals"), Map.entry("letter", "Letters made about you"),
            Map.entry("consent", "Your consents"), Map.entry("rectification", "Corrections you asked for"),
            Map.entry("personCausingHarm", "People causing harm"),
            Map.entry("neverContact", "People and organisations never to contact"));

    private SubjectAccessLayout() {
    }

    static LetterLayout of(String recipientName, String madeOn, List<HeldRecord> records, OrgProfile profile) {
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("This is a copy of everything we hold about you in our casebook, made on "
                + madeOn + ". Where a record is about another person and the law allows us to withhold it, it "
                + "reads " + HeldRecord.WITHHELD + "."));
        String section = null;
        String record = null;
        List<List<Inline>> items = new ArrayList<>();
        for (HeldRecord held : records) {
            if (!held.section().equals(section) || !held.record().equals(record)) {
                flush(body, items);
                if (!held.section().equals(section)) {
                    section = held.section();
                    body.add(new Block.Heading(2, List.of(Inline.plain(SECTIONS.getOrDefault(section, section)))));
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
        return new LetterLayout(letterhead, madeOn, List.of(recipientName), "", "A copy of the records we hold "
                + "about you", body, List.of(), "en-GB", profile.paper() == LetterPaper.US_LETTER
                ? PaperSize.US_LETTER : PaperSize.A4, PageLabels.english(), "Subject access copy");
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
