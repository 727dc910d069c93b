package org.medvigil.core.advisory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading with byte counts of our own, because file and zip headers can lie. */
final class BoundedReads {
    private BoundedReads() {
    }

    /** Thrown when a document grows past its limit while being read. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Reads at most {@code max} bytes; more than that is {@link TooLarge}. */
    static byte[] readAll(InputStream in, long max, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        if (bytes.length > max) {
            throw new TooLarge(what + " is larger than " + size(max));
        }
        return bytes;
    }

    /**
     * Reads up to {@code max} bytes, sized by {@code expected} (the file size, a hint only: the
     * file may have grown or shrunk, and the count of bytes actually read is what counts).
     */
    static byte[] readUpTo(InputStream in, long max, long expected) throws IOException {
        if (expected <= 0 || expected >= max) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max));
        }
        byte[] buffer = new byte[(int) expected];
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n < buffer.length) {
            return java.util.Arrays.copyOf(buffer, n);
        }
        int next = in.read();
        if (next < 0) {
            return buffer;
        }
        byte[] more = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max - n - 1));
        byte[] all = java.util.Arrays.copyOf(buffer, n + 1 + more.length);
        all[n] = (byte) next;
        System.arraycopy(more, 0, all, n + 1, more.length);
        return all;
    }

    /** Reads and drops up to {@code max + 1} bytes, returning how many there were. */
    static long discard(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total <= max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - total))) > 0) {
            total += n;
        }
        return total;
    }

    /** A stream that counts what comes through and fails with {@link TooLarge}, saying {@code message}, past {@code max} bytes. */
    static Counted limited(InputStream in, long max, String message) {
        return new Counted(in, max, message);
    }

    static final class Counted extends FilterInputStream {
        private final long max;
        private final String message;
        private long count;

        private Counted(InputStream in, long max, String message) {
            super(in);
            this.max = max;
            this.message = message;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(message);
            }
        }
    }

    static String size(long bytes) {
        long mib = 1024L * 1024L;
        if (bytes >= 1024 * mib && bytes % (1024 * mib) == 0) {
            return bytes / (1024 * mib) + " GiB";
        }
        if (bytes >= mib && bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        return bytes + " bytes";
    }
}
