package org.cairn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --casebook DIR} option shared by commands. */
final class CasebookOption {
    @Option(names = "--casebook", required = true, paramLabel = "DIR", description = "The casebook folder.")
    Path directory;
}
