package org.medvigil.core.regulatory;

import java.util.ArrayList;
import java.util.List;

/**
 * A communication to customers about an uncontrolled risk, in the parts the FDA postmarket
 * guidance §VII.B(2)(a–d) asks for (PM-17). Blank parts are missing.
 *
 * @param vulnerability         (a) description of the vulnerability, with an impact assessment
 * @param impactAssessment      (a) the impact on the device based on current understanding
 * @param effortsUnderway       (b) statement that efforts to address the risk of patient harm are under way
 * @param compensatingControls  (c) the compensating controls to apply until fixed ("none" must be stated)
 * @param fixPlan               (d) statement that a fix or defense-in-depth strategy is in work and will be communicated
 */
public record CustomerNotice(String vulnerability, String impactAssessment, String effortsUnderway,
                             String compensatingControls, String fixPlan) {

    /** The PM-17 elements this notice lacks, as "PM-17(x) what" lines; empty when complete. */
    public List<String> missingElements() {
        List<String> missing = new ArrayList<>(4);
        if (blank(vulnerability) || blank(impactAssessment)) {
            missing.add("PM-17(a) a description of the vulnerability with an impact assessment");
        }
        if (blank(effortsUnderway)) {
            missing.add("PM-17(b) a statement that efforts to address the risk of patient harm are under way");
        }
        if (blank(compensatingControls)) {
            missing.add("PM-17(c) the compensating controls (or a statement that there are none)");
        }
        if (blank(fixPlan)) {
            missing.add("PM-17(d) a statement that a fix or defense-in-depth strategy is in work and will be communicated");
        }
        return missing;
    }

    public boolean meetsPm17() {
        return missingElements().isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
