package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes one sample PDF per script to -Dcairn.letters.samples=DIR so a person can look at them. */
class WriteSamplesTest {

    @Test
    void writesSamplesWhenAsked() throws Exception {
        String dir = System.getProperty("cairn.letters.samples");
        assumeTrue(dir != null, "set -Dcairn.letters.samples=DIR to write sample letters");
        LetterPdf pdf = new LetterPdf(FontCatalogue.system());
        Map<String, String> samples = Map.of("en", SampleLetters.LATIN, "uk", SampleLetters.CYRILLIC,
                "el", SampleLetters.GREEK, "bn", SampleLetters.BENGALI, "hi", SampleLetters.DEVANAGARI,
                "ur", SampleLetters.URDU, "ar", SampleLetters.ARABIC, "fa", SampleLetters.FARSI, "pa",
                SampleLetters.PUNJABI, "ta", SampleLetters.TAMIL);
        samples = new java.util.HashMap<>(samples);
        samples.put("ti", SampleLetters.TIGRINYA);
        samples.put("zh", SampleLetters.CHINESE);
        Files.createDirectories(Path.of(dir));
        for (var e : samples.entrySet()) {
            byte[] bytes = pdf.render(SampleLetters.letter(e.getKey(), e.getValue()));
            Files.write(Path.of(dir, e.getKey() + ".pdf"), bytes);
            assertThat(bytes).isNotEmpty();
        }
    }
}
