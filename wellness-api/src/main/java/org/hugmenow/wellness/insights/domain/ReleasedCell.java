package org.hugmenow.wellness.insights.domain;

import java.util.Objects;
import java.util.Optional;

/** A cell as released. Invariant: exactly one of value and reason; a hidden cell has no value at all. */
public record ReleasedCell(CellKey key, Value value, HiddenReason hiddenReason) {

    public ReleasedCell {
        Objects.requireNonNull(key, "key");
        if ((value == null) == (hiddenReason == null)) {
            throw new IllegalArgumentException("a released cell is either shown with a value or hidden with a reason");
        }
    }

    public static ReleasedCell shown(CellKey key, Value value) {
        return new ReleasedCell(key, Objects.requireNonNull(value, "value"), null);
    }

    public static ReleasedCell hidden(CellKey key, HiddenReason reason) {
        return new ReleasedCell(key, null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isShown() {
        return value != null;
    }

    public Optional<Value> valueIfShown() {
        return Optional.ofNullable(value);
    }
}
