package org.medvigil.app.security;

/**
 * Who is making a request: a signed-in user or an API key.
 *
 * @param name       the user name, or {@code api-key:<name>#<id>}; what the audit log records
 * @param role       what it may do
 * @param customerId the customer organisation a {@link Role#CUSTOMER} is confined to, else {@code null}
 */
public record Actor(String name, Role role, Long customerId) {

    /** Whether every read must be confined to {@link #customerId()}. */
    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    /** Whether this actor may see data of the given customer. */
    public boolean canSeeCustomer(long id) {
        return !isCustomer() || customerId != null && customerId == id;
    }
}
