package org.hugmenow.wellness.insights.domain;

/**
 * Input to insights that cannot be answered as asked (a malformed segment, an unknown metric, a
 * period out of range). The application turns it into an INVALID refusal naming {@link #field()}.
 */
public final class InsightsInputException extends IllegalArgumentException {

    private final String field;

    public InsightsInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
