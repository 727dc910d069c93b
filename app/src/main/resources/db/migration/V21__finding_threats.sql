-- Threat signals on findings (CISA KEV, FIRST EPSS), kept current when a finding is matched and
-- when the KEV or EPSS feed changes, so findings sort and filter by them. finding_cve holds
-- every CVE id of a finding (primary id or alias) for those updates.

CREATE TABLE finding_cve (
    finding_id BIGINT NOT NULL REFERENCES finding (id),
    cve_id     VARCHAR(40) NOT NULL,
    CONSTRAINT finding_cve_pk PRIMARY KEY (finding_id, cve_id)
);
CREATE INDEX finding_cve_cve ON finding_cve (cve_id);

ALTER TABLE finding ADD COLUMN kev_cve VARCHAR(40);
ALTER TABLE finding ADD COLUMN epss DOUBLE PRECISION;
ALTER TABLE finding ADD COLUMN epss_percentile DOUBLE PRECISION;
CREATE INDEX finding_kev ON finding (kev_cve);

-- Findings made before this migration: their primary CVE id (aliases are added when they next match).
INSERT INTO finding_cve (finding_id, cve_id) SELECT id, vulnerability_id FROM finding WHERE vulnerability_id LIKE 'CVE-%';
