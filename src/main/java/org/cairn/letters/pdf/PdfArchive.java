package org.cairn.letters.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes the document PDF/A-2u, PDF/UA-1 and clean: an sRGB output intent, XMP with only the PDF/A and PDF/UA
 * identification (and the description PDF/A asks for of the latter)
 * and a neutral title, the same title in the document information and nothing else there (no author,
 * creator, producer or dates that could name the advocate, the software or the computer).
 */
final class PdfArchive {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfArchive() {
    }

    static void apply(PDDocument document, String title, String languageTag) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        document.setDocumentInformation(info);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(languageTag);

        COSDictionary preferences = new COSDictionary();
        preferences.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
        catalog.getCOSObject().setItem(COSName.VIEWER_PREFERENCES, preferences);
    }

    private static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>2</pdfaid:part>\n"
                + "   <pdfaid:conformance>U</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                // PDF/A accepts properties outside its own schemas only when the file describes them
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "    <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
                + "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "     <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "     <pdfaProperty:description>The part of ISO 14289 the file follows</pdfaProperty:description>\n"
                + "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
