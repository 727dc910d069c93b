package org.medvigil.core.report;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.vulnerability.Vulnerability;
import org.medvigil.core.advisory.Advisory;
import org.medvigil.core.match.Finding;
import org.medvigil.core.sbom.Component;

/**
 * A CycloneDX 1.6 Vulnerability Disclosure Report: the scanned components plus every known
 * vulnerability affecting them, one {@code vulnerabilities[]} entry per vulnerability with an
 * {@code affects} entry per component. Written with cyclonedx-core-java. When several SBOMs
 * are scanned, component bom-refs are prefixed with the SBOM's position to keep them unique.
 */
final class CycloneDxVdrWriter implements ReportWriter {
    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512",
            "SHA3-256", "SHA3-384", "SHA3-512", "BLAKE2b-256", "BLAKE2b-384", "BLAKE2b-512", "BLAKE3");
    private static final Pattern HEX_DIGEST = Pattern.compile(
            "[a-fA-F0-9]{32}|[a-fA-F0-9]{40}|[a-fA-F0-9]{64}|[a-fA-F0-9]{96}|[a-fA-F0-9]{128}");

    @Override
    public String format() {
        return "cyclonedx";
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
        bom.setVersion(1);
        bom.setMetadata(metadata(report));
        Map<String, String> refs = new LinkedHashMap<>();
        List<org.cyclonedx.model.Component> components = new ArrayList<>();
        boolean prefix = report.sboms().size() > 1;
        for (int i = 0; i < report.sboms().size(); i++) {
            ScannedSbom sbom = report.sboms().get(i);
            for (Component c : sbom.inventory().components()) {
                String ref = prefix ? (i + 1) + ":" + c.bomRef() : c.bomRef();
                refs.put(sbom.file() + "\u0000" + c.bomRef(), ref);
                components.add(component(c, ref));
            }
        }
        bom.setComponents(components);
        Map<String, Vulnerability> vulns = new LinkedHashMap<>();
        for (ReportedFinding rf : report.findings()) {
            Finding f = rf.finding();
            Vulnerability v = vulns.computeIfAbsent(f.vulnerabilityId(), id -> vulnerability(rf));
            Vulnerability.Affect affect = new Vulnerability.Affect();
            affect.setRef(refs.get(rf.sbom() + "\u0000" + f.component().bomRef()));
            Vulnerability.Version version = new Vulnerability.Version();
            version.setVersion(f.component().version());
            version.setStatus(f.evidence().certain() ? Vulnerability.Version.Status.AFFECTED
                    : Vulnerability.Version.Status.UNKNOWN);
            affect.setVersions(List.of(version));
            v.getAffects().add(affect);
        }
        bom.setVulnerabilities(new ArrayList<>(vulns.values()));
        try {
            out.write(BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString());
        } catch (GeneratorException e) {
            throw new IOException("cannot write the CycloneDX report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static Metadata metadata(ScanReport report) {
        Metadata m = new Metadata();
        m.setTimestamp(Date.from(Instant.now()));
        org.cyclonedx.model.Component tool = new org.cyclonedx.model.Component();
        tool.setType(org.cyclonedx.model.Component.Type.APPLICATION);
        tool.setName("medvigil");
        tool.setVersion(report.toolVersion());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        m.setToolChoice(tools);
        return m;
    }

    private static org.cyclonedx.model.Component component(Component c, String ref) {
        org.cyclonedx.model.Component out = new org.cyclonedx.model.Component();
        out.setBomRef(ref);
        out.setType(type(c.type()));
        out.setGroup(c.group());
        out.setName(c.name() == null ? c.bomRef() : c.name());
        out.setVersion(c.version());
        if (c.purl() != null) {
            out.setPurl(c.purl().canonical());
        }
        if (!c.cpes().isEmpty()) {
            out.setCpe(c.cpes().get(0).toFormattedString());
        }
        List<Hash> hashes = new ArrayList<>();
        // Only hashes the CycloneDX schema accepts: an SBOM read from elsewhere may carry others.
        c.hashes().forEach((alg, value) -> {
            if (HASH_ALGORITHMS.contains(alg) && HEX_DIGEST.matcher(value).matches()) {
                hashes.add(new Hash(alg, value));
            }
        });
        if (!hashes.isEmpty()) {
            out.setHashes(hashes);
        }
        return out;
    }

    private static org.cyclonedx.model.Component.Type type(String type) {
        if (type == null) {
            return org.cyclonedx.model.Component.Type.LIBRARY;
        }
        try {
            return org.cyclonedx.model.Component.Type.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return org.cyclonedx.model.Component.Type.LIBRARY;
        }
    }

    private static Vulnerability vulnerability(ReportedFinding rf) {
        Finding f = rf.finding();
        Advisory a = f.advisory();
        Vulnerability v = new Vulnerability();
        v.setId(a.id());
        Vulnerability.Source source = new Vulnerability.Source();
        source.setName(a.provenance() == null ? "unknown" : a.provenance().source().toUpperCase(Locale.ROOT));
        if (!a.references().isEmpty()) {
            source.setUrl(a.references().get(0));
        }
        v.setSource(source);
        List<Vulnerability.Reference> references = new ArrayList<>();
        for (String alias : f.aliases()) {
            Vulnerability.Reference r = new Vulnerability.Reference();
            r.setId(alias);
            Vulnerability.Source s = new Vulnerability.Source();
            s.setName(alias.contains("-") ? alias.substring(0, alias.indexOf('-')) : alias);
            r.setSource(s);
            references.add(r);
        }
        if (!references.isEmpty()) {
            v.setReferences(references);
        }
        List<Vulnerability.Rating> ratings = new ArrayList<>();
        for (CvssRating c : rf.severity().cvss()) {
            Vulnerability.Rating r = new Vulnerability.Rating();
            r.setScore(c.score());
            r.setVector(c.vector());
            r.setMethod(switch (c.version()) {
                case "2.0" -> Vulnerability.Rating.Method.CVSSV2;
                case "3.0" -> Vulnerability.Rating.Method.CVSSV3;
                case "3.1" -> Vulnerability.Rating.Method.CVSSV31;
                case "4.0" -> Vulnerability.Rating.Method.CVSSV4;
                default -> Vulnerability.Rating.Method.OTHER;
            });
            r.setSeverity(Vulnerability.Rating.Severity.fromString(c.rating().label()));
            ratings.add(r);
        }
        if (ratings.isEmpty()) {
            Vulnerability.Rating r = new Vulnerability.Rating();
            r.setSeverity(Vulnerability.Rating.Severity.fromString(rf.severity().rating().label()));
            ratings.add(r);
        }
        v.setRatings(ratings);
        List<Integer> cwes = new ArrayList<>();
        for (String cwe : a.cwes()) {
            String digits = cwe.replaceAll("[^0-9]", "");
            if (!digits.isEmpty() && digits.length() < 9) {
                cwes.add(Integer.parseInt(digits));
            }
        }
        if (!cwes.isEmpty()) {
            v.setCwes(cwes);
        }
        v.setDescription(a.headline());
        v.setDetail(a.details());
        if (!f.evidence().fixedVersions().isEmpty()) {
            v.setRecommendation("Upgrade to " + String.join(" or ", f.evidence().fixedVersions()) + ".");
        }
        if (a.published() != null) {
            v.setPublished(Date.from(a.published()));
        }
        if (a.modified() != null) {
            v.setUpdated(Date.from(a.modified()));
        }
        Property reason = new Property();
        reason.setName("medvigil:match:reason");
        reason.setValue(f.evidence().reason());
        v.setProperties(new ArrayList<>(List.of(reason)));
        v.setAffects(new ArrayList<>());
        return v;
    }
}
