package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.LetterScript;
import org.cairn.letters.pdf.VeraPdf;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every built-in letter, in every language, with a logo in the letterhead, passes veraPDF's PDF/A-2u rules (which
 * add to 2b that every glyph maps to Unicode) and its PDF/UA-1 rules (tagged structure, artefacts, language): an
 * independent check of the claims the letters make in their metadata (ADRs 0031 and 0035).
 */
class PdfAValidationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private Casebook casebook;
    private CaseFile caseFile;


    @BeforeEach
    void setUp() throws Exception {
        vault = TestVaults.create(dir).vault();
        casebook = Casebook.open(vault, CLOCK, "advocate.one");
        Client client = casebook.clients().create(new ClientDetails("Amira", "Amira Example",
                LocalDate.of(1990, 5, 4), List.of("Arabic", "English"), true, ContactSafety.unknown(), null));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam Advocate"));
        casebook.orgProfile().save(new OrgProfile("Safe Harbour", "1 Quay Street\nLeeds LS1 1AA", "0113 496 0000",
                "help@example.org", "1234567", null, Accreditation.NONE, "Outreach advocate", null, logo(),
                LetterPaper.A4));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void everyBuiltInLetterIsPdfA2uAndPdfUa1() throws Exception {
        FontCatalogue fonts = FontCatalogue.system();
        assumeTrue(fonts.availableScripts().containsAll(EnumSet.of(LetterScript.ARABIC, LetterScript.BENGALI,
                LetterScript.GURMUKHI, LetterScript.TAMIL, LetterScript.ETHIOPIC, LetterScript.HAN)), "Arabic, Bengali, "
                + "Gurmukhi, Tamil and Ethiopic fonts (fonts-noto-core) and a Chinese font (fonts-wqy-microhei) are "
                + "installed; .ci/run installs them");
        LetterMaker maker = new LetterMaker(casebook, new LetterPdf(fonts)::render, CLOCK);
        Recipient gp = new Recipient("Dr Lee", RecipientKind.STATUTORY, null, "Hill Surgery", "2 Hill Road\nLeeds",
                null);
        List<Template> letters = LetterTemplates.builtIn().all();
        assertThat(letters).hasSizeGreaterThanOrEqualTo(13);
        for (Template letter : letters) {
            Recipient to = letter.header().recipient() == RecipientKind.CLIENT
                    ? new Recipient("Amira", RecipientKind.CLIENT, null, null, "3 Example Row\nLeeds", null) : gp;
            LetterDraft draft = maker.prepare(new LetterRequest(caseFile.id(), letter, to,
                    new Advocate("Sam Advocate", null, null, null), Map.of("referral.reason", "Needs legal advice",
                            "referral.urgency", "This week", "referral.consentDate", "1 November 2026",
                            "case.abuseTypes", "Emotional"), null, null));
            byte[] pdf = maker.preview(draft);

            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).as(letter.header().id() + " "
                    + letter.header().language() + " PDF/A-2u").isEmpty();
            assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(letter.header().id() + " "
                    + letter.header().language() + " PDF/UA-1").isEmpty();
        }
    }

    @Test
    void theValidatorCatchesAPdfThatIsNotPdfA() throws Exception {
        // A plain PDF without the output intent or metadata: proves the check above can fail.
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            assertThat(VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
        }
    }

    private static byte[] logo() throws Exception {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 90, 120, 200));
        g.fillOval(10, 10, 220, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
