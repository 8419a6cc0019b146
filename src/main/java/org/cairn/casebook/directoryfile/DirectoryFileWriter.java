package org.cairn.casebook.directoryfile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cairn.casebook.DirectoryDetails;

/** Writes entries in the directory file format; {@link DirectoryFileParser} reads the result back unchanged. */
public final class DirectoryFileWriter {
    public byte[] write(List<DirectoryDetails> entries) {
        StringBuilder out = new StringBuilder();
        out.append(DirectoryFileFormat.MAGIC).append(": ").append(DirectoryFileFormat.VERSION).append('\n');
        for (DirectoryDetails entry : entries) {
            out.append('\n');
            line(out, DirectoryFileFormat.NAME, entry.name());
            line(out, DirectoryFileFormat.KIND, entry.kind().token());
            line(out, DirectoryFileFormat.SERVICES, String.join(", ", entry.services()));
            line(out, DirectoryFileFormat.LANGUAGES, String.join(", ", entry.languages()));
            line(out, DirectoryFileFormat.AREAS, String.join(", ", entry.areas()));
            line(out, DirectoryFileFormat.HOW_TO_REFER, entry.howToRefer());
            line(out, DirectoryFileFormat.PHONE, entry.phone());
            line(out, DirectoryFileFormat.EMAIL, entry.email());
            line(out, DirectoryFileFormat.ADDRESS, entry.address());
            line(out, DirectoryFileFormat.LAST_CHECKED,
                    entry.lastChecked() == null ? null : entry.lastChecked().toString());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Empty and missing values are left out: the parser reads a missing field as empty. */
    private static void line(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(key).append(": ").append(value).append('\n');
        }
    }
}
