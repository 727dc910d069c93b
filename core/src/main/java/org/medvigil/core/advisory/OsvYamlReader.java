package org.medvigil.core.advisory;

import java.util.function.Consumer;
import org.medvigil.core.sbom.DocumentHead;

/**
 * OSV records written in YAML with the JSON field names (the PyPA advisory database). Scalars
 * keep their text, so an unquoted {@code 1.10} stays the version "1.10".
 */
final class OsvYamlReader implements AdvisoryReader, KeyedDetection {
    private final TextTrees trees;
    private final OsvRecords records;

    OsvYamlReader(TextTrees trees, OsvRecords records) {
        this.trees = trees;
        this.records = records;
    }

    @Override
    public String name() {
        return "OSV YAML";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return recognizes(HeadKeys.of(head));
    }

    @Override
    public boolean recognizes(HeadKeys keys) {
        return keys.isYaml() && OsvJsonReader.looksLikeOsv(keys);
    }

    @Override
    public void read(byte[] content, String location, Consumer<Advisory> sink) {
        sink.accept(records.advisory(trees.yaml(content, location), location));
    }
}
