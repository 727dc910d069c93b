package org.medvigil.core.advisory;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.medvigil.core.InvalidInputException;

/**
 * Loads advisory documents from files, folders (recursively, in path order, hidden entries
 * skipped) and zips (entry by entry, streaming). Documents are parsed in parallel by
 * {@link LoadPipeline}; results reach the consumers on the calling thread in path order, so a
 * load is deterministic. A document that cannot be read becomes one {@link LoadProblem} and
 * loading goes on. Inside folders and zips only {@code .json}, {@code .yaml}, {@code .yml} (also
 * gzipped) and {@code .zip} are considered; README, signatures, hashes and other files are
 * skipped silently. Sizes are counted while reading, within {@link AdvisoryLimits}.
 */
final class AdvisoryLoader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final AdvisoryReaders readers;
    private final TextTrees trees;
    private final AdvisoryLimits limits;

    AdvisoryLoader(AdvisoryReaders readers, TextTrees trees, AdvisoryLimits limits) {
        this.readers = readers;
        this.trees = trees;
        this.limits = limits;
    }

    int load(List<Path> paths, Consumer<Advisory> advisories, Consumer<LoadProblem> problems) {
        try (LoadPipeline pipeline = new LoadPipeline(limits.threads(), advisories, problems)) {
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    folder(path, pipeline);
                } else if (Files.isRegularFile(path)) {
                    explicitFile(path, pipeline);
                } else if (Files.exists(path)) {
                    pipeline.problem(path.toString(), "not a regular file or folder");
                } else {
                    pipeline.problem(path.toString(), "no such file or folder");
                }
            }
            pipeline.finish();
            return pipeline.documentsRead();
        }
    }

    private void explicitFile(Path file, LoadPipeline pipeline) {
        if (isZip(file)) {
            zip(file, pipeline);
        } else {
            pipeline.submit(() -> file(file, true), 0);
        }
    }

    private void folder(Path dir, LoadPipeline pipeline) {
        List<Path> files = new ArrayList<>();
        List<LoadProblem> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(f)) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    unreadable.add(new LoadProblem(f.toString(), e instanceof AccessDeniedException
                            ? "permission denied" : "cannot read: " + message(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            pipeline.problem(dir.toString(), "cannot list folder: " + message(e));
            return;
        }
        unreadable.forEach(p -> pipeline.problem(p.file(), p.message()));
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) {
            String ext = extension(f.getFileName().toString());
            if (ext.equals("zip")) {
                zip(f, pipeline);
            } else if (isDocument(f.getFileName().toString())) {
                pipeline.submit(() -> file(f, false), 0);
            }
        }
    }

    /** Reads one file: whole when small, streamed when large and its reader can stream. */
    private LoadPipeline.Result file(Path file, boolean explicit) {
        String location = file.toString();
        try (InputStream in = open(file, explicit)) {
            long sizeHint = in instanceof GZIPInputStream ? -1 : Files.size(file);
            byte[] start = BoundedReads.readUpTo(in, limits.maxFileBytes() + 1, sizeHint);
            if (start.length <= limits.maxFileBytes()) {
                return document(start, location, explicit);
            }
            AdvisoryReader reader = readers.readerFor(start).orElse(null);
            if (reader == null || !reader.streams()) {
                return LoadPipeline.Result.problem(location, "file is larger than " + BoundedReads.size(limits.maxFileBytes())
                        + (reader == null ? " and not in a recognised advisory format" : ""));
            }
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(start),
                    BoundedReads.limited(in, limits.maxStreamedFileBytes() - start.length,
                            "file is larger than " + BoundedReads.size(limits.maxStreamedFileBytes())));
            return read(reader, all, location);
        } catch (BoundedReads.TooLarge e) {
            return LoadPipeline.Result.problem(location, e.getMessage());
        } catch (NoSuchFileException e) {
            return LoadPipeline.Result.problem(location, "no such file");
        } catch (AccessDeniedException e) {
            return LoadPipeline.Result.problem(location, "permission denied");
        } catch (IOException e) {
            return LoadPipeline.Result.problem(location, "cannot read: " + message(e));
        }
    }

    /**
     * The file's bytes, gunzipped when it is gzip ({@code .gz}, or a gzip magic number in a file
     * named on the command line): NVD publishes its yearly feeds as {@code .json.gz}.
     */
    private static InputStream open(Path file, boolean explicit) throws IOException {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        InputStream raw = Files.newInputStream(file);
        if (!gz && !explicit) {
            return raw;
        }
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean magic = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gz || magic ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Detects the format of one document (file or zip entry) and reads it. */
    LoadPipeline.Result document(byte[] content, String location, boolean explicit) {
        AdvisoryReader reader = readers.readerFor(content).orElse(null);
        if (reader == null) {
            HeadKeys keys = HeadKeys.of(content);
            if (!explicit && OtherDocuments.isKnown(keys)) {
                return LoadPipeline.Result.SKIPPED;
            }
            return LoadPipeline.Result.problem(location, unrecognised(content, keys, location));
        }
        List<Advisory> out = new ArrayList<>();
        try {
            reader.read(content, location, out::add);
            return new LoadPipeline.Result(out, null, true);
        } catch (InvalidInputException e) {
            return partly(out, location, messageOf(e, location));
        } catch (RuntimeException e) {
            return partly(out, location, internalError(e));
        }
    }

    private LoadPipeline.Result read(AdvisoryReader reader, InputStream content, String location) {
        List<Advisory> out = new ArrayList<>();
        try {
            reader.read(content, location, out::add);
            return new LoadPipeline.Result(out, null, true);
        } catch (InvalidInputException e) {
            return partly(out, location, messageOf(e, location));
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof BoundedReads.TooLarge ? message(e.getCause()) : "cannot read: " + message(e.getCause());
            return partly(out, location, why);
        } catch (RuntimeException e) {
            return partly(out, location, internalError(e));
        }
    }

    /** A reader bug must not end the load: it is reported against the document. */
    private static String internalError(RuntimeException e) {
        return "internal error while reading: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + message(e));
    }

    /** A document that failed: counted as read only when some of its advisories came through. */
    private static LoadPipeline.Result partly(List<Advisory> out, String location, String why) {
        return new LoadPipeline.Result(out, new LoadProblem(location, why), !out.isEmpty());
    }

    /** Why nothing recognised the document: malformed JSON/YAML says where; well-formed says what was expected. */
    private String unrecognised(byte[] content, HeadKeys keys, String location) {
        if (keys.isEmpty()) {
            return "empty document";
        }
        try {
            if (keys.syntax() == HeadKeys.Syntax.JSON_OBJECT || keys.syntax() == HeadKeys.Syntax.JSON_OTHER) {
                trees.json(content, location);
            } else if (keys.syntax() == HeadKeys.Syntax.YAML) {
                trees.yaml(content, location);
            }
        } catch (InvalidInputException e) {
            return messageOf(e, location);
        }
        return "not a recognised advisory format (expected OSV JSON/YAML, an NVD CVE API 2.0 page or record, "
                + "or a CSAF 2.0 document)";
    }

    private void zip(Path zip, LoadPipeline pipeline) {
        String name = zip.toString();
        long total = 0;
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
            ZipEntry entry;
            while ((entry = z.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    pipeline.problem(name, "has more than " + limits.maxZipEntries() + " entries; not read further");
                    return;
                }
                long left = limits.maxZipTotalBytes() - total;
                String ext = extension(entry.getName());
                boolean document = !entry.isDirectory() && (ext.equals("json") || ext.equals("yaml") || ext.equals("yml"));
                if (!document) {
                    total += BoundedReads.discard(z, left);
                } else {
                    byte[] bytes = z.readNBytes((int) Math.min(limits.maxZipEntryBytes(), left) + 1);
                    total += bytes.length;
                    if (bytes.length > limits.maxZipEntryBytes()) {
                        String location = name + "!" + entry.getName();
                        AdvisoryReader reader = readers.readerFor(bytes).orElse(null);
                        if (reader == null || !reader.streams() || total > limits.maxZipTotalBytes()) {
                            pipeline.problem(location, "zip entry is larger than "
                                    + BoundedReads.size(limits.maxZipEntryBytes()) + " uncompressed; zip not read further");
                            return;
                        }
                        long streamed = streamEntry(z, bytes, reader, location, left, pipeline);
                        if (streamed < 0) {
                            return; // past a limit: the entry's problem says which
                        }
                        total += streamed;
                        if (total > limits.maxZipTotalBytes()) {
                            pipeline.problem(name, "expands to more than " + BoundedReads.size(limits.maxZipTotalBytes())
                                    + "; not read further after " + entries + " entries");
                            return;
                        }
                        continue;
                    }
                    if (total <= limits.maxZipTotalBytes()) {
                        String location = name + "!" + entry.getName();
                        pipeline.submit(() -> document(bytes, location, false), bytes.length);
                    }
                }
                if (total > limits.maxZipTotalBytes()) {
                    pipeline.problem(name, "expands to more than " + BoundedReads.size(limits.maxZipTotalBytes())
                            + "; not read further after " + entries + " entries");
                    return;
                }
            }
            if (entries == 0) {
                pipeline.problem(name, "not a zip archive, or an empty one (no entries found)");
            }
        } catch (ZipException | EOFException e) {
            pipeline.problem(name, "truncated or corrupt zip after " + entries + " entries: " + message(e));
        } catch (IOException e) {
            pipeline.problem(name, "cannot read: " + message(e));
        }
    }

    /**
     * A big entry whose reader streams (an NVD yearly feed zipped): read here, in zip order,
     * within the streamed-document and zip limits; returns the bytes it took beyond {@code start},
     * or -1 when it went past a limit (the zip is then not read further).
     */
    private long streamEntry(ZipInputStream z, byte[] start, AdvisoryReader reader, String location, long left,
                             LoadPipeline pipeline) throws IOException {
        long cap = Math.min(limits.maxStreamedFileBytes(), left) - start.length;
        BoundedReads.Counted rest = BoundedReads.limited(z, cap, "zip entry is larger than "
                + BoundedReads.size(Math.min(limits.maxStreamedFileBytes(), left)) + " uncompressed");
        LoadPipeline.Result result = read(reader, new SequenceInputStream(new ByteArrayInputStream(start), rest), location);
        pipeline.submit(() -> result, 0);
        try {
            BoundedReads.discard(rest, Long.MAX_VALUE - 1); // what the reader left of the entry counts too
        } catch (BoundedReads.TooLarge e) {
            return -1;
        }
        return rest.count() > cap ? -1 : rest.count();
    }

    private static boolean isZip(Path file) {
        if (extension(file.getFileName().toString()).equals("zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return Arrays.equals(magic, ZIP_MAGIC);
        } catch (IOException e) {
            return false; // the read of the document itself reports it
        }
    }

    /** {@code .json}, {@code .yaml}, {@code .yml}, also gzipped ({@code .json.gz}). */
    private static boolean isDocument(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The exception's one line without the location, which the problem carries already. */
    private static String messageOf(InvalidInputException e, String location) {
        String line = e.oneLine();
        String prefix = location + ": ";
        return line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
