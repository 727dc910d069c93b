package org.medvigil.core.sbom;

import java.io.IOException;
import org.medvigil.core.InvalidInputException;

/**
 * The fields of an SPDX 2.2/2.3 document in its JSON shape, which the YAML serialisation shares:
 * read by streaming into an {@link Spdx2Document}.
 */
final class Spdx2JsonFields {
    private Spdx2JsonFields() {
    }

    static Spdx2Document read(JsonInput in) throws IOException {
        in.rootObject("an SPDX document");
        Spdx2Document doc = new Spdx2Document(in.source());
        boolean[] legacy = new boolean[1];
        in.object("document", name -> {
            switch (name) {
                case "spdxVersion" -> doc.version = in.text();
                case "name" -> doc.name = in.text();
                case "documentNamespace" -> doc.namespace = in.text();
                case "creationInfo" -> in.object(name, field -> {
                    switch (field) {
                        case "created" -> doc.created = in.text();
                        case "creators" -> doc.creators.addAll(in.texts(field));
                        default -> in.skip();
                    }
                });
                case "documentDescribes" -> doc.describes.addAll(in.texts(name));
                case "packages" -> in.array(name, () -> pkg(in, doc.newPackage()));
                case "relationships" -> in.array(name, () -> relationship(in, doc));
                case "Document" -> {
                    legacy[0] = true;
                    in.skip();
                }
                default -> in.skip();
            }
        });
        if (legacy[0] && doc.version == null) {
            throw new InvalidInputException(in.source(), "SPDX document in the pre-2.2 \"Document\" wrapper shape of early"
                    + " SPDX tools is not supported: convert it to SPDX 2.2 or later JSON");
        }
        return doc;
    }

    private static void pkg(JsonInput in, ComponentDraft d) throws IOException {
        String[] licence = new String[2];
        in.object("package", name -> {
            switch (name) {
                case "SPDXID" -> d.bomRef = in.text();
                case "name" -> d.name = Text.clean(in.text());
                case "versionInfo" -> d.version = Text.spdxValue(in.text());
                case "supplier" -> d.supplier = Spdx2Document.agentName(in.text());
                case "originator" -> d.manufacturer = Spdx2Document.agentName(in.text());
                case "primaryPackagePurpose" -> d.type = Spdx2Document.purpose(in.text());
                case "checksums" -> in.array(name, () -> checksum(in, d));
                case "externalRefs" -> in.array(name, () -> externalRef(in, d));
                case "licenseConcluded" -> licence[0] = in.text();
                case "licenseDeclared" -> licence[1] = in.text();
                case "validUntilDate" -> d.endOfSupport = Text.clean(in.text());
                default -> in.skip();
            }
        });
        Spdx2Document.licenses(d, licence[0], licence[1]);
    }

    private static void checksum(JsonInput in, ComponentDraft d) throws IOException {
        String[] c = new String[2];
        in.object("checksum", name -> {
            switch (name) {
                case "algorithm" -> c[0] = in.text();
                case "checksumValue" -> c[1] = in.text();
                default -> in.skip();
            }
        });
        d.hash(c[0], c[1]);
    }

    private static void externalRef(JsonInput in, ComponentDraft d) throws IOException {
        String[] r = new String[2];
        in.object("externalRef", name -> {
            switch (name) {
                case "referenceType" -> r[0] = in.text();
                case "referenceLocator" -> r[1] = in.text();
                default -> in.skip();
            }
        });
        Spdx2Document.externalRef(d, r[0], r[1]);
    }

    private static void relationship(JsonInput in, Spdx2Document doc) throws IOException {
        String[] r = new String[3];
        in.object("relationship", name -> {
            switch (name) {
                case "spdxElementId" -> r[0] = in.text();
                case "relationshipType" -> r[1] = in.text();
                case "relatedSpdxElement" -> r[2] = in.text();
                default -> in.skip();
            }
        });
        doc.relationship(r[0], r[1], r[2]);
    }
}
