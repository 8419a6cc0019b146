package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cairn.letters.pdf.SampleLetters;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class FlatOdtLetterTest {
    @Test
    void theLibreOfficeLetterIsWellFormedAndHoldsTheSameText() throws Exception {
        String odt = FlatOdtLetter.of(SampleLetters.letter("en", SampleLetters.LATIN));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(odt.getBytes(StandardCharsets.UTF_8)));

        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Riverside Women's Support", "The Practice Manager", SampleLetters.LATIN,
                "Yours sincerely,");
        assertThat(doc.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "list").getLength())
                .isEqualTo(2);
    }

    @Test
    void markupInTheTextIsEscaped() throws Exception {
        String odt = FlatOdtLetter.of(SampleLetters.letter("en", "Smith & <Jones> \"quoted\" text"));

        assertThat(odt).contains("Smith &amp; &lt;Jones&gt; &quot;quoted&quot;");
    }

    @Test
    void anUrduLetterIsWrittenRightToLeft() {
        assertThat(FlatOdtLetter.of(SampleLetters.letter("ur", SampleLetters.URDU))).contains("style:writing-mode=\"rl-tb\"");
    }
}
