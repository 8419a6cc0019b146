package org.cairn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --casebook DIR} option of commands that make a new casebook (create, demo, restore). Opening options
 * such as {@code --read-only} mean nothing there, so these commands do not offer them.
 */
final class NewCasebookOption {
    @Option(names = "--casebook", required = true, paramLabel = "DIR", description = "The casebook folder to make.")
    Path directory;
}
