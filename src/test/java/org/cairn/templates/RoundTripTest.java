package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Export then import gives the same template, and a canonical file exports to the same bytes. */
class RoundTripTest {
    private final TemplateParser parser = TemplateParser.standard();
    private final TemplateWriter writer = new TemplateWriter();

    @Test
    void generatedTemplatesOfEveryKindSurviveWriteAndParse() {
        RandomTemplates templates = new RandomTemplates(20261125L);
        for (int i = 0; i < 2000; i++) {
            Template template = templates.next();
            String written = writer.write(template);
            ParseResult parsed = parser.parse(written);
            assertThat(parsed.problems()).as(written).isEmpty();
            assertThat(parsed.template()).as(written).contains(template);
            assertThat(writer.write(parsed.template().orElseThrow())).isEqualTo(written);
        }
    }

    @Test
    void theSamplesAreCanonical() {
        for (String sample : new String[] {Samples.PLAN, Samples.CHECKLIST}) {
            assertThat(writer.write(Problems.valid(sample))).isEqualTo(sample);
        }
        // The letter sample writes {{ client.phone }} with spaces; the body is kept as written.
        assertThat(writer.write(Problems.valid(Samples.LETTER))).isEqualTo(Samples.LETTER);
    }

    @Test
    void nonCanonicalSpellingsWriteBackCanonically() {
        String loose = Samples.CHECKLIST.replace("score: yes = 2 | unknown = 1", "score: yes=2|unknown =1")
                .replace("choices: Never | Sometimes | Often", "choices:Never|Sometimes |  Often")
                .replace("- [tick] injured: Injured", "-[ tick ]injured :  Injured")
                .replace("threshold: 4", "threshold:4")
                .replace("\n\n- [yes-no-unknown]", "\n- [yes-no-unknown]");
        assertThat(writer.write(Problems.valid(loose))).isEqualTo(Samples.CHECKLIST);
    }
}
