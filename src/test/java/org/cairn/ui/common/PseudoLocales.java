package org.cairn.ui.common;

import com.ibm.icu.text.MessagePattern;
import java.util.LinkedHashMap;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Two pseudo-languages made from the English bundle when the tests run, never kept as files: one accented and 40 %
 * longer (does every label have room for a longer language, and did any text skip the bundle?) and one written right
 * to left (does the mirrored layout hold?). Every message is wrapped in {@link #OPEN} and {@link #CLOSE}, so a word on
 * screen without them came from somewhere other than the bundle. Arguments and plural syntax are left intact.
 */
public final class PseudoLocales {
    /** The accented, longer pseudo-language; "XA" is a private-use region, so no real locale is taken. */
    public static final Locale ACCENTED = Locale.forLanguageTag("en-XA");
    /** The right-to-left pseudo-language. */
    public static final Locale RIGHT_TO_LEFT = Locale.forLanguageTag("ar-XB");
    public static final char OPEN = '\u27e6';
    public static final char CLOSE = '\u27e7';
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTS = "\u00e1\u0180\u00e7\u00f0\u00e9\u0192\u011d\u0125\u00ed\u0135\u0137\u013a"
            + "\u0271\u00f1\u00f6\u00fe\u01eb\u0155\u0161\u0163\u00fb\u1e7d\u0175\u1e8b\u00fd\u017e\u00c5\u0181\u00c7"
            + "\u00d0\u00c9\u0191\u011c\u0124\u00ce\u0134\u0136\u0139\u1e3e\u00d1\u00d6\u00de\u01ea\u0154\u0160\u0162"
            + "\u00db\u1e7c\u0174\u1e8a\u00dd\u017d";
    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202e';
    private static final char POP_DIRECTION = '\u202c';

    private PseudoLocales() {
    }

    /** The words for a pseudo-locale, or the real bundle for any other locale. */
    public static Messages messages(Locale locale) {
        if (locale.equals(ACCENTED) || locale.equals(RIGHT_TO_LEFT)) {
            return new Messages(bundle(locale), locale, new Dates(Dates.BRITISH, java.time.ZoneId.systemDefault()));
        }
        return Messages.forLocale(locale);
    }

    /** The pseudo-bundle for {@link #ACCENTED} or {@link #RIGHT_TO_LEFT}. */
    public static ResourceBundle bundle(Locale locale) {
        return bundle(values(locale));
    }

    /** Every English value turned into the pseudo-language; the direction key says right to left for that one. */
    public static Map<String, String> values(Locale locale) {
        boolean rightToLeft = locale.equals(RIGHT_TO_LEFT);
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : english.keySet().stream().sorted().toList()) {
            String value = english.getString(key);
            values.put(key, Messages.DIRECTION_KEY.equals(key) ? (rightToLeft ? "rtl" : "ltr")
                    : rightToLeft ? RIGHT_TO_LEFT_OVERRIDE + mark(value, UnaryOperator.identity()) + POP_DIRECTION
                    : mark(value, PseudoLocales::accent));
        }
        return values;
    }

    /** Wraps a pattern in the marks and pads it by 40 % of its length, changing only its literal text. */
    static String mark(String pattern, UnaryOperator<String> text) {
        MessagePattern parsed = new MessagePattern(pattern);
        StringBuilder out = new StringBuilder().append(OPEN);
        message(parsed, 0, out, text);
        int padding = (int) Math.ceil(pattern.length() * 0.4);
        for (int i = 0; i < padding; i++) {
            out.append(i % 6 == 5 ? ' ' : '\u00b7');
        }
        return out.append(CLOSE).toString();
    }

    /** Appends the message that starts at part {@code start}, its literal text changed, its syntax kept. */
    private static void message(MessagePattern parsed, int start, StringBuilder out, UnaryOperator<String> text) {
        String pattern = parsed.getPatternString();
        MessagePattern.Part open = parsed.getPart(start);
        out.append(pattern, open.getIndex(), open.getLimit());
        int cursor = open.getLimit();
        int end = parsed.getLimitPartIndex(start);
        int i = start + 1;
        while (i < end) {
            MessagePattern.Part part = parsed.getPart(i);
            out.append(text.apply(pattern.substring(cursor, part.getIndex())));
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                int argEnd = parsed.getLimitPartIndex(i);
                int inner = part.getIndex();
                for (int j = i + 1; j < argEnd; j++) {
                    MessagePattern.Part sub = parsed.getPart(j);
                    if (sub.getType() == MessagePattern.Part.Type.MSG_START) {
                        out.append(pattern, inner, sub.getIndex());
                        message(parsed, j, out, text);
                        j = parsed.getLimitPartIndex(j);
                        inner = parsed.getPart(j).getLimit();
                    }
                }
                cursor = parsed.getPart(argEnd).getLimit();
                out.append(pattern, inner, cursor);
                i = argEnd + 1;
            } else {
                out.append(pattern, part.getIndex(), part.getLimit());
                cursor = part.getLimit();
                i++;
            }
        }
        MessagePattern.Part close = parsed.getPart(end);
        out.append(text.apply(pattern.substring(cursor, close.getIndex())));
        out.append(pattern, close.getIndex(), close.getLimit());
    }

    /** Latin letters to accented look-alikes, so the text stays readable to a tester. */
    static String accent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int at = c < 128 ? PLAIN.indexOf(c) : -1;
            out.appendCodePoint(at < 0 ? c : ACCENTS.codePointAt(ACCENTS.offsetByCodePoints(0, at)));
        });
        return out.toString();
    }

    private static ResourceBundle bundle(Map<String, String> values) {
        Object[][] contents = values.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()})
                .toArray(Object[][]::new);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }
}
