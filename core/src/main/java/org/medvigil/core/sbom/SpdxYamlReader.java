package org.medvigil.core.sbom;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Pattern;
import org.medvigil.core.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * SPDX 2.2 and 2.3 YAML: the JSON model in YAML syntax, read by the same streaming code on
 * Jackson's YAML parser. SnakeYAML's limits guard against alias bombs (at most 50 aliases to
 * collections) and deep nesting; the document size is bounded by {@link SbomReaders}.
 */
final class SpdxYamlReader implements SbomReader {
    private static final Pattern SPDX_VERSION = Pattern.compile("(?m)^\\s*[\"']?spdxVersion[\"']?\\s*:\\s*[\"']?SPDX-");

    /** Created on first use: SnakeYAML's classes cost start-up time that a scan without YAML need not pay. */
    private volatile YAMLFactory factory;

    private YAMLFactory factory() {
        YAMLFactory f = factory;
        if (f == null) {
            LoaderOptions options = new LoaderOptions();
            options.setNestingDepthLimit(JsonInput.MAX_DEPTH);
            options.setMaxAliasesForCollections(50);
            options.setAllowRecursiveKeys(false);
            // The document size is already bounded by SbomReaders; SnakeYAML's own 3 MB default would
            // reject large real SBOMs.
            options.setCodePointLimit(Integer.MAX_VALUE);
            f = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(JsonInput.constraints()).build();
            factory = f;
        }
        return f;
    }

    @Override
    public String name() {
        return "SPDX 2 YAML";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return !head.startsWith('{') && !head.startsWith('<') && head.contains("spdxVersion")
                && SPDX_VERSION.matcher(head.text()).find();
    }

    @Override
    public Inventory read(byte[] content, String source) {
        try {
            return JsonInput.read(factory(), content, source, "YAML",
                    in -> Spdx2JsonFields.read(in).finish(new InventoryBuilder(source)));
        } catch (YAMLException e) {
            // SnakeYAML reports some limits (alias count, nesting) as unchecked exceptions.
            throw new InvalidInputException(source, "malformed YAML: " + JsonInput.firstLine(e.getMessage()), e);
        }
    }
}
