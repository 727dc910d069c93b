package org.medvigil.core.regulatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerNoticeTest {

    @Test
    void completeNoticeCarriesAllFourElements_PM17() {
        CustomerNotice n = new CustomerNotice("Hard-coded service password", "An attacker on the clinical VLAN could change infusion rates",
                "We are addressing this as a priority", "Block TCP 8443 between VLANs", "Firmware 3.2.2 is in validation; we will notify you");
        assertThat(n.meetsPm17()).isTrue();
    }

    @Test
    void eachMissingElementIsNamed_PM17() {
        CustomerNotice n = new CustomerNotice("Hard-coded service password", " ", null, "", null);
        assertThat(n.missingElements()).hasSize(4).allMatch(s -> s.startsWith("PM-17("));
        assertThat(new CustomerNotice("v", "i", "e", "none", null).missingElements())
                .isEqualTo(List.of("PM-17(d) a statement that a fix or defense-in-depth strategy is in work and will be communicated"));
    }

    @Test
    void pmaEntryListsTheElevenItemsAndWhatIsMissing_PM22() {
        PmaReportEntry e = new PmaReportEntry("CVE-2026-1: found by researcher", "uncontrolled", null, null, null,
                null, null, "https://www.cisa.gov/news-events/ics-medical-advisories/icsma-26-001-01", List.of("notice 2026-01-20"),
                "Health-ISAC 2026-01-21", "806 report not required: PM-15 conditions met");
        assertThat(e.items()).hasSize(11);
        assertThat(e.missingItems()).containsExactly("PM-22(3) Change made, compared with the approved version",
                "PM-22(4) Rationale for the change", "PM-22(5) Other submissions or devices changed for the same vulnerability",
                "PM-22(6) Related events (MDR numbers, recall numbers)", "PM-22(7) UDI");
    }
}
