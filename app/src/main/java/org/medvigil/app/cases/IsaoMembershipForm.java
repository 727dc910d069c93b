package org.medvigil.app.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The installation's ISAO membership evidence (PM-23), replaced as a whole. A criterion claimed
 * met needs its evidence: where the membership agreement, policy, sharing record or procedure is.
 */
public record IsaoMembershipForm(@NotBlank @Size(max = 200) String isaoName, LocalDate memberSince,
                                 @NotNull @Valid Claim membership, @NotNull @Valid Claim documentedPolicies,
                                 @NotNull @Valid Claim sharesInformation, @NotNull @Valid Claim intelligenceProcess) {

    /** One criterion as claimed. */
    public record Claim(@NotNull Boolean met, @Size(max = 10000) String evidence) {
        @AssertTrue(message = "a criterion claimed met needs its evidence")
        boolean isEvidenced() {
            return !Boolean.TRUE.equals(met) || evidence != null && !evidence.isBlank();
        }
    }

    Claim[] claims() {
        return new Claim[] {membership, documentedPolicies, sharesInformation, intelligenceProcess};
    }
}
