package org.medvigil.app.security;

import java.util.EnumSet;
import java.util.Set;

/** What a user or API key may do; see {@code ApiAccessRules} for the matrix. */
public enum Role {
    /** Everything, including users, API keys and the audit log. */
    ADMIN,
    /** Product security: SBOMs, advisory imports, triage and assessments; reads everything. */
    SECURITY_ANALYST,
    /** Regulatory affairs: device models, releases, the installed base; reads everything. */
    REGULATORY,
    /** Reads everything, changes nothing; reads the audit log. */
    AUDITOR,
    /** A hospital (HDO): only its own deployments, the findings of the releases it runs. */
    CUSTOMER;

    /** Every role of the manufacturer's staff: all but {@link #CUSTOMER}. */
    public static final Set<Role> STAFF = EnumSet.of(ADMIN, SECURITY_ANALYST, REGULATORY, AUDITOR);

    /** The Spring Security authority, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
