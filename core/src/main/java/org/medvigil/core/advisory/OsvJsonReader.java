package org.medvigil.core.advisory;

import java.util.function.Consumer;
import org.medvigil.core.sbom.DocumentHead;

/** OSV records in JSON, one record per document (the form of OSV databases and their {@code all.zip} entries). */
final class OsvJsonReader implements AdvisoryReader, KeyedDetection {
    private final TextTrees trees;
    private final OsvRecords records;

    OsvJsonReader(TextTrees trees, OsvRecords records) {
        this.trees = trees;
        this.records = records;
    }

    @Override
    public String name() {
        return "OSV JSON";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return recognizes(HeadKeys.of(head));
    }

    @Override
    public boolean recognizes(HeadKeys keys) {
        return keys.isJsonObject() && looksLikeOsv(keys);
    }

    @Override
    public void read(byte[] content, String location, Consumer<Advisory> sink) {
        sink.accept(records.advisory(trees.json(content, location), location));
    }

    /** An {@code id} beside one of the other top-level OSV fields, and none of the NVD/CSAF containers. */
    static boolean looksLikeOsv(HeadKeys keys) {
        if (!keys.has("id") || keys.has("document") || keys.has("product_tree") || keys.has("cve")
                || keys.has("vulnerabilities")) {
            return false;
        }
        return keys.has("modified") || keys.has("affected") || keys.has("schema_version")
                || keys.has("published") || keys.has("aliases") || keys.has("withdrawn");
    }
}
