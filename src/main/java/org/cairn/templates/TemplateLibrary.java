package org.cairn.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.casebook.NewOrgTemplate;
import org.cairn.casebook.OrgTemplate;
import org.cairn.casebook.OrgTemplateRepository;

/**
 * The built-in templates together with the organisation's own, stored in the casebook. Import checks every file
 * completely and stores all of them or none; ids of built-ins are reserved, and an id and version is never
 * stored twice, so a case that used a version can always find exactly that wording.
 */
public final class TemplateLibrary {
    private static final int MAX_ID = 64;
    private final BuiltInTemplates builtIns;
    private final TemplateParser parser;
    private final OrgTemplateRepository store;

    public TemplateLibrary(BuiltInTemplates builtIns, TemplateParser parser, OrgTemplateRepository store) {
        this.builtIns = builtIns;
        this.parser = parser;
        this.store = store;
    }

    /** Built-ins first (in their shipped order), then the organisation's, by id and version. */
    public List<LibraryTemplate> all() {
        List<LibraryTemplate> all = new ArrayList<>(builtIns());
        for (OrgTemplate stored : store.all()) {
            all.add(organisation(stored));
        }
        return all;
    }

    public List<LibraryTemplate> builtIns() {
        List<LibraryTemplate> list = new ArrayList<>();
        for (String name : builtIns.names()) {
            String text = new String(builtIns.bytes(name), StandardCharsets.UTF_8);
            ParseResult result = parser.parse(text);
            list.add(new LibraryTemplate(result.template().orElseThrow(() -> new IllegalStateException(
                    "built-in template " + name + " is invalid")), true, text));
        }
        return list;
    }

    public Optional<LibraryTemplate> find(String id, int version) {
        return all().stream().filter(t -> t.header().id().equals(id) && t.header().version() == version)
                .findFirst();
    }

    /**
     * Checks every file; stores all of them in one transaction only when none has a problem.
     *
     * @throws org.cairn.casebook.TemplateAlreadyStoredException when one was stored after the check
     */
    public ImportReport importFiles(List<TemplateSource> files) {
        List<FileProblem> problems = new ArrayList<>();
        List<NewOrgTemplate> accepted = new ArrayList<>();
        List<LibraryTemplate> parsed = new ArrayList<>();
        Set<String> builtInIds = new HashSet<>();
        builtIns().forEach(t -> builtInIds.add(t.header().id()));
        Set<String> inThisImport = new HashSet<>();
        for (TemplateSource file : files) {
            ParseResult result = parser.parse(file.bytes());
            result.problems().forEach(p -> problems.add(new FileProblem(file.name(), p)));
            if (result.template().isEmpty()) {
                continue;
            }
            String text = new String(file.bytes(), StandardCharsets.UTF_8);
            TemplateHeader h = result.template().get().header();
            if (builtInIds.contains(h.id())) {
                problems.add(at(file.name(), text, HeaderField.ID, "The id " + h.id() + " belongs to a built-in "
                        + "template. Give your template its own id (Duplicate to edit does this for you)."));
            } else if (store.exists(h.id(), h.version())) {
                problems.add(at(file.name(), text, HeaderField.VERSION, "The casebook already has " + h.id()
                        + " version " + h.version() + ". If the wording changed, raise the version number."));
            } else if (!inThisImport.add(h.id() + "@" + h.version())) {
                problems.add(at(file.name(), text, HeaderField.VERSION, h.id() + " version " + h.version()
                        + " is in more than one of the files being imported. Import only one of them."));
            }
            accepted.add(new NewOrgTemplate(h.id(), h.version(), h.kind().token(), h.language(), h.title(), text));
            parsed.add(new LibraryTemplate(result.template().get(), false, text));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(List.of(), problems);
        }
        // A copy stored between the check and the write fails the whole write with TemplateAlreadyStoredException
        // and nothing from this import is kept; the use-case layer turns that into a problem for the user.
        store.addAll(accepted);
        return new ImportReport(parsed, List.of());
    }

    /** The exact text to write when exporting: as shipped or as imported, byte for byte. */
    public byte[] export(LibraryTemplate template) {
        return template.sourceText().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A copy to edit in a text editor and import again: a built-in gets a new id of the organisation's own, an
     * organisation template the next free version. Only the id or version line changes.
     */
    public String duplicateToEdit(LibraryTemplate template) {
        TemplateHeader h = template.header();
        String text = template.sourceText();
        String result;
        if (template.builtIn()) {
            String id = ("org-" + h.id()).substring(0, Math.min(MAX_ID, h.id().length() + 4));
            int version = store.latestVersion(id) + 1;
            result = HeaderLocator.replace(HeaderLocator.replace(text, HeaderField.VERSION,
                    Integer.toString(version)), HeaderField.ID, id);
        } else {
            result = HeaderLocator.replace(text, HeaderField.VERSION,
                    Integer.toString(store.latestVersion(h.id()) + 1));
        }
        if (!parser.parse(result).valid()) {
            throw new IllegalStateException("a duplicated template did not parse");
        }
        return result;
    }

    /** The parsed template behind stored text (it was valid when imported, and the parser does not change). */
    private LibraryTemplate organisation(OrgTemplate stored) {
        ParseResult result = parser.parse(stored.sourceText());
        return new LibraryTemplate(result.template().orElseThrow(() -> new IllegalStateException(
                "stored template " + stored.templateId() + " no longer parses")), false, stored.sourceText());
    }

    private static FileProblem at(String file, String text, HeaderField field, String message) {
        var found = HeaderLocator.find(text, field);
        return new FileProblem(file, new Problem(found.map(HeaderLocator.Found::line).orElse(1),
                found.map(HeaderLocator.Found::column).orElse(1), message));
    }
}
