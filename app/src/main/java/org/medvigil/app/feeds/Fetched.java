package org.medvigil.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The answer to a feed request: unchanged since the last import, or a body spooled to a file. */
sealed interface Fetched {

    String url();

    /** 304 Not Modified, or a body whose hash equals the last imported one. */
    record Unchanged(String url) implements Fetched {
    }

    /**
     * A body on disk (never whole in memory unless the caller reads it so); delete it with {@link #close()}.
     *
     * @param sha256 of the whole body
     */
    record Body(String url, Path file, long size, String sha256, String etag, String lastModified, String contentType)
            implements Fetched, AutoCloseable {

        InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover spool file is harmless; the next download replaces it.
            }
        }
    }
}
