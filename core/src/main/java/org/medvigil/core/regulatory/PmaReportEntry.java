package org.medvigil.core.regulatory;

import java.util.ArrayList;
import java.util.List;

/**
 * One vulnerability's entry in a PMA periodic (annual) report under 21 CFR 814.84, with the
 * eleven items the FDA postmarket guidance §VIII lists (PM-22). Each item is text as it will
 * appear in the report; blank means not yet available.
 */
public record PmaReportEntry(String vulnerabilityAndHowLearned, String riskConclusion, String changeMade,
                             String rationale, String relatedSubmissionsOrDevices, String relatedEvents,
                             String udi, String advisoryLink, List<String> customerNotifications,
                             String isaoReport, String submissionsOrBasis) {

    public PmaReportEntry {
        customerNotifications = customerNotifications == null ? List.of() : List.copyOf(customerNotifications);
    }

    /** One numbered item of the entry. */
    public record Item(int number, String title, String text) {
        public boolean present() {
            return text != null && !text.isBlank();
        }
    }

    /** The eleven items in the guidance's order. */
    public List<Item> items() {
        return List.of(
                new Item(1, "Vulnerability and how the firm learned of it", vulnerabilityAndHowLearned),
                new Item(2, "Conclusion of the risk assessment (controlled or uncontrolled)", riskConclusion),
                new Item(3, "Change made, compared with the approved version", changeMade),
                new Item(4, "Rationale for the change", rationale),
                new Item(5, "Other submissions or devices changed for the same vulnerability", relatedSubmissionsOrDevices),
                new Item(6, "Related events (MDR numbers, recall numbers)", relatedEvents),
                new Item(7, "UDI", udi),
                new Item(8, "ICS-CERT, government or ISAO advisory", advisoryLink),
                new Item(9, "Distributed customer notifications", String.join("\n", customerNotifications)),
                new Item(10, "Date and name of the ISAO it was reported to", isaoReport),
                new Item(11, "Related submissions (PMA supplement, 30-day notice, 806 report) or the basis for none",
                        submissionsOrBasis));
    }

    /** Items still missing, as "PM-22(n) title". */
    public List<String> missingItems() {
        List<String> out = new ArrayList<>();
        for (Item i : items()) {
            if (!i.present()) {
                out.add("PM-22(" + i.number() + ") " + i.title());
            }
        }
        return out;
    }
}
