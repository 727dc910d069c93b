package org.medvigil.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code serve --demo} keeps its database: an embedded H2 file of its own under
 * {@code ./data/demo}, recreated at every demo start and never the normal database. Plain Java
 * (no Spring), so the command line can prepare it before the server starts.
 */
public final class DemoDatabase {
    /** The demo database's folder, relative to the working directory. */
    public static final Path DIRECTORY = Path.of("data", "demo");
    /** The demo administrator's password (public: the demo database is throw-away). */
    public static final String ADMIN_PASSWORD = DemoUser.ADMIN_PASSWORD;
    private static final String NAME = "medvigil";

    private DemoDatabase() {
    }

    /** The JDBC URL of the demo database in {@code directory}. */
    public static String url(Path directory) {
        Path file = directory.resolve(NAME);
        // H2 refuses paths implicitly relative to the working directory: say so with "./".
        return "jdbc:h2:file:" + (file.isAbsolute() ? file.toString() : "./" + file) + ";AUTO_SERVER=TRUE";
    }

    /**
     * Deletes the demo database's files in {@code directory} (creating the folder if needed), so
     * the server starts from an empty schema; nothing else in the folder is touched.
     */
    public static void reset(Path directory) {
        try {
            Files.createDirectories(directory);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, NAME + ".*")) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset the demo database in " + directory + ": " + e.getMessage(), e);
        }
    }
}
