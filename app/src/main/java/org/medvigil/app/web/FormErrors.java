package org.medvigil.app.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is wrong with a submitted browser form: one message per field, shown beside it, and
 * messages about the whole form, shown at its top. Pages validate the same form records the
 * API takes, with the same constraints, so both refuse the same input.
 */
public final class FormErrors {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /**
     * Adds the constraint violations of {@code form}; a violation of a field the form does not show
     * goes to the top. Fields that already have a problem (e.g. a date that could not be read) keep it.
     */
    public FormErrors check(Validator validator, Object form, Set<String> shownFields) {
        return check(validator, form, shownFields, Map.of());
    }

    /** As {@link #check(Validator, Object, Set)}, where the page names some of the form's fields differently. */
    public FormErrors check(Validator validator, Object form, Set<String> shownFields, Map<String, String> pageNames) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(form);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> {
                    String path = v.getPropertyPath().toString();
                    String property = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
                    String field = pageNames.getOrDefault(property, property);
                    if (shownFields.contains(field)) {
                        field(field, v.getMessage());
                    } else {
                        general(path + " " + v.getMessage());
                    }
                });
        return this;
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Records a problem with one field (the first per field is kept). */
    public FormErrors field(String field, String message) {
        fields.putIfAbsent(field, message);
        return this;
    }

    /** Records a problem with the form as a whole (e.g. the service refused it). */
    public FormErrors general(String message) {
        general.add(message);
        return this;
    }

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return fields.get(field);
    }

    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public List<String> general() {
        return Collections.unmodifiableList(general);
    }
}
