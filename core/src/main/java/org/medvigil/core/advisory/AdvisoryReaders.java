package org.medvigil.core.advisory;

import java.util.List;

/** The one place advisory readers are registered; loads files, folders and OSV zips. PLACEHOLDER. */
public final class AdvisoryReaders {
    private final List<AdvisoryReader> readers;

    private AdvisoryReaders(List<AdvisoryReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static AdvisoryReaders standard() {
        return new AdvisoryReaders(List.of());
    }
}
