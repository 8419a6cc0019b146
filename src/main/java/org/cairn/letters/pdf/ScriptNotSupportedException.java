package org.cairn.letters.pdf;

/**
 * No font on this machine covers a script the letter needs, so the letter is refused instead of
 * being printed with empty boxes. The message names the script and the language, never the text.
 */
public final class ScriptNotSupportedException extends LetterRenderException {

    private final String scriptName;
    private final String languageTag;

    public ScriptNotSupportedException(String scriptName, String languageTag) {
        super("This letter needs a font for " + scriptName + " (language " + languageTag
                + ") and none is installed on this computer. Install a font that covers " + scriptName
                + " (on Linux the Noto fonts, e.g. the fonts-noto-core package) and try again.");
        this.scriptName = scriptName;
        this.languageTag = languageTag;
    }

    public String scriptName() {
        return scriptName;
    }

    public String languageTag() {
        return languageTag;
    }
}
