package org.hugmenow.platform.web;

import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of a request before failing, so the caller can fix all at once. */
public final class Validation {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else if (value.length() > maxLength) {
            errors.add(new Problem.FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Validation add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
