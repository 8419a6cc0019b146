package org.cairn.templates;

/**
 * Sizes past which a file is refused rather than read: templates are small, and a huge or garbled file must
 * neither exhaust memory nor flood the author with messages.
 */
public record TemplateLimits(int maxBytes, int maxLineLength, int maxProblems) {
    public TemplateLimits {
        if (maxBytes < 1 || maxLineLength < 80 || maxProblems < 1) {
            throw new IllegalArgumentException("template limits are too small to be useful");
        }
    }

    /** 512 KiB per file, 2000 characters per line, the first 500 problems. */
    public static TemplateLimits standard() {
        return new TemplateLimits(512 * 1024, 2000, 500);
    }
}
