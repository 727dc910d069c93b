package org.medvigil.app.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import org.medvigil.app.web.FormErrors;

/**
 * The portfolio's browser forms as sent: every field as typed, so a refused form is shown again
 * as it was. Each turns into the API's form record, which is then validated by the same
 * constraints the API applies.
 */
final class PortfolioPageForms {
    private PortfolioPageForms() {
    }

    /** A new device model; the harm scale and risk matrix start as the guidance's and MedVigil's defaults. */
    record ProductPageForm(String name, String manufacturer, String deviceClass, String pathway, String submissionNumber,
                           String cyberDevice, String cyberDeviceRationale, String intendedUse,
                           String safetyAndEssentialPerformance) {
        static final Set<String> FIELDS = Set.of("name", "manufacturer", "deviceClass", "pathway", "submissionNumber",
                "cyberDevice", "cyberDeviceRationale", "intendedUse", "safetyAndEssentialPerformance");

        static ProductPageForm empty() {
            return new ProductPageForm(null, null, "II", RegulatoryPathway.PREMARKET_NOTIFICATION_510K.code(), null, "on",
                    null, null, null);
        }

        ProductForm toForm(FormErrors errors) {
            DeviceClass c = null;
            try {
                c = deviceClass == null || deviceClass.isBlank() ? null : DeviceClass.valueOf(deviceClass.strip());
            } catch (IllegalArgumentException e) {
                errors.field("deviceClass", "must be I, II or III");
            }
            RegulatoryPathway p = Arrays.stream(RegulatoryPathway.values()).filter(x -> x.code().equals(pathway))
                    .findFirst().orElse(null);
            if (p == null && pathway != null && !pathway.isBlank()) {
                errors.field("pathway", "is not one of the choices offered");
            }
            return new ProductForm(trim(name), trim(manufacturer), c, p, trim(submissionNumber), "on".equals(cyberDevice),
                    trim(cyberDeviceRationale), trim(intendedUse), trim(safetyAndEssentialPerformance), null, null);
        }
    }

    /** A new release of a device model; dates as yyyy-mm-dd. */
    record ReleasePageForm(String version, String releaseDate, String endOfSupport) {
        static final Set<String> FIELDS = Set.of("version", "releaseDate", "endOfSupport");

        static ReleasePageForm empty() {
            return new ReleasePageForm(null, null, null);
        }

        ReleaseForm toForm(FormErrors errors) {
            return new ReleaseForm(trim(version), date(errors, "releaseDate", releaseDate), date(errors, "endOfSupport", endOfSupport));
        }
    }

    /** A component's support data (FDA C-06). */
    record SupportPageForm(String level, String endOfSupport, String note) {
        static final Set<String> FIELDS = Set.of("level", "endOfSupport", "note");

        static SupportPageForm of(ComponentView.Support s) {
            return new SupportPageForm(s.level(), s.endOfSupport() == null ? null : s.endOfSupport().toString(), s.note());
        }

        SupportForm toForm(FormErrors errors) {
            return new SupportForm(trim(level), date(errors, "endOfSupport", endOfSupport), trim(note));
        }
    }

    static LocalDate date(FormErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.field(field, "must be a date such as 2027-12-31");
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
