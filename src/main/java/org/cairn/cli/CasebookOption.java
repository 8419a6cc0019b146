package org.cairn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --casebook DIR} option shared by commands, with how to open it. */
final class CasebookOption {
    @Option(names = "--casebook", required = true, paramLabel = "DIR", description = "The casebook folder.")
    Path directory;
    @Option(names = "--read-only", description = "Open without writing anything into the casebook folder "
            + "(chosen by itself when Cairn cannot write there).")
    boolean readOnly;
    @Option(names = "--accept-older-copy", description = "Keep working in a casebook that is older than the copy "
            + "last opened on this computer, and remember it as the current one from now on.")
    boolean acceptOlderCopy;
    @Option(names = "--user", paramLabel = "NAME", description = "Who is acting: the name your key to this "
            + "casebook was given. May be left out while the casebook has one person.")
    String user;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;
}
