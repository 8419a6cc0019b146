package org.cairn.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a publication as files in a folder. Never overwrites: an earlier export is evidence of what was sent. */
public final class CsvExport {
    public static final String DATA = "counts.csv";
    public static final String METADATA = "metadata.csv";
    public static final String README = "README.txt";

    private final String cairnVersion;

    public CsvExport(String cairnVersion) {
        this.cairnVersion = cairnVersion;
    }

    /** Fails, before anything is published, when the folder already holds an export. */
    public void requireFree(Path folder) {
        for (String name : List.of(DATA, METADATA, README)) {
            if (Files.exists(folder.resolve(name))) {
                throw new IllegalArgumentException(folder.resolve(name) + " already exists; choose an empty folder");
            }
        }
    }

    /** Returns the files written, in order. Refuses before writing anything if any of them exists already. */
    public List<Path> write(Publication publication, Path folder) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DATA, TidyCsv.render(publication.tables()));
        files.put(METADATA, ExportMetadata.metadataCsv(publication, cairnVersion));
        files.put(README, ExportMetadata.readme(publication, cairnVersion));
        try {
            requireFree(folder);
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                written.add(path);
            }
            return written;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(e.getFile() + " already exists; choose an empty folder");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the counts to " + folder, e);
        }
    }
}
