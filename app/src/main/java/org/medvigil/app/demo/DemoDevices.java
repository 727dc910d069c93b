package org.medvigil.app.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medvigil.app.portfolio.DeviceClass;
import org.medvigil.app.portfolio.ProductForm;
import org.medvigil.app.portfolio.RegulatoryPathway;

/**
 * The demo manufacturer's devices (fictitious, like the company): an infusion pump, a patient
 * monitor and an insulin-pump controller, each with releases still in the field and an SBOM per
 * release. Release dates are counted back from today so the demo looks the same whenever it runs.
 */
final class DemoDevices {
    static final String MANUFACTURER = "Examplar Medical";
    static final String VOLARA = "Volara Infusion Pump";
    static final String CORVIDA = "Corvida Patient Monitor";
    static final String GLYRA = "Glyra Insulin Pump Controller";

    private DemoDevices() {
    }

    /** A release: its version, how many days before today it was released, and its SBOM resource. */
    record DemoRelease(String version, int releasedDaysAgo, int supportYears, String sbom) {
        LocalDate releaseDate(LocalDate today) {
            return today.minusDays(releasedDaysAgo);
        }
    }

    record DemoProduct(ProductForm form, List<DemoRelease> releases) {
    }

    static List<DemoProduct> all() {
        return List.of(
                new DemoProduct(new ProductForm(VOLARA, MANUFACTURER, DeviceClass.II,
                        RegulatoryPathway.PREMARKET_NOTIFICATION_510K, "K261234", true,
                        "Runs sponsor-validated firmware and connects to the hospital network over Wi-Fi (drug library, "
                                + "clinician console): a cyber device under section 524B",
                        "Large-volume infusion of fluids and drugs in hospitals",
                        "Delivers the programmed volume within +/-5%; occlusion and air-in-line alarms",
                        harm("Dose error corrected by staff without harm", "Wrong rate for minutes, noticed by alarms",
                                "Over- or under-infusion needing intervention", "Over-infusion of a high-alert drug",
                                "Fatal overdose"),
                        null),
                        List.of(new DemoRelease("3.1.0", 620, 7, "sbom/volara-3.1.0.cdx.json"),
                                new DemoRelease("3.2.0", 300, 7, "examples/infusion-pump-sbom.cdx.json"),
                                new DemoRelease("3.2.2", 35, 7, "sbom/volara-3.2.2.cdx.json"))),
                new DemoProduct(new ProductForm(CORVIDA, MANUFACTURER, DeviceClass.II,
                        RegulatoryPathway.PREMARKET_NOTIFICATION_510K, "K253310", true,
                        "Embedded Linux software; forwards alarms over the hospital network (HL7) and serves a web UI",
                        "Continuous bedside monitoring of ECG, SpO2 and NIBP with alarms",
                        "Detects and annunciates alarm conditions locally and at the central station within 10 s",
                        harm("Display glitch", "Delayed trend data", "Missed or late alarm, caught by rounds",
                                "Missed alarm during a deterioration", "Death after an unannunciated arrest"),
                        null),
                        List.of(new DemoRelease("5.0.1", 900, 6, "sbom/corvida-5.0.1.cdx.json"),
                                new DemoRelease("5.1.0", 380, 6, "sbom/corvida-5.1.0.cdx.json"))),
                new DemoProduct(new ProductForm(GLYRA, MANUFACTURER, DeviceClass.III, RegulatoryPathway.PMA, "P250017", true,
                        "Zephyr RTOS firmware, Bluetooth Low Energy to the pump patch, clinic data sync over the internet",
                        "Programs and controls a patch insulin pump for people with diabetes at home",
                        "Delivers basal and bolus insulin as programmed; no bolus without user confirmation",
                        harm("Reminder shown late", "Small bolus delay", "Hyperglycaemia needing a clinic visit",
                                "Severe hypoglycaemia", "Death from an insulin overdose"),
                        null),
                        List.of(new DemoRelease("2.0.4", 430, 5, "sbom/glyra-2.0.4.cdx.json"),
                                new DemoRelease("2.1.0", 95, 5, "sbom/glyra-2.1.0.cdx.json"))));
    }

    /** Advisory documents, in import order: the repository's examples, then the demo's own. */
    static final List<String> ADVISORIES = List.of(
            "examples/advisories/osv/GHSA-35jh-r3h4-6jhm.json",
            "examples/advisories/osv/GHSA-cph5-m8f7-6c5x.json",
            "examples/advisories/osv/GHSA-j8r2-6x86-q33q.json",
            "examples/advisories/osv/GHSA-q2q7-5pp4-w6pg.yaml",
            "examples/advisories/nvd/nvd-cves-example.json",
            "examples/advisories/csaf/examplar-2026-001.json",
            "advisories/osv/GHSA-gxr4-xjj5-5px2.json",
            "advisories/osv/GHSA-9v3m-8fp8-mj99.json",
            "advisories/osv/GHSA-8hfj-j24r-96c4.json",
            "advisories/osv/GHSA-3h5v-q93c-6h6q.json",
            "advisories/nvd/demo-nvd-cves.json",
            "advisories/csaf/nordlys-2026-0007.json",
            "advisories/csaf/examplar-2026-004.json");

    /** What each harm level means for the device (PM-03, PM-06). */
    private static Map<String, String> harm(String negligible, String minor, String serious, String critical,
                                            String catastrophic) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("negligible", negligible);
        m.put("minor", minor);
        m.put("serious", serious);
        m.put("critical", critical);
        m.put("catastrophic", catastrophic);
        return m;
    }
}
