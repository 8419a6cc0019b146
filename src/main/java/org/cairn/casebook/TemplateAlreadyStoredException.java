package org.cairn.casebook;

/** The casebook already holds a template with this id and version; a changed template needs a new version. */
public final class TemplateAlreadyStoredException extends RuntimeException {
    private final String templateId;
    private final int version;

    public TemplateAlreadyStoredException(String templateId, int version) {
        super("the casebook already has template " + templateId + " version " + version);
        this.templateId = templateId;
        this.version = version;
    }

    public String templateId() {
        return templateId;
    }

    public int version() {
        return version;
    }
}
