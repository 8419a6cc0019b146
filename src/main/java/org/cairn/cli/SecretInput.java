package org.cairn.cli;

/** Where commands read secrets from; never from arguments or the environment. */
public interface SecretInput {
    /** Reads one secret line, prompting on a terminal. Returns null at end of input. The caller wipes the array. */
    char[] read(String prompt);

    /** True on a terminal, where a new passphrase is asked for twice to catch typing mistakes. */
    boolean interactive();
}
