package org.cairn.letters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairn.casebook.Casebook;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;

/**
 * The letter templates an advocate can choose from: the built-in letters, then the organisation's imported
 * letters (kind {@code letter} in the casebook's organisation templates). Only the newest version of an
 * organisation letter is offered for new letters; every stored version can still be found by id and version, and
 * a kept letter records the version it was made from, so a new version never changes what a case already has.
 */
public final class LetterTemplates {
    private final List<Template> offered;
    private final List<Template> every;
    private final Set<String> organisationIds;

    private LetterTemplates(List<LibraryTemplate> library) {
        List<LibraryTemplate> letters = library.stream()
                .filter(t -> t.header().kind() == TemplateKind.LETTER).toList();
        this.every = letters.stream().map(LibraryTemplate::template).toList();
        this.organisationIds = letters.stream().filter(t -> !t.builtIn()).map(t -> t.header().id())
                .collect(Collectors.toUnmodifiableSet());
        Map<String, Template> newest = new LinkedHashMap<>();
        for (LibraryTemplate letter : letters) {
            newest.merge(letter.header().id(), letter.template(),
                    (a, b) -> b.header().version() > a.header().version() ? b : a);
        }
        this.offered = List.copyOf(new ArrayList<>(newest.values()));
    }

    public LetterTemplates(BuiltInTemplates builtIns) {
        this(new TemplateLibrary(builtIns, TemplateParser.standard(), null).builtIns());
    }

    /** The built-in letters and the organisation letters in the library. */
    public LetterTemplates(TemplateLibrary library) {
        this(library.all());
    }

    public static LetterTemplates builtIn() {
        return new LetterTemplates(new BuiltInTemplates(TemplateParser.standard()));
    }

    /** The built-in letters and the organisation letters stored in this casebook. */
    public static LetterTemplates of(Casebook casebook) {
        TemplateParser parser = TemplateParser.standard();
        return new LetterTemplates(new TemplateLibrary(new BuiltInTemplates(parser), parser,
                casebook.orgTemplates()));
    }

    /** The letters offered for a new letter: built-ins first, then the newest version of each organisation one. */
    public List<Template> all() {
        return offered;
    }

    /** The offered letter with this id (for an organisation letter, its newest version). */
    public Optional<Template> find(String id) {
        return offered.stream().filter(t -> t.header().id().equals(id)).findFirst();
    }

    /** Exactly this version of a letter, also an older one that is no longer offered. */
    public Optional<Template> find(String id, int version) {
        return every.stream().filter(t -> t.header().id().equals(id) && t.header().version() == version)
                .max(Comparator.comparingInt(t -> t.header().version()));
    }

    /** Whether the letter is one of the organisation's own (imported), not built in. */
    public boolean organisation(Template template) {
        return organisationIds.contains(template.header().id());
    }
}
