package org.cairn.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build from the pom). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CairnCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Cairn " + (version == null ? "development build" : version)};
    }
}
