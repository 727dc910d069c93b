package org.medvigil.core.risk.rubric;

import java.util.Optional;

/**
 * The questions of the MITRE "Rubric for Applying CVSS to Medical Devices", identified by the
 * answer codes that rubric calculators record (the "extended vector"). The confidentiality,
 * integrity and availability questions are asked once per class of data or function.
 */
public enum RubricQuestion {
    XAVN("AV", "Can the attacker use some type of network or communication protocol to exploit this vulnerability?"),
    XAVT("AV", "Does the network use OSI layer 3 or 4 protocols, e.g. IP, TCP/IP or UDP?"),
    XAVW("AV", "Is the communication over a wireless channel?"),
    XAVR("AV", "Is the range approximately 10 feet or less?"),
    XAVP("AV", "Must the attacker have physical contact with the device?"),
    XAVPA("AV", "Is the device accessed through a human-user interface, i.e. one intended for manual operation by device users?"),
    XACL("AC", "Can the attacker attempt to exploit the vulnerability at will, i.e. without special circumstances, configurations, or other vulnerabilities or attacks first?"),
    XPRL("PR", "Does the device or component use an authorization model that supports login for multiple users or roles with different privilege levels?"),
    XPRZ("PR", "Before attempting to exploit the vulnerability, must the attacker be authorized to the affected component?"),
    XPRS("PR", "Must the attacker have administrator, maintainer or other system-level privileges to attempt the exploit?"),
    XUI("UI", "To exploit the vulnerability, must the attacker depend on another user or victim to perform an action or otherwise interact with the system?"),
    XS("S", "Can the attacker affect a component whose authority (authorization scope) differs from that of the vulnerable component?"),
    XCP("C", DataClass.PHI, "Can PHI/PII data be read?"),
    XCPM("C", DataClass.PHI, "Can the exposed data cover a large number of patients, e.g. 500 or more, which may force regulatory action or breach notification?"),
    XCD("C", DataClass.DIAGNOSIS, "Can data or functionality related to diagnosis or monitoring be read or exposed?"),
    XCT("C", DataClass.THERAPY, "Can data or functionality related to the delivery of therapy be read or exposed?"),
    XCW("C", DataClass.WORKFLOW, "Can data or functionality related to clinical workflow be read or exposed?"),
    XCS("C", DataClass.SYSTEM, "Can private system or system-user data, e.g. passwords or private keys, be read or exposed?"),
    XCO("C", DataClass.OTHER, "Can any other critical or sensitive data or functionality be read or exposed?"),
    XIP("I", DataClass.PHI, "Can PHI/PII data be modified or deleted?"),
    XID("I", DataClass.DIAGNOSIS, "Can data or functionality related to diagnosis or monitoring be modified or deleted?"),
    XIT("I", DataClass.THERAPY, "Can data or functionality related to the delivery of therapy be modified or deleted?"),
    XIW("I", DataClass.WORKFLOW, "Can data or functionality related to clinical workflow be modified or deleted?"),
    XIS("I", DataClass.SYSTEM, "Can private system or system-user data, e.g. passwords or private keys, be modified or deleted?"),
    XIO("I", DataClass.OTHER, "Can any other critical or sensitive data or functionality be modified or deleted?"),
    XAP("A", DataClass.PHI, "Can PHI/PII data be rendered inaccessible?"),
    XAD("A", DataClass.DIAGNOSIS, "Can data or functionality related to diagnosis or monitoring be rendered inaccessible?"),
    XAT("A", DataClass.THERAPY, "Can data or functionality related to the delivery of therapy be rendered inaccessible?"),
    XAW("A", DataClass.WORKFLOW, "Can data or functionality related to clinical workflow be rendered inaccessible?"),
    XAS("A", DataClass.SYSTEM, "Can private system or system-user data, e.g. passwords or private keys, be rendered inaccessible?"),
    XAO("A", DataClass.OTHER, "Can any other critical or sensitive data or functionality be rendered inaccessible?");

    /** The six classes of data or function for which C, I and A are asked. */
    public enum DataClass {
        PHI("PHI/PII"),
        DIAGNOSIS("diagnosis or monitoring"),
        THERAPY("delivery of therapy"),
        WORKFLOW("clinical workflow"),
        SYSTEM("private system or system-user data"),
        OTHER("other critical or sensitive data or functionality");

        private final String title;

        DataClass(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String metric;
    private final DataClass dataClass;
    private final String text;

    RubricQuestion(String metric, String text) {
        this(metric, null, text);
    }

    RubricQuestion(String metric, DataClass dataClass, String text) {
        this.metric = metric;
        this.dataClass = dataClass;
        this.text = text;
    }

    /** The CVSS v3 base metric this question decides: AV, AC, PR, UI, S, C, I or A. */
    public String metric() {
        return metric;
    }

    /** The data class of a C/I/A question. */
    public Optional<DataClass> dataClass() {
        return Optional.ofNullable(dataClass);
    }

    public String text() {
        return text;
    }

    /** The question with this code (upper case), or empty. */
    public static Optional<RubricQuestion> byCode(String code) {
        for (RubricQuestion q : values()) {
            if (q.name().equals(code)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
