package org.cairn.letters.pdf;

/**
 * No font on this machine covers a script the letter needs, so the letter is refused instead of
 * being printed with empty boxes. The message names the script and the language, never the text.
 */
public final class ScriptNotSupportedException extends LetterRenderException {

    private final String scriptName;
    private final String languageTag;

    public ScriptNotSupportedException(String scriptName, String languageTag) {
        this("This letter needs a font for " + scriptName + " (language " + languageTag
                + ") and none is installed on this computer. Install a font that covers " + scriptName
                + " (on Linux the Noto fonts, e.g. the fonts-noto-core package) and try again.", scriptName,
                languageTag, LetterRenderProblem.NO_FONT_FOR_SCRIPT);
    }

    /** No installed font covers this script; the message says what to install for it. */
    static ScriptNotSupportedException noFont(LetterScript script, String languageTag) {
        return new ScriptNotSupportedException("This letter needs a font for " + script.englishName()
                + " (language " + languageTag + ") and none that Cairn can use is installed on this computer."
                + " Install " + script.installHint() + " and try again.", script.englishName(), languageTag,
                LetterRenderProblem.NO_FONT_FOR_SCRIPT);
    }

    private ScriptNotSupportedException(String message, String scriptName, String languageTag,
            LetterRenderProblem problem) {
        super(problem, message, null, scriptName, languageTag);
        this.scriptName = scriptName;
        this.languageTag = languageTag;
    }

    /**
     * The letter uses a script Cairn does not print yet, whatever fonts are installed: the message says so, so
     * that nobody installs fonts in vain, and says where the text is.
     */
    static ScriptNotSupportedException notYetSupported(String scriptName, String languageTag) {
        return new ScriptNotSupportedException("Cairn cannot print " + scriptName + " text in a letter yet"
                + " (language " + languageTag + "): the script is not supported, whether or not a font for it is"
                + " installed. Installing a font will not help. Write the " + scriptName + " part in another"
                + " script, or print the letter from another program; the letters Cairn prints are in Latin,"
                + " Cyrillic, Greek, Arabic script, Bengali, Devanagari, Gurmukhi, Tamil, Ethiopic and Han (Chinese).",
                scriptName, languageTag, LetterRenderProblem.SCRIPT_NOT_YET_SUPPORTED);
    }

    public String scriptName() {
        return scriptName;
    }

    public String languageTag() {
        return languageTag;
    }
}
