package org.medvigil.app.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small documents built in tests: a CycloneDX SBOM of given purls, an OSV record, a zip of files. */
final class Documents {
    private Documents() {
    }

    /** A CycloneDX 1.6 JSON SBOM listing npm packages {@code name@version}. */
    static byte[] cycloneDx(String serial, String... npmPackages) {
        String components = Stream.of(npmPackages).map(p -> {
            String name = p.substring(0, p.lastIndexOf('@'));
            String version = p.substring(p.lastIndexOf('@') + 1);
            return "{\"bom-ref\":\"" + p + "\",\"type\":\"library\",\"name\":\"" + name + "\",\"version\":\"" + version
                    + "\",\"purl\":\"pkg:npm/" + name + "@" + version + "\"}";
        }).collect(Collectors.joining(","));
        return ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"serialNumber\":\"urn:uuid:" + serial + "\",\"version\":1,"
                + "\"metadata\":{\"timestamp\":\"2026-10-01T09:00:00Z\",\"component\":{\"type\":\"device\",\"name\":\"Test pump\","
                + "\"version\":\"1\"}},\"components\":[" + components + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /** An OSV record for an npm package, affected from 0 up to {@code fixed}. */
    static byte[] osv(String id, List<String> aliases, String npmPackage, String fixed, String cvss, boolean withdrawn) {
        return ("{\"schema_version\":\"1.6.0\",\"id\":\"" + id + "\",\"modified\":\"2026-10-20T00:00:00Z\","
                + "\"published\":\"2026-10-20T00:00:00Z\"," + (withdrawn ? "\"withdrawn\":\"2026-11-01T00:00:00Z\"," : "")
                + "\"aliases\":[" + aliases.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(",")) + "],"
                + "\"summary\":\"Test vulnerability " + id + "\","
                + "\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"" + cvss + "\"}],"
                + "\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"" + npmPackage + "\"},"
                + "\"ranges\":[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"" + fixed + "\"}]}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of the given entries (name to bytes), as OSV publishes its databases. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the repository's examples folder (tests run in app/). */
    static Path example(String relative) {
        return Path.of("..", "examples").resolve(relative);
    }
}
