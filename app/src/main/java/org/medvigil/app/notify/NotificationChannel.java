package org.medvigil.app.notify;

/**
 * One way of delivering a notification (webhook, e-mail). A new channel is a new class beside
 * its siblings, a Spring component; the delivery worker finds it by {@link #name()}.
 */
interface NotificationChannel {

    /** The channel's name as subscriptions store it. */
    String name();

    /**
     * Delivers one event; returns normally when the receiver took it.
     *
     * @param payload    the event as JSON, identical on every attempt
     * @param deliveryId the delivery's id (receivers use it to recognise a retry)
     * @throws DeliveryFailure when it was not taken (it will be retried)
     */
    Integer send(NotificationStore.Work work, String payload, long deliveryId) throws DeliveryFailure;

    /** A failed attempt: the HTTP status if there was one, and why, in one line. */
    final class DeliveryFailure extends Exception {
        private final Integer status;

        DeliveryFailure(Integer status, String message) {
            super(message);
            this.status = status;
        }

        Integer status() {
            return status;
        }
    }
}
