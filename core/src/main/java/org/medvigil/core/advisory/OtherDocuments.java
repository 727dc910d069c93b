package org.medvigil.core.advisory;

/**
 * Well-formed JSON documents that travel beside advisories but are not advisories: JSON
 * schemas, CSAF provider metadata, aggregators and ROLIE feeds. Inside a folder or zip they are
 * skipped without a problem; any other unrecognised JSON or YAML is reported.
 */
final class OtherDocuments {
    private OtherDocuments() {
    }

    static boolean isKnown(HeadKeys keys) {
        if (!keys.isJsonObject()) {
            return false;
        }
        boolean jsonSchema = keys.has("$schema") && keys.contains("json-schema.org")
                && (keys.has("properties") || keys.has("$defs") || keys.has("definitions") || keys.has("type"));
        boolean providerMetadata = keys.has("canonical_url") && keys.has("metadata_version");
        boolean aggregator = keys.has("aggregator") && (keys.has("csaf_providers") || keys.has("aggregator_version"));
        boolean rolie = keys.keys().size() == 1 && (keys.has("feed") || keys.has("service") || keys.has("categories"));
        return jsonSchema || providerMetadata || aggregator || rolie;
    }
}
