package org.cairn.cli;

import picocli.CommandLine.Command;

@Command(name = "cairn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cairn, the offline encrypted casebook. With no command, opens the app.",
        footer = {"", "Passphrases are read from the terminal, or from standard input one line each when it is not "
                + "a terminal; never from arguments or the environment.",
            "Exit codes: 0 ok, 1 failed, 2 usage error or wrong path, 3 wrong passphrase or no casebook, 4 damaged "
                + "casebook or backup, 5 casebook open elsewhere, 6 refused by the outgoing-document check, "
                + "7 permission denied or read-only drive, 8 disk full."})
final class CairnCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
