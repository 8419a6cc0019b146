package org.cairn.casebook.directoryfile;

import java.util.List;
import java.util.Optional;
import org.cairn.casebook.RecipientKind;

/** The words of the directory file format (docs/DIRECTORY.md), shared by the parser and the writer. */
final class DirectoryFileFormat {
    static final String MAGIC = "cairn-directory";
    static final String VERSION = "1";
    static final int MAX_BYTES = DirectoryFileParser.MAX_BYTES;
    static final int MAX_LINE = 2000;
    static final int MAX_ENTRIES = 5000;
    static final int MAX_PROBLEMS = 500;

    static final String NAME = "name";
    static final String KIND = "kind";
    static final String SERVICES = "services";
    static final String LANGUAGES = "languages";
    static final String AREAS = "areas";
    static final String HOW_TO_REFER = "how-to-refer";
    static final String PHONE = "phone";
    static final String EMAIL = "email";
    static final String ADDRESS = "address";
    static final String LAST_CHECKED = "last-checked";
    /** In the order the writer puts them. */
    static final List<String> KEYS = List.of(NAME, KIND, SERVICES, LANGUAGES, AREAS, HOW_TO_REFER, PHONE, EMAIL,
            ADDRESS, LAST_CHECKED);

    private DirectoryFileFormat() {
    }

    static Optional<RecipientKind> kind(String token) {
        for (RecipientKind kind : RecipientKind.values()) {
            if (kind.token().equals(token)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String kindTokens() {
        return String.join(", ", java.util.Arrays.stream(RecipientKind.values()).map(RecipientKind::token)
                .toList());
    }
}
