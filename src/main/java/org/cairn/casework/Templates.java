package org.cairn.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.TemplateAlreadyStoredException;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.ImportReport;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;
import org.cairn.templates.TemplateSource;

/** The template library: the built-in templates and the organisation's own, imported and exported as files. */
public final class Templates {
    private final Casebook casebook;
    private final Guard guard;

    Templates(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** Built-ins first, in their shipped order, then the organisation's by id and version. */
    @Performs(Action.READ_TEMPLATES)
    public List<LibraryTemplate> all() {
        guard.check(Action.READ_TEMPLATES);
        return library().all();
    }

    @Performs(Action.READ_TEMPLATES)
    public Optional<LibraryTemplate> find(String id, int version) {
        guard.check(Action.READ_TEMPLATES);
        return library().find(id, version);
    }

    /**
     * Checks every file and stores all of them in one transaction, or none: the report lists every problem. A
     * template stored by another import between the check and the write is refused as
     * {@link Problem#TEMPLATE_ALREADY_STORED}, and nothing from this import is kept.
     */
    @Performs(Action.IMPORT_TEMPLATE)
    public ImportReport importFiles(List<TemplateSource> files) {
        guard.check(Action.IMPORT_TEMPLATE);
        try {
            return library().importFiles(files);
        } catch (TemplateAlreadyStoredException e) {
            throw new CaseworkException(Problem.TEMPLATE_ALREADY_STORED, e);
        }
    }

    /** The exact bytes to write, as shipped or as imported; writing them is the caller's. */
    @Performs(Action.EXPORT_TEMPLATE)
    public byte[] export(LibraryTemplate template) {
        guard.check(Action.EXPORT_TEMPLATE);
        return library().export(template);
    }

    /** A copy to edit and import again: a built-in gets an id of its own, the organisation's the next version. */
    @Performs(Action.EXPORT_TEMPLATE)
    public String duplicateToEdit(LibraryTemplate template) {
        guard.check(Action.EXPORT_TEMPLATE);
        return library().duplicateToEdit(template);
    }

    private TemplateLibrary library() {
        TemplateParser parser = TemplateParser.standard();
        return new TemplateLibrary(new BuiltInTemplates(parser), parser, casebook.orgTemplates());
    }
}
