package org.cairn.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The templates shipped inside Cairn: {@code builtin/index.txt} names the files, in display order. Read through
 * the class loader (never a URL), parsed with the same checks as any imported file.
 */
public final class BuiltInTemplates {
    static final String FOLDER = "builtin/";
    private final TemplateParser parser;

    public BuiltInTemplates(TemplateParser parser) {
        this.parser = parser;
    }

    /** The built-in file names, in index order. */
    public List<String> names() {
        String index = new String(read(FOLDER + "index.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The raw bytes of one built-in, as shipped. */
    public byte[] bytes(String name) {
        return read(FOLDER + name);
    }

    /**
     * Every built-in template. A built-in with problems is a defect in this build of Cairn (a test guards against
     * it), so it fails loudly rather than being left out quietly.
     */
    public List<Template> all() {
        List<Template> templates = new ArrayList<>();
        for (String name : names()) {
            ParseResult result = parser.parse(bytes(name));
            Template template = result.template().orElseThrow(() -> new IllegalStateException("built-in template "
                    + name + " is invalid: " + result.problems().get(0)));
            templates.add(template);
        }
        return templates;
    }

    private static byte[] read(String resource) {
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in template resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in template resource " + resource, e);
        }
    }
}
