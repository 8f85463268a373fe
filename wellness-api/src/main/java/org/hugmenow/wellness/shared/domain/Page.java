package org.hugmenow.wellness.shared.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One page of a newest-first list, and where the next one starts (null at the end). */
public record Page<T>(List<T> items, Position next) {

    public record Position(Instant at, UUID id) {
    }

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only proves there is more. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Position> position) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), position.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), next);
    }
}
