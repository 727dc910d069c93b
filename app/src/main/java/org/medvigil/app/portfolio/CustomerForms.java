package org.medvigil.app.portfolio;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies for customers, sites and contacts. */
public final class CustomerForms {
    private CustomerForms() {
    }

    public record CustomerForm(@NotBlank @Size(max = 200) String name) {
    }

    public record SiteForm(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String address) {
    }

    public record ContactForm(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email,
                       @Size(max = 50) String phone, @Size(max = 200) String title) {

        @AssertTrue(message = "email or phone is required")
        boolean isReachable() {
            return email != null && !email.isBlank() || phone != null && !phone.isBlank();
        }
    }
}
