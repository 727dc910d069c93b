package org.medvigil.core.advisory;

/**
 * Size limits for loading advisories from files, folders and zips. Sizes are counted while
 * reading, never taken from file or zip headers.
 *
 * @param maxFileBytes          a document read whole (OSV, CSAF, a small NVD page): larger files are refused
 * @param maxStreamedFileBytes  a document whose reader streams it (NVD CVE pages and feeds)
 * @param maxZipEntryBytes      one uncompressed zip entry
 * @param maxZipTotalBytes      all uncompressed entries of one zip together (zip-bomb guard)
 * @param maxZipEntries         entries in one zip
 * @param threads               documents parsed in parallel
 */
public record AdvisoryLimits(long maxFileBytes, long maxStreamedFileBytes, long maxZipEntryBytes,
                             long maxZipTotalBytes, int maxZipEntries, int threads) {

    private static final long MIB = 1024L * 1024L;

    public AdvisoryLimits {
        if (maxFileBytes <= 0 || maxStreamedFileBytes <= 0 || maxZipEntryBytes <= 0 || maxZipTotalBytes <= 0
                || maxZipEntries <= 0 || threads <= 0) {
            throw new IllegalArgumentException("advisory limits must be positive");
        }
        if (maxFileBytes > Integer.MAX_VALUE - 16 || maxZipEntryBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("documents read whole must stay below 2 GiB");
        }
    }

    /**
     * 64 MiB per document (the largest Red Hat CSAF documents are a few MiB), 2 GiB per
     * streamed NVD file, 32 MiB per zip entry, 8 GiB and a million entries per zip (OSV's
     * largest {@code all.zip} expands to a few GiB), and up to four parsing threads.
     */
    public static AdvisoryLimits standard() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new AdvisoryLimits(64 * MIB, 2048 * MIB, 32 * MIB, 8192 * MIB, 1_000_000, Math.max(1, Math.min(4, cores)));
    }

    public AdvisoryLimits withThreads(int n) {
        return new AdvisoryLimits(maxFileBytes, maxStreamedFileBytes, maxZipEntryBytes, maxZipTotalBytes, maxZipEntries, n);
    }
}
