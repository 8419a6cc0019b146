package org.cairn.letters.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The fonts letters can use on this machine: the bundled Liberation Sans for Latin, Cyrillic and
 * Greek, and system fonts for the other scripts, and which scripts they cover (the settings screen
 * lists these). Fonts are looked up by well-known file names first, so finding one is cheap; a full
 * scan of the font folders happens only when none of those is installed. TrueType collections (.ttc, as
 * Windows and macOS ship many fonts) are scanned font by font. Results are remembered.
 */
public final class FontCatalogue {

    private static final String BUNDLED = "/org/cairn/letters/fonts/LiberationSans-";

    /**
     * File-name stems tried first for each system script: Noto on Linux, then Windows fonts, then macOS fonts
     * (several of which, like Windows' Nirmala, are collections).
     */
    private static final Map<LetterScript, List<String>> PREFERRED = Map.of(
            LetterScript.GURMUKHI, List.of("NotoSansGurmukhi-Regular", "NotoSerifGurmukhi-Regular", "Nirmala",
                    "raavi", "Gurmukhi MN", "Gurmukhi Sangam MN"),
            LetterScript.TAMIL, List.of("NotoSansTamil-Regular", "NotoSerifTamil-Regular", "Nirmala", "latha",
                    "Tamil Sangam MN", "Tamil MN"),
            LetterScript.ETHIOPIC, List.of("NotoSansEthiopic-Regular", "NotoSerifEthiopic-Regular", "ebrima",
                    "nyala", "Kefa"),
            // TrueType-outlined Chinese fonts only: Noto Sans CJK (CFF outlines) cannot be subset for embedding
            LetterScript.HAN, List.of("wqy-microhei", "wqy-zenhei", "uming", "ukai", "DroidSansFallbackFull",
                    "msyh", "simsun", "simhei", "msjh", "mingliu"),
            LetterScript.ARABIC, List.of("NotoNaskhArabic-Regular", "NotoSansArabic-Regular", "arial", "tahoma",
                    "segoeui", "GeezaPro"),
            LetterScript.BENGALI, List.of("NotoSansBengali-Regular", "NotoSerifBengali-Regular", "Nirmala",
                    "vrinda", "Bangla Sangam MN"),
            LetterScript.DEVANAGARI, List.of("NotoSansDevanagari-Regular", "NotoSerifDevanagari-Regular", "Nirmala",
                    "mangal", "DevanagariMT", "Devanagari Sangam MN"));

    /**
     * File-name stems tried before the script's own list for a language whose readers expect another style of
     * the script: Urdu is read in Nastaliq, not in the Naskh that serves Arabic and Farsi.
     */
    private static final Map<String, List<String>> PREFERRED_FOR_LANGUAGE = Map.of(
            "ur", List.of("NotoNastaliqUrdu-Regular"));

    private final List<Path> folders;
    private final FontFamily bundled;
    private final Map<LetterScript, Optional<FontFamily>> resolved = new EnumMap<>(LetterScript.class);
    private final Map<String, Optional<FontFamily>> resolvedForLanguage = new java.util.HashMap<>();
    private List<Path> fontFiles;

    private FontCatalogue(List<Path> folders) {
        this.folders = List.copyOf(folders);
        this.bundled = new FontFamily(FontSource.bundled(BUNDLED + "Regular.ttf"),
                FontSource.bundled(BUNDLED + "Bold.ttf"), FontSource.bundled(BUNDLED + "Italic.ttf"),
                FontSource.bundled(BUNDLED + "BoldItalic.ttf"));
    }

    /** The bundled font plus the fonts in this operating system's usual font folders. */
    public static FontCatalogue system() {
        return scanning(systemFontFolders());
    }

    /** The bundled font plus the fonts under these folders (searched recursively). */
    public static FontCatalogue scanning(List<Path> folders) {
        return new FontCatalogue(folders);
    }

    /** Only the bundled font: Latin, Cyrillic and Greek. */
    public static FontCatalogue bundledOnly() {
        return new FontCatalogue(List.of());
    }

    /**
     * Scripts for which a font is available, in the order of {@link LetterScript}. The settings screen lists
     * these (with {@link LetterScript#englishName()}); the first call may scan the font folders, so call it off
     * the UI thread.
     */
    public synchronized Set<LetterScript> availableScripts() {
        Set<LetterScript> available = EnumSet.noneOf(LetterScript.class);
        for (LetterScript script : LetterScript.values()) {
            if (family(script).isPresent()) {
                available.add(script);
            }
        }
        return Collections.unmodifiableSet(available);
    }

    /** The file name of the font letters use for a script (for the Settings screen), or empty when none covers it. */
    public Optional<String> fontName(LetterScript script) {
        return family(script).map(found -> found.regular().name());
    }

    /** The font for a script, if this machine has one. */
    synchronized Optional<FontFamily> family(LetterScript script) {
        return resolved.computeIfAbsent(script, this::find);
    }

