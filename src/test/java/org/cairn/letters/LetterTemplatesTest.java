package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.KeptLetter;
import org.cairn.casebook.LetterDisposition;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.recipients.ClientRecipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;
import org.cairn.templates.TemplateSource;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterTemplatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Vault vault;
    private Casebook casebook;
    private CaseFile caseFile;
    private TemplateLibrary library;

    @BeforeEach
    void setUp() {
        vault = TestVaults.create(dir).vault();
        casebook = Casebook.open(vault, CLOCK, "advocate.one");
        Client client = casebook.clients().create(new ClientDetails("Amira", "Amira Example",
                LocalDate.of(1990, 5, 4), List.of("Arabic"), true, ContactSafety.unknown(), null));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam Advocate"));
        TemplateParser parser = TemplateParser.standard();
        library = new TemplateLibrary(new BuiltInTemplates(parser), parser, casebook.orgTemplates());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void importedLettersAreOfferedAfterTheBuiltInsNewestVersionOnlyAndOtherKindsAreNot() {
        importAll(letter("org-welcome", 1, "First wording for {{client.alias}}."),
                letter("org-welcome", 2, "Second wording for {{client.alias}}."),
                notALetter());

        LetterTemplates letters = LetterTemplates.of(casebook);

        int builtIns = LetterTemplates.builtIn().all().size();
        assertThat(letters.all()).hasSize(builtIns + 1);
        assertThat(letters.all().subList(0, builtIns)).extracting(t -> t.header().id())
                .containsExactlyElementsOf(LetterTemplates.builtIn().all().stream().map(t -> t.header().id())
                        .toList());
        Template offered = letters.all().get(builtIns);
        assertThat(offered.header().id()).isEqualTo("org-welcome");
        assertThat(offered.header().version()).isEqualTo(2);
        assertThat(letters.organisation(offered)).isTrue();
        assertThat(letters.organisation(letters.find("letter-gp-registration").orElseThrow())).isFalse();
        assertThat(letters.find("org-welcome")).hasValueSatisfying(t -> assertThat(t.header().version())
                .isEqualTo(2));
        assertThat(letters.find("org-welcome", 1)).hasValueSatisfying(t -> assertThat(t.header().version())
                .isEqualTo(1));
        assertThat(letters.find("org-welcome", 3)).isEmpty();
        assertThat(letters.find("org-plan")).isEmpty();
    }

    @Test
    void aLetterMadeFromAnImportedVersionKeepsThatVersionWhenANewerOneArrives() throws Exception {
        importAll(letter("org-welcome", 1, "First wording for {{client.alias}}."));
        LetterMaker maker = new LetterMaker(casebook, new LetterPdf(FontCatalogue.bundledOnly())::render, CLOCK);
        Template first = LetterTemplates.of(casebook).find("org-welcome").orElseThrow();
        FinishedLetter made = maker.finish(maker.prepare(new LetterRequest(caseFile.id(), first,
                ClientRecipient.of(casebook, caseFile.id()), new Advocate(null, null, null, null), Map.of(), null,
                null)), LetterDisposition.KEPT);

        importAll(letter("org-welcome", 2, "Second wording for {{client.alias}}."));

        KeptLetter kept = casebook.letters().forCase(caseFile.id()).get(0);
        assertThat(kept.id()).isEqualTo(made.kept().id());
        assertThat(kept.templateId()).isEqualTo("org-welcome");
        assertThat(kept.templateVersion()).isEqualTo(1);
        assertThat(casebook.letters().pdf(kept.id())).hasValue(made.pdf());
        LetterTemplates now = LetterTemplates.of(casebook);
        assertThat(now.find("org-welcome").orElseThrow().header().version()).isEqualTo(2);
        assertThat(now.find(kept.templateId(), kept.templateVersion()).orElseThrow().body())
                .isInstanceOfSatisfying(org.cairn.templates.MarkdownBody.class,
                        body -> assertThat(body.text()).contains("First wording"));
    }

    private void importAll(String... texts) {
        List<TemplateSource> files = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            files.add(new TemplateSource("t" + i + ".cairn-template", texts[i].getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(library.importFiles(files).succeeded()).isTrue();
    }

    private static String letter(String id, int version, String body) {
        return """
                cairn-template: 1
                id: %s
                version: %d
                title: Welcome
                kind: letter
                language: en-GB
                recipient: client
                consent: none
                sensitive: none
                requires-oisc: no
                source: Our own wording
                last-checked: 2026-11-25
                translation: original
                ---

                %s
                """.formatted(id, version, body);
    }

    private static String notALetter() {
        return new String(new BuiltInTemplates(TemplateParser.standard()).bytes(
                new BuiltInTemplates(TemplateParser.standard()).names().stream()
                        .filter(n -> !n.startsWith("letter-")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: org-plan");
    }
}
