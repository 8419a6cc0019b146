package org.cairn.ui.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Linux desktop's list of recently used files ({@code recently-used.xbel}), where the GTK file chooser records
 * every folder and file chosen through it. Cairn removes its own entries again: a casebook folder, a backup or a
 * letter named there would tell the next person at the desk where to look.
 */
public final class RecentFilesList {
    private final Path xbel;

    public RecentFilesList(Path xbel) {
        this.xbel = xbel;
    }

    Path file() {
        return xbel;
    }

    /** Where GTK keeps the list for this user: {@code $XDG_DATA_HOME}, else {@code ~/.local/share}. */
    public static RecentFilesList forThisUser(Map<String, String> environment, String userHome) {
        String data = environment.get("XDG_DATA_HOME");
        Path folder = data != null && !data.isBlank() ? Path.of(data) : Path.of(userHome, ".local", "share");
        return new RecentFilesList(folder.resolve("recently-used.xbel"));
    }

    /**
     * Removes every entry for {@code chosen} or anything inside it; returns how many went. A missing or unreadable
     * list is left alone (there is nothing of ours in it that could be removed safely).
     */
    public int forget(Path chosen) {
        if (!Files.isRegularFile(xbel)) {
            return 0;
        }
        try {
            Document document = parse();
            NodeList bookmarks = document.getElementsByTagName("bookmark");
            List<Element> ours = new ArrayList<>();
            Path target = chosen.toAbsolutePath().normalize();
            for (int i = 0; i < bookmarks.getLength(); i++) {
                Element bookmark = (Element) bookmarks.item(i);
                if (filePath(bookmark.getAttribute("href")).filter(path -> path.startsWith(target)).isPresent()) {
                    ours.add(bookmark);
                }
            }
            if (ours.isEmpty()) {
                return 0;
            }
            ours.forEach(bookmark -> bookmark.getParentNode().removeChild(bookmark));
            write(document);
            return ours.size();
        } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                | org.xml.sax.SAXException | javax.xml.transform.TransformerException e) {
            return 0;
        }
    }

    private Document parse() throws IOException, javax.xml.parsers.ParserConfigurationException,
            org.xml.sax.SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The file is written by other programs too: no document types, no outside entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        try (InputStream in = Files.newInputStream(xbel)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Replaces the list in one step, so the desktop never reads half a file. */
    private void write(Document document) throws IOException, javax.xml.transform.TransformerException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(bytes));
        Path temporary = xbel.resolveSibling(xbel.getFileName() + ".cairn-tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            out.write(bytes.toByteArray());
        }
        Files.move(temporary, xbel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code file:///a/b%20c} as a path; anything else (other schemes, bad escapes) as empty. */
    static Optional<Path> filePath(String href) {
        if (href == null || !href.startsWith("file://")) {
            return Optional.empty();
        }
        String rest = href.substring("file://".length());
        if (!rest.startsWith("/")) {
            return Optional.empty();
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '%') {
                if (i + 2 >= rest.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(rest.charAt(i + 1), 16);
                int low = Character.digit(rest.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                decoded.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                decoded.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(Path.of(decoded.toString(StandardCharsets.UTF_8)).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
