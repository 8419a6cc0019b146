package org.cairn.letters;

import java.util.List;
import java.util.Optional;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TemplateParser;

/**
 * The letter templates an advocate can choose from. Today the built-in letters; the organisation's imported
 * letters (table org_template) join here once the template import lands.
 */
public final class LetterTemplates {
    private final List<Template> letters;

    public LetterTemplates(BuiltInTemplates builtIns) {
        this.letters = builtIns.all().stream().filter(t -> t.header().kind() == TemplateKind.LETTER).toList();
    }

    public static LetterTemplates builtIn() {
        return new LetterTemplates(new BuiltInTemplates(TemplateParser.standard()));
    }

    public List<Template> all() {
        return letters;
    }

    public Optional<Template> find(String id) {
        return letters.stream().filter(t -> t.header().id().equals(id)).findFirst();
    }
}
