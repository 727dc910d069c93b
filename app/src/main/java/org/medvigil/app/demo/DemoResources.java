package org.medvigil.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo's documents, from the classpath ({@code demo/...} in the jar). */
final class DemoResources {
    private DemoResources() {
    }

    static byte[] read(String path) {
        try (InputStream in = DemoResources.class.getResourceAsStream("/demo/" + path)) {
            if (in == null) {
                throw new IllegalStateException("demo resource demo/" + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource demo/" + path, e);
        }
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
