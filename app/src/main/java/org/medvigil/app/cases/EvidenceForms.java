package org.medvigil.app.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.medvigil.core.regulatory.CustomerNotice;

/**
 * Request bodies of a case. Every piece of evidence carries the {@code date} the step was done
 * (not after today) and a free-text {@code reference} to the proof.
 */
public final class EvidenceForms {
    private EvidenceForms() {
    }

    /** A new T0 (PM-16): always with the reason, which the audit log keeps. */
    public record LearnedOnForm(@NotNull LocalDate date, @NotBlank @Size(max = 5000) String reason) {
    }

    /**
     * A communication to the customers that run an affected release (PM-15.2a, PM-16). Stored
     * even when the notice lacks PM-17 elements, and flagged; only a complete one meets PM-15.2.
     *
     * @param channel how it was sent: letter, e-mail, customer portal, field visit, ...
     */
    public record CommunicationForm(@NotNull LocalDate date, @NotBlank @Size(max = 100) String channel,
                                    @NotNull @Valid Notice notice, @Size(max = 2000) String reference) {
    }

    /** The notice's parts as PM-17 (a)–(d) names them; see core's {@link CustomerNotice}. */
    public record Notice(@Size(max = 20000) String vulnerability, @Size(max = 20000) String impactAssessment,
                         @Size(max = 20000) String effortsUnderway, @Size(max = 20000) String compensatingControls,
                         @Size(max = 20000) String fixPlan) {
        CustomerNotice toCore() {
            return new CustomerNotice(vulnerability, impactAssessment, effortsUnderway, compensatingControls, fixPlan);
        }
    }

    /**
     * Interim compensating controls identified (PM-15.2b).
     *
     * @param addedRisk why the controls add no more risk to safety and essential performance than the vulnerability (PM-15.2)
     */
    public record CompensatingControlsForm(@NotNull LocalDate date, @NotBlank @Size(max = 20000) String controls,
                                           @Size(max = 10000) String addedRisk, @Size(max = 2000) String reference) {
    }

    /**
     * A remediation plan developed (PM-15.2c).
     *
     * @param targetDate   when the fix is planned to be distributed
     * @param capaReference the CAPA record documenting the timeline rationale (820.100 / ISO 13485 8.5)
     */
    public record RemediationPlanForm(@NotNull LocalDate date, @NotBlank @Size(max = 20000) String plan,
                                      LocalDate targetDate, @Size(max = 500) String capaReference,
                                      @Size(max = 2000) String reference) {
    }

    /**
     * The fix validated and distributed (PM-15.3) in a release of the case's product.
     *
     * @param validation the software validation of the change (820.30(g); PM-18)
     */
    public record FixDistributedForm(@NotNull LocalDate date, @NotNull Long releaseId,
                                     @NotBlank @Size(max = 10000) String summary,
                                     @NotBlank @Size(max = 10000) String validation, @Size(max = 2000) String reference) {
    }

    /**
     * Information shared with an ISAO (PM-15.4).
     *
     * @param communicationIds the customer communications of this case that were shared; PM-15.4 counts a share
     *                         that includes at least one
     */
    public record IsaoShareForm(@NotNull LocalDate date, @NotBlank @Size(max = 200) String isaoName,
                                @NotBlank @Size(max = 10000) String whatShared,
                                @Size(max = 100) List<@NotNull Long> communicationIds, @Size(max = 2000) String reference) {
    }

    /**
     * A serious adverse event or death associated with the vulnerability (PM-15.1): 806 reporting
     * applies, and part 803 (MDR) separately (PM-02).
     *
     * @param mdrNumber the MDR report number when known
     */
    public record AdverseEventForm(@NotNull LocalDate date, @NotBlank @Size(max = 20000) String description,
                                   @Size(max = 100) String mdrNumber, @Size(max = 2000) String reference) {
    }

    /** What the case records for the premarket decision and the PMA report (PM-18, PM-22). */
    public record CaseRecordForm(
            @Pattern(regexp = "needed|not_needed", message = "must be needed or not_needed") String premarketSubmission,
            @Size(max = 10000) String submissions, @Size(max = 2000) String recallNumbers,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String advisoryUrl) {
    }
}
