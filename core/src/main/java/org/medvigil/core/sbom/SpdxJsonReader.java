package org.medvigil.core.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import java.util.regex.Pattern;

/**
 * SPDX 2.2 and 2.3 JSON (2.0/2.1 documents written as JSON read too).
 *
 * <p>Hand-rolled on Jackson's streaming parser rather than java-spdx-library + spdx-jackson-store:
 * that pair needed ~930 ms on a cold JVM (and ~130 ms warm, with several hundred MB allocated) to
 * load a 1,000-package document here, against a 2 s budget for the whole CLI scan; it also has no
 * tag-value or SPDX 3 store on our class path. Only the fields an {@link Inventory} holds are read.
 */
final class SpdxJsonReader implements SbomReader {
    private static final Pattern SPDX_VERSION = Pattern.compile("\"spdxVersion\"\\s*:\\s*\"SPDX-");

    private final JsonFactory factory = JsonInput.jsonFactory();

    @Override
    public String name() {
        return "SPDX 2 JSON";
    }

    @Override
    public boolean recognizes(DocumentHead head) {
        return head.startsWith('{') && head.contains("\"spdxVersion\"") && SPDX_VERSION.matcher(head.text()).find();
    }

    @Override
    public Inventory read(byte[] content, String source) {
        return JsonInput.read(factory, content, source, "JSON", in -> {
            Spdx2Document doc = Spdx2JsonFields.read(in);
            InventoryBuilder b = new InventoryBuilder(source);
            String trailing = in.trailingContent();
            if (trailing != null) {
                b.warn(trailing);
            }
            return doc.finish(b);
        });
    }
}
