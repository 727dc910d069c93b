package org.medvigil.app.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar manifest. */
public final class MedvigilVersion implements CommandLine.IVersionProvider {
    /** The product version, e.g. "0.1.0-SNAPSHOT"; "dev" when not run from the jar. */
    public static String current() {
        String v = MedvigilVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"medvigil " + current()};
    }
}
