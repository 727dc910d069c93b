package org.medvigil.app.feeds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.medvigil.app.audit.AuditLog;
import org.medvigil.app.storage.DbTime;
import org.medvigil.app.findings.FindingThreats;
import org.medvigil.core.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CISA KEV catalogue and the FIRST EPSS scores: read as streams (the EPSS file has a row
 * for every CVE, some 300,000), checked row by row (a bad row is reported and skipped), stored
 * one row per CVE in one transaction (a file that breaks off mid-way changes nothing), and then
 * the findings they concern re-ranked. Newly KEV-listed CVEs raise a notification for each
 * finding they flag.
 */
@Component
class ThreatCatalogs {
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FindingThreats findings;
    private final AuditLog audit;
    private final ObjectMapper mapper = new ObjectMapper();

    ThreatCatalogs(JdbcTemplate jdbc, PlatformTransactionManager tm, FindingThreats findings, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(tm);
        this.findings = findings;
        this.audit = audit;
    }

    /** Whether a document's first bytes look like the KEV catalogue. */
    static boolean isKev(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        return s.contains("\"catalogVersion\"") || s.contains("\"vulnerabilities\"") && s.contains("\"cveID\"");
    }

    /** Whether a (decompressed) text's first bytes look like an EPSS score file. */
    static boolean isEpss(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8).stripLeading();
        return s.startsWith("#model_version") || s.startsWith("cve,epss");
    }

    /**
     * Replaces the stored KEV catalogue with this one.
     *
     * @param where names the file or URL in problems
     * @throws InvalidInputException when the document is not a KEV catalogue or breaks off
     */
    void importKev(FeedSync sync, InputStream in, String where) {
        List<Object[]> rows = new ArrayList<>();
        String version;
        try (JsonParser p = new JsonFactory().createParser(in)) {
            p.setCodec(mapper);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(where, "not a CISA KEV catalogue (expected a JSON object)");
            }
            version = null;
            boolean sawList = false;
            Instant now = sync.now();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("catalogVersion") && t == JsonToken.VALUE_STRING) {
                    version = p.getText();
                } else if (field.equals("vulnerabilities") && t == JsonToken.START_ARRAY) {
                    sawList = true;
                    int index = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode e = p.readValueAsTree();
                        Object[] row = kevRow(e, now);
                        if (row == null) {
                            sync.problem(where + " vulnerabilities[" + index + "]", "not a valid KEV entry (cveID and dateAdded required)");
                        } else {
                            rows.add(row);
                        }
                        index++;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!sawList) {
                throw new InvalidInputException(where, "not a CISA KEV catalogue (no \"vulnerabilities\" list)");
            }
        } catch (IOException e) {
            throw new InvalidInputException(where, "the KEV catalogue cannot be read: " + e.getMessage().split("\n")[0]);
        }
        String catalog = version;
        rows.forEach(r -> r[11] = catalog);
        Set<String> added = transactions.execute(status -> {
            Set<String> before = new HashSet<>(jdbc.queryForList("SELECT cve_id FROM kev_entry", String.class));
            jdbc.update("DELETE FROM kev_entry");
            jdbc.batchUpdate("INSERT INTO kev_entry (cve_id, vendor_project, product, vulnerability_name, date_added, due_date, "
                    + "short_description, required_action, ransomware_use, notes, cwes, catalog_version, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            Set<String> now = new LinkedHashSet<>();
            for (Object[] r : rows) {
                if (!before.contains((String) r[0])) {
                    now.add((String) r[0]);
                }
            }
            // Removed entries and new ones both change which findings are flagged; new ones notify.
            Set<String> removed = new HashSet<>(before);
            rows.forEach(r -> removed.remove((String) r[0]));
            findings.refreshCves(removed);
            findings.kevListed(now);
            audit.record("feed-import", "kev_catalog", catalog, null,
                    java.util.Map.of("entries", rows.size(), "newlyListed", now.size(), "removed", removed.size(), "source", where));
            return now;
        });
        sync.kevEntries += rows.size();
        sync.documents++;
    }

    private static Object[] kevRow(JsonNode e, Instant now) {
        String cve = text(e, "cveID");
        LocalDate added = date(text(e, "dateAdded"));
        if (cve == null || !CVE.matcher(cve).matches() || added == null) {
            return null;
        }
        JsonNode cwes = e.get("cwes");
        List<String> cweList = new ArrayList<>();
        if (cwes != null && cwes.isArray()) {
            cwes.forEach(c -> cweList.add(c.asText()));
        }
        return new Object[]{cve, text(e, "vendorProject"), text(e, "product"), text(e, "vulnerabilityName"),
                added, sqlDate(date(text(e, "dueDate"))), text(e, "shortDescription"), text(e, "requiredAction"),
                cut(text(e, "knownRansomwareCampaignUse"), 20), text(e, "notes"), String.join(",", cweList), null,
                DbTime.of(now)};
    }

    /**
     * Replaces the stored EPSS scores with this file's (CSV, {@code #model_version...} comment,
     * then {@code cve,epss,percentile}).
     *
     * @throws InvalidInputException when it is not an EPSS file or holds no score
     */
    void importEpss(FeedSync sync, InputStream in, String where) {
        List<Object[]> rows = new ArrayList<>();
        String model = null;
        LocalDate date = null;
        Instant now = sync.now();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    for (String part : line.substring(1).split(",")) {
                        String[] kv = part.split(":", 2);
                        if (kv.length == 2 && kv[0].strip().equals("model_version")) {
                            model = cut(kv[1].strip(), 40);
                        } else if (kv.length == 2 && kv[0].strip().equals("score_date")) {
                            date = date(kv[1].strip().length() >= 10 ? kv[1].strip().substring(0, 10) : kv[1].strip());
                        }
                    }
                    continue;
                }
                if (!header) {
                    if (!line.strip().startsWith("cve,epss,percentile")) {
                        throw new InvalidInputException(where, "line " + n + ": not an EPSS score file (expected the header cve,epss,percentile)");
                    }
                    header = true;
                    continue;
                }
                String[] f = line.split(",");
                Object[] row = f.length >= 3 ? epssRow(f, now) : null;
                if (row == null) {
                    sync.problem(where + " line " + n, "not a valid EPSS row (CVE id, two numbers between 0 and 1)");
                } else {
                    rows.add(row);
                }
            }
            if (!header) {
                throw new InvalidInputException(where, "not an EPSS score file (no cve,epss,percentile header)");
            }
        } catch (IOException e) {
            throw new InvalidInputException(where, "the EPSS file cannot be read (truncated or not gzip?): " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(where, "the EPSS file holds no score; the stored scores are kept");
        }
        LocalDate scoreDate = date;
        String modelVersion = model;
        rows.forEach(x -> {
            x[3] = scoreDate;
            x[4] = modelVersion;
        });
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM epss_score");
            for (int i = 0; i < rows.size(); i += BATCH) {
                jdbc.batchUpdate("INSERT INTO epss_score (cve_id, score, percentile, score_date, model_version, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", rows.subList(i, Math.min(rows.size(), i + BATCH)));
            }
            findings.refreshAll();
            audit.record("feed-import", "epss_scores", modelVersion == null ? "epss" : modelVersion, null,
                    java.util.Map.of("scores", rows.size(), "scoreDate", String.valueOf(scoreDate), "source", where));
        });
        sync.epssScores += rows.size();
        sync.documents++;
    }

    private static Object[] epssRow(String[] f, Instant now) {
        String cve = f[0].strip();
        if (!CVE.matcher(cve).matches()) {
            return null;
        }
        try {
            double score = Double.parseDouble(f[1].strip());
            double percentile = Double.parseDouble(f[2].strip());
            if (!(score >= 0 && score <= 1 && percentile >= 0 && percentile <= 1)) {
                return null;
            }
            return new Object[]{cve, score, percentile, null, null, DbTime.of(now)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate sqlDate(LocalDate d) {
        return d;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
