package org.cairn.letters;

import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.Block;
import java.util.Map;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.fill.FilledBody;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PaperSize;
import org.cairn.templates.TemplateHeader;

/**
 * Puts a filled body into the frame of a letter: letterhead, date, recipient block, reference, subject and
 * signature. A letter written in the client's own voice (id starting {@value #CLIENT_VOICE}) carries no
 * letterhead, reference or advocate signature: she signs it herself.
 */
final class LetterLayouts {
    static final String CLIENT_VOICE = "letter-from-client-";
    /** The PDF title: neutral, so a file name or document list reveals nothing about the client. */
    static final String NEUTRAL_TITLE = "Letter";

    private LetterLayouts() {
    }

    static boolean inClientVoice(TemplateHeader header) {
        return header.id().startsWith(CLIENT_VOICE);
    }

    static LetterLayout layout(TemplateHeader header, FilledBody body, Map<String, String> values,
            OrgProfile profile) {
        boolean clientVoice = inClientVoice(header);
        Letterhead letterhead = clientVoice ? Letterhead.none()
                : new Letterhead(profile.name(), lines(profile.address()), profile.phone(), profile.email(),
                        profile.charityNumber(), profile.logo());
        String subject = body.subject().orElse(header.title());
        return new LetterLayout(letterhead, values.get("today"), recipientLines(values),
                clientVoice ? "" : values.get("case.reference"), subject, body.blocks(),
                clientVoice ? clientSignature(values) : signature(values, profile), header.language(),
                profile.paper() == LetterPaper.US_LETTER ? PaperSize.US_LETTER : PaperSize.A4,
                LetterLanguage.pageLabels(header.language()), NEUTRAL_TITLE);
    }

    /** The recipient block shows the recipient's own details only; the names of the values it used. */
    static List<String> recipientFields(Map<String, String> values) {
        List<String> used = new ArrayList<>();
        for (String name : List.of("recipient.name", "recipient.organisation", "recipient.address")) {
            if (values.containsKey(name)) {
                used.add(name);
            }
        }
        return used;
    }

    private static List<String> recipientLines(Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        lines.add(values.get("recipient.name"));
        String organisation = values.get("recipient.organisation");
        if (organisation != null && !organisation.equalsIgnoreCase(values.get("recipient.name"))) {
            lines.add(organisation);
        }
        lines.addAll(lines(values.get("recipient.address")));
        return lines;
    }

    private static List<String> signature(Map<String, String> values, OrgProfile profile) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, values.get("advocate.name"));
        addIfPresent(lines, values.get("advocate.title"));
        if (profile.signature() != null && !profile.signature().isBlank()) {
            lines.addAll(lines(profile.signature()));
        } else {
            addIfPresent(lines, profile.name());
        }
        return lines;
    }

    private static List<String> clientSignature(Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, values.get("client.legalName"));
        return lines;
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The words of a filled body (subject and every block) as one text, for checks on what the letter says. */
    static String plainText(FilledBody body) {
        StringBuilder text = new StringBuilder(body.subject().orElse(""));
        for (Block block : body.blocks()) {
            List<List<Inline>> runs;
            if (block instanceof Block.Heading heading) {
                runs = List.of(heading.inlines());
            } else if (block instanceof Block.Paragraph paragraph) {
                runs = List.of(paragraph.inlines());
            } else if (block instanceof Block.BulletList list) {
                runs = list.items();
            } else {
                runs = ((Block.NumberedList) block).items();
            }
            runs.forEach(run -> {
                text.append('\n');
                run.forEach(inline -> text.append(inline.text()));
            });
        }
        return text.toString();
    }
}
