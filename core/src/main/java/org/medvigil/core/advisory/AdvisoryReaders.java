package org.medvigil.core.advisory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.medvigil.core.InvalidInputException;
import org.medvigil.core.sbom.DocumentHead;
import org.medvigil.core.version.VersionSchemes;

/**
 * The one place advisory readers are registered, and the loader for files, folders and OSV
 * zips. The format of each document is detected from its content (never its name): CSAF 2.0,
 * NVD CVE API 2.0, OSV JSON, OSV YAML. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdvisoryLoad load = AdvisoryReaders.standard().load(List.of(Path.of("advisories")));
 * load.problems().forEach(p -> System.err.println(p.oneLine()));
 * }</pre>
 */
public final class AdvisoryReaders {
    private final List<AdvisoryReader> readers;
    private final TextTrees trees;
    private final AdvisoryLimits limits;

    private AdvisoryReaders(List<AdvisoryReader> readers, TextTrees trees, AdvisoryLimits limits) {
        this.readers = List.copyOf(readers);
        this.trees = trees;
        this.limits = limits;
    }

    /** Every reader, bound to {@link VersionSchemes#standard()}, with {@link AdvisoryLimits#standard()}. */
    public static AdvisoryReaders standard() {
        return using(VersionSchemes.standard(), AdvisoryLimits.standard());
    }

    /** Every reader, bound to the given version schemes, with the given limits. */
    public static AdvisoryReaders using(VersionSchemes schemes, AdvisoryLimits limits) {
        TextTrees trees = new TextTrees(limits.maxFileBytes());
        OsvRecords osv = new OsvRecords(OsvEcosystems.standard(), schemes);
        List<AdvisoryReader> all = new ArrayList<>();
        // Registrations: one line per format. CSAF and NVD come first because their top-level
        // containers are unambiguous; OSV is recognised by its "id" beside OSV fields.
        all.add(new CsafReader(trees, schemes));
        all.add(new NvdCveReader(trees, new NvdConfigurations(schemes.byName("generic").orElse(null))));
        all.add(new OsvJsonReader(trees, osv));
        all.add(new OsvYamlReader(trees, osv));
        return new AdvisoryReaders(all, trees, limits);
    }

    /** The same readers with other limits. */
    public AdvisoryReaders withLimits(AdvisoryLimits newLimits) {
        return new AdvisoryReaders(readers, new TextTrees(newLimits.maxFileBytes()), newLimits);
    }

    /** The registered readers, in the order detection tries them. */
    public List<AdvisoryReader> readers() {
        return readers;
    }

    /** The limits loads run with. */
    public AdvisoryLimits limits() {
        return limits;
    }

    /** The reader that recognises a document with this head, if any. */
    public Optional<AdvisoryReader> readerFor(DocumentHead head) {
        for (AdvisoryReader r : readers) {
            if (r.recognizes(head)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The reader for a document, detected from its first bytes; top-level keys are found once for all readers. */
    Optional<AdvisoryReader> readerFor(byte[] content) {
        HeadKeys keys = HeadKeys.of(content);
        DocumentHead head = null;
        for (AdvisoryReader r : readers) {
            boolean yes;
            if (r instanceof KeyedDetection k) {
                yes = k.recognizes(keys);
            } else {
                head = head != null ? head : DocumentHead.of(content);
                yes = r.recognizes(head);
            }
            if (yes) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads one document with the reader that recognises it.
     *
     * @throws InvalidInputException when no reader recognises it or it is malformed
     */
    public void read(byte[] content, String location, Consumer<Advisory> sink) {
        AdvisoryReader reader = readerFor(content).orElseThrow(() -> new InvalidInputException(location,
                "not a recognised advisory format (expected OSV JSON/YAML, an NVD CVE API 2.0 page or record, "
                        + "or a CSAF 2.0 document)"));
        reader.read(content, location, sink);
    }

    /** Reads one document whole into a list; see {@link #read(byte[], String, Consumer)}. */
    public List<Advisory> read(byte[] content, String location) {
        List<Advisory> out = new ArrayList<>();
        read(content, location, out::add);
        return out;
    }

    /**
     * Loads files, folders (recursively) and zips. Never throws for bad input: each document
     * that cannot be read becomes a {@link LoadProblem} and the others still load.
     */
    public AdvisoryLoad load(List<Path> paths) {
        List<Advisory> advisories = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        int read = load(paths, advisories::add, problems::add);
        return new AdvisoryLoad(advisories, problems, read);
    }

    /**
     * Streams advisories and problems to consumers, called on this thread in path order (zip
     * entries in zip order), while documents are parsed in parallel.
     *
     * @return how many documents (files and zip entries) were read
     */
    public int load(List<Path> paths, Consumer<Advisory> advisories, Consumer<LoadProblem> problems) {
        return new AdvisoryLoader(this, trees, limits).load(paths, advisories, problems);
    }
}
