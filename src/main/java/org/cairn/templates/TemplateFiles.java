package org.cairn.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a template file without ever holding more than the size limit (plus one byte, to know it is too big). */
public final class TemplateFiles {
    private final TemplateLimits limits;

    public TemplateFiles(TemplateLimits limits) {
        this.limits = limits;
    }

    public byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limits.maxBytes() + 1);
        }
    }
}
