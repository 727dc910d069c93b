package org.medvigil.app.notify;

import java.util.Map;
import org.medvigil.app.storage.JsonText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP (Spring's {@code spring.mail.*} settings: host, port, username, password,
 * TLS). The message says what happened in words and carries the event's JSON below.
 */
@Component
class MailChannel implements NotificationChannel {
    private final ObjectProvider<JavaMailSender> sender;
    private final JsonText json;
    private final String from;

    MailChannel(ObjectProvider<JavaMailSender> sender, JsonText json,
                @Value("${medvigil.notify.mail.from:medvigil@localhost}") String from) {
        this.sender = sender;
        this.json = json;
        this.from = from;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public Integer send(NotificationStore.Work work, String payload, long deliveryId) throws DeliveryFailure {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new DeliveryFailure(null, "no SMTP server is configured (spring.mail.host)");
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(work.target());
        m.setSubject(subject(work.eventType(), json.object(payload)));
        m.setText(text(work.eventType(), json.object(payload)) + "\n\n-- \nEvent (JSON):\n" + payload
                + "\n\nMedVigil delivery " + deliveryId + "\n");
        try {
            mail.send(m);
        } catch (MailException e) {
            throw new DeliveryFailure(null, "SMTP: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static String subject(String type, Map<String, Object> payload) {
        Map<String, Object> d = payload.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return switch (type) {
            case "finding.new" -> "[MedVigil] New finding: " + vuln(d) + " in " + d.get("product") + " " + d.get("release");
            case "finding.kev" -> "[MedVigil] Known exploited (CISA KEV): " + vuln(d) + " in " + d.get("product") + " " + d.get("release");
            case "case.deadline.approaching" -> "[MedVigil] Deadline approaching: " + d.get("title") + " (" + d.get("deadline") + ")";
            case "case.deadline.missed" -> "[MedVigil] Deadline missed: " + d.get("title") + " (" + d.get("deadline") + ")";
            default -> "[MedVigil] Test notification";
        };
    }

    @SuppressWarnings("unchecked")
    private static String text(String type, Map<String, Object> payload) {
        Map<String, Object> d = payload.get("data") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> c = d.get("component") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return switch (type) {
            case "finding.new", "finding.kev" -> vuln(d) + " matches " + c.get("name") + " " + c.get("version")
                    + " in " + d.get("product") + " release " + d.get("release") + ".\nSeverity: " + d.get("severity")
                    + "\nFirst detected: " + d.get("firstDetectedAt") + "\nFinding: " + d.get("findingId");
            case "case.deadline.approaching", "case.deadline.missed" -> d.get("title") + "\nClock: " + d.get("clock")
                    + "\nDeadline: " + d.get("deadline") + " (" + d.get("daysLeft") + " days)\nCase: " + d.get("caseId");
            default -> "This is a test notification from MedVigil.";
        };
    }

    @SuppressWarnings("unchecked")
    private static String vuln(Map<String, Object> d) {
        return d.get("vulnerability") instanceof Map<?, ?> v ? String.valueOf(((Map<String, Object>) v).get("id")) : "?";
    }
}