    /**
     * The font for a script in a letter in this language: the language's own style of the script when one is
     * installed (Nastaliq for Urdu), otherwise the script's font.
     */
    synchronized Optional<FontFamily> family(LetterScript script, String languageTag) {
        List<String> stems = PREFERRED_FOR_LANGUAGE.get(language(languageTag));
        if (stems == null || script != LetterScript.ARABIC) {
            return family(script);
        }
        Optional<FontFamily> own = resolvedForLanguage.computeIfAbsent(language(languageTag),
                language -> preferred(stems, script));
        return own.isPresent() ? own : family(script);
    }

    /**
     * A note for the letter screen when a letter in this language is set in a fallback font because the style
     * its readers expect is not installed, e.g. Urdu in Naskh for want of a Nastaliq font; empty otherwise.
     */
    public Optional<String> fallbackNotice(String languageTag) {
        List<String> stems = PREFERRED_FOR_LANGUAGE.get(language(languageTag));
        if (stems == null || family(LetterScript.ARABIC, languageTag).map(f -> f.regular().name())
                .filter(name -> stems.stream().anyMatch(name::startsWith)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(family(LetterScript.ARABIC).map(f -> "No Nastaliq font is installed, so this Urdu"
                + " letter is set in " + f.regular().name() + " (Naskh). Install Noto Nastaliq Urdu (on Linux the"
                + " fonts-noto-core package) for the style Urdu readers expect.").orElse(
                "No font for Urdu is installed; install Noto Nastaliq Urdu (fonts-noto-core on Linux)."));
    }

    private static String language(String languageTag) {
        return Locale.forLanguageTag(languageTag).getLanguage();
    }

    private Optional<FontFamily> preferred(List<String> stems, LetterScript script) {
        List<Path> files = fontFiles();
        for (String stem : stems) {
            for (Path file : files) {
                if (stemOf(file).equalsIgnoreCase(stem)) {
                    Optional<FontFamily> family = familyIn(file, files, script);
                    if (family.isPresent()) {
                        return family;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<FontFamily> find(LetterScript script) {
        if (script == LetterScript.LATIN || script == LetterScript.CYRILLIC || script == LetterScript.GREEK) {
            return Optional.of(bundled);
        }
        Optional<FontFamily> preferred = preferred(PREFERRED.getOrDefault(script, List.of()), script);
        if (preferred.isPresent()) {
            return preferred;
        }
        List<Path> files = fontFiles();
        for (Path file : files) {
            Optional<FontFamily> family = familyIn(file, files, script);
            if (family.isPresent()) {
                return family;
            }
        }
        return Optional.empty();
    }

    private static Optional<FontFamily> familyIn(Path file, List<Path> files, LetterScript script) {
        if (isCollection(file)) {
            return CollectionFonts.family(file, script);
        }
        return covers(file, script) ? Optional.of(familyOf(file, files)) : Optional.empty();
    }

    static boolean isCollection(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
    }

    /** Regular from this file; bold from its usual sibling name ("-Bold", Windows' "bd"/"b" suffix). */
    private static FontFamily familyOf(Path regular, List<Path> files) {
        String stem = stemOf(regular);
        List<String> boldNames = stem.endsWith("-Regular")
                ? List.of(stem.substring(0, stem.length() - "-Regular".length()) + "-Bold")
                : List.of(stem + "bd", stem + "b");
        FontSource bold = null;
        for (String name : boldNames) {
            for (Path file : files) {
                if (stemOf(file).equalsIgnoreCase(name) && file.getParent().equals(regular.getParent())) {
                    bold = FontSource.file(file);
                }
            }
        }
        return new FontFamily(FontSource.file(regular), bold, null, null);
    }

    /** Whether the font has every sample letter of the script and TrueType outlines PDFBox can embed. */
    static boolean covers(Path file, LetterScript script) {
        try (TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBufferedFile(file))) {
            return covers(ttf, script);
        } catch (IOException | RuntimeException e) {
            return false; // an unreadable or unusual font file is simply not a candidate
        }
    }

    /** Whether this parsed font has every sample letter of the script and TrueType outlines. */
    static boolean covers(TrueTypeFont ttf, LetterScript script) throws IOException {
        if (!ttf.getTableMap().containsKey("glyf")) {
            return false;
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return false;
        }
        return script.sample().codePoints().allMatch(cp -> cmap.getGlyphId(cp) > 0);
    }

    private synchronized List<Path> fontFiles() {
        if (fontFiles == null) {
            List<Path> found = new ArrayList<>();
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder, 6)) {
                    walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")
                                    || isCollection(p))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable folder holds no fonts we can use
                }
            }
            fontFiles = List.copyOf(found);
        }
        return fontFiles;
    }

    private static String stemOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static List<Path> systemFontFolders() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        List<Path> folders = new ArrayList<>();
        if (os.contains("win")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            folders.add(Path.of(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                folders.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            folders.add(Path.of("/System/Library/Fonts"));
            folders.add(Path.of("/Library/Fonts"));
            folders.add(home.resolve("Library/Fonts"));
        } else {
            folders.add(Path.of("/usr/share/fonts"));
            folders.add(Path.of("/usr/local/share/fonts"));
            folders.add(home.resolve(".local/share/fonts"));
            folders.add(home.resolve(".fonts"));
        }
        return folders;
    }
}
