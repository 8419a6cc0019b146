package org.cairn.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.files.DurableFiles;
import org.cairn.files.OwnerOnlyFiles;

/**
 * Writes a publication as files in a folder: the CSVs, their header block and the PDF report. Never overwrites: an
 * earlier export is evidence of what was sent.
 */
public final class CsvExport {
    public static final String DATA = "counts.csv";
    public static final String METADATA = "metadata.csv";
    public static final String README = "README.txt";
    public static final String REPORT = "report.pdf";

    private final String cairnVersion;
    private final PdfReport report;

    public CsvExport(String cairnVersion) {
        this.cairnVersion = cairnVersion;
        this.report = new PdfReport(cairnVersion);
    }

    /** Fails, before anything is published, when the folder already holds an export. */
    public void requireFree(Path folder) {
        for (String name : List.of(DATA, METADATA, README, REPORT)) {
            if (Files.exists(folder.resolve(name))) {
                throw new CountsRefusedException(CountsProblem.FILE_EXISTS,
                        folder.resolve(name) + " already exists; choose an empty folder", name);
            }
        }
    }

    /** Returns the files written (and forced to disk), in order. Refuses before writing anything if any of them exists already. */
    public List<Path> write(Publication publication, Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DATA, utf8(TidyCsv.render(publication.tables())));
        files.put(METADATA, utf8(ExportMetadata.metadataCsv(publication, cairnVersion)));
        files.put(README, utf8(ExportMetadata.readme(publication, cairnVersion)));
        files.put(REPORT, report.render(publication));
        try {
            requireFree(folder);
            OwnerOnlyFiles.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                OwnerOnlyFiles.writeNew(path, file.getValue());
                DurableFiles.force(path);
                written.add(path);
            }
            DurableFiles.forceFolder(folder);
            return written;
        } catch (FileAlreadyExistsException e) {
            throw new CountsRefusedException(CountsProblem.FILE_EXISTS,
                    e.getFile() + " already exists; choose an empty folder", Path.of(e.getFile()).getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the counts to " + folder, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
