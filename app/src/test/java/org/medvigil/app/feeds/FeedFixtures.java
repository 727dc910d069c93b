package org.medvigil.app.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for feed tests, built from the shared data at test time (never committed). */
final class FeedFixtures {
    private FeedFixtures() {
    }

    /** An OSV database zip, as osv.dev publishes one per ecosystem, of the JSON records in a folder (at most {@code limit}). */
    static byte[] osvZip(Path folder, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().limit(limit).toList()) {
                zip.putNextEntry(new ZipEntry(p.getFileName().toString()));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] resource(String name) {
        try (var in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CycloneDX 1.6 SBOM of the given purls (name and version taken from each). */
    static byte[] sbom(List<String> purls) {
        String components = purls.stream().map(p -> {
            String path = p.substring(p.lastIndexOf('/') + 1);
            String name = path.substring(0, path.indexOf('@'));
            String version = path.substring(path.indexOf('@') + 1);
            return "{\"type\":\"library\",\"bom-ref\":\"" + p + "\",\"name\":\"" + name + "\",\"version\":\"" + version
                    + "\",\"purl\":\"" + p + "\"}";
        }).collect(Collectors.joining(","));
        return ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"serialNumber\":\"urn:uuid:" + UUID.randomUUID()
                + "\",\"version\":1,\"components\":[" + components + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
