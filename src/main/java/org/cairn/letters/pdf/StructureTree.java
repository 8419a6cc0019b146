package org.cairn.letters.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The letter's tagged structure (PDF/UA-1): every piece of text drawn is a marked-content sequence with an id
 * (MCID) on its page, belonging to a structure element of the letter ({@link Tag}); the tree lists each
 * element's text in reading order (logical order, so a right-to-left line is read from its right end), with the
 * parent tree that leads from each page's ids back to their elements. In a letter whose language is not written
 * in Latin script, Latin-script text (the English terms an advice letter quotes, the UK addresses) is put in a
 * Span with the language "en", so that a screen reader reads it with an English voice.
 */
final class StructureTree {

    /** Languages whose letters are written in a script other than Latin (primary subtag). */
    private static final Set<String> NOT_LATIN = Set.of("ar", "ur", "fa", "ps", "ckb", "sd", "ug", "dv", "he",
            "yi", "bn", "hi", "mr", "ne", "pa", "gu", "ta", "te", "kn", "ml", "si", "ti", "am", "zh", "ja", "ko",
            "el", "uk", "ru", "bg", "mk", "be", "ka", "hy", "th");

    private record Content(Tag tag, int page, int mcid, int line, int logical, String language) {
    }

    private final boolean latinIsForeign;
    private final List<Content> contents = new ArrayList<>();
    private final Map<Integer, Integer> nextMcid = new HashMap<>();

    StructureTree(String languageTag) {
        this.latinIsForeign = NOT_LATIN.contains(Locale.forLanguageTag(languageTag).getLanguage());
    }

    /**
     * Records a fragment drawn on page {@code page} (from 0) as content of {@code tag}; {@code line} counts the
     * text lines drawn so far and {@code logical} orders fragments within a line. Returns its MCID.
     */
    int mark(Tag tag, int page, int line, int logical, Fragment fragment) {
        int mcid = nextMcid.merge(page, 1, Integer::sum) - 1;
        String language = latinIsForeign && isLatin(fragment.text()) ? "en" : null;
        contents.add(new Content(tag, page, mcid, line, logical, language));
        return mcid;
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            LetterScript script = LetterScript.of(cp);
            if (script != null) {
                return script == LetterScript.LATIN;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Writes the structure tree, the parent tree and the mark that says the document is tagged. */
    void apply(PDDocument document, Tag root) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);

        Map<Tag, List<Content>> byTag = new HashMap<>();
        for (Content c : contents) {
            byTag.computeIfAbsent(c.tag(), t -> new ArrayList<>()).add(c);
        }
        Set<Tag> withContent = new HashSet<>();
        for (Tag tag : byTag.keySet()) {
            for (Tag t = tag; t != null && withContent.add(t); t = t.parent()) {
                // marks the element and its ancestors as having something to read
            }
        }
        Map<Integer, PDStructureElement[]> parents = new HashMap<>();
        if (withContent.contains(root)) {
            element(document, root, treeRoot, byTag, withContent, parents);
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            document.getPage(i).setStructParents(i);
            COSArray array = new COSArray();
            for (PDStructureElement element : parents.getOrDefault(i, new PDStructureElement[0])) {
                array.add(element == null ? COSNull.NULL : element.getCOSObject());
            }
            numbers.put(i, new PDParentTreeValue(array));
        }
        parentTree.setNumbers(numbers);
        treeRoot.setParentTree(parentTree);
        treeRoot.setParentTreeNextKey(document.getNumberOfPages());
    }

    private void element(PDDocument document, Tag tag, PDStructureNode parent, Map<Tag, List<Content>> byTag,
                         Set<Tag> withContent, Map<Integer, PDStructureElement[]> parents) {
        PDStructureElement element = new PDStructureElement(tag.type(), parent);
        parent.appendKid(element);
        for (Tag child : tag.children()) {
            if (withContent.contains(child)) {
                element(document, child, element, byTag, withContent, parents);
            }
        }
        List<Content> own = new ArrayList<>(byTag.getOrDefault(tag, List.of()));
        own.sort(Comparator.comparingInt(Content::line).thenComparingInt(Content::logical));
        PDStructureElement span = null;
        for (Content c : own) {
            PDPage page = document.getPage(c.page());
            PDStructureElement target = element;
            if (c.language() != null) {
                // consecutive text in the same other language shares one Span
                if (span == null) {
                    span = new PDStructureElement("Span", element);
                    span.setLanguage(c.language());
                    span.setPage(page);
                    element.appendKid(span);
                }
                target = span;
            } else {
                span = null;
            }
            if (element.getPage() == null) {
                element.setPage(page);
            }
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(c.mcid());
            target.appendKid(reference);
            PDStructureElement[] onPage = parents.computeIfAbsent(c.page(), p -> new PDStructureElement[0]);
            if (onPage.length <= c.mcid()) {
                onPage = java.util.Arrays.copyOf(onPage, c.mcid() + 1);
                parents.put(c.page(), onPage);
            }
            onPage[c.mcid()] = target;
        }
    }
}
