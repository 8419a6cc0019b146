package org.cairn.ui.common;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A messages bundle read as its lines, so that a key written twice is seen (a {@link Properties} would silently keep
 * the last), and as the values Java reads from it.
 *
 * @param name the file name, for messages
 * @param keysInOrder every key as written, duplicates included
 * @param values the values by key, as {@link java.util.ResourceBundle} would read them
 */
public record BundleFile(String name, List<String> keysInOrder, Map<String, String> values) {

    public static BundleFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses the text of a properties file; continuation lines ending in a backslash are joined first. */
    public static BundleFile parse(String name, String text) throws IOException {
        List<String> keys = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            logical.append(logical.length() == 0 ? line : line.stripLeading());
            if (endsInOddBackslashes(logical)) {
                logical.setLength(logical.length() - 1);
                continue;
            }
            String entry = logical.toString().strip();
            logical.setLength(0);
            if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            one.load(new StringReader(entry));
            keys.addAll(one.stringPropertyNames());
        }
        Properties all = new Properties();
        all.load(new StringReader(text));
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys) {
            values.put(key, all.getProperty(key));
        }
        return new BundleFile(name, List.copyOf(keys), values);
    }

    private static boolean endsInOddBackslashes(CharSequence text) {
        int count = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
