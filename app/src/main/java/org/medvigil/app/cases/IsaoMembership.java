package org.medvigil.app.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The installation's evidence of active participation in an ISAO, by the four criteria of the
 * FDA postmarket guidance §IX (PM-23). PM-15.4 counts only when all four are met.
 *
 * @param active    all four criteria are met, each with evidence
 * @param missing   the criteria not met, as "PM-23(n) what"
 * @param updatedAt null while nothing has been recorded
 */
public record IsaoMembership(String isaoName, LocalDate memberSince, List<Criterion> criteria, boolean active,
                             List<String> missing, Instant updatedAt, String updatedBy) {

    /** One criterion: whether it is met and the objective evidence for it. */
    public record Criterion(int number, String key, String requirement, boolean met, String evidence) {
    }

    static final String[] KEYS = {"membership", "documentedPolicies", "sharesInformation", "intelligenceProcess"};
    static final String[] REQUIREMENTS = {
        "Member of an ISAO that shares medical-device vulnerabilities and threats",
        "The ISAO has documented policies on participant agreements, business processes, operating procedures and privacy protections",
        "The manufacturer shares vulnerability information with the ISAO, including customer communications",
        "Documented processes for assessing and responding to ISAO intelligence, traceable to device risk assessments, "
                + "countermeasures and mitigations"};

    /** Nothing recorded yet: no criterion met. */
    static IsaoMembership none() {
        return of(null, null, new boolean[4], new String[4], null, null);
    }

    static IsaoMembership of(String isaoName, LocalDate memberSince, boolean[] met, String[] evidence, Instant updatedAt,
                             String updatedBy) {
        List<Criterion> criteria = new ArrayList<>(4);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean ok = met[i] && evidence[i] != null && !evidence[i].isBlank();
            criteria.add(new Criterion(i + 1, KEYS[i], REQUIREMENTS[i], met[i], evidence[i]));
            if (!ok) {
                missing.add("PM-23(" + (i + 1) + ") " + REQUIREMENTS[i]);
            }
        }
        boolean named = isaoName != null && !isaoName.isBlank();
        if (!named) {
            missing.add(0, "the ISAO's name");
        }
        return new IsaoMembership(isaoName, memberSince, criteria, named && missing.isEmpty(), missing, updatedAt, updatedBy);
    }
}
