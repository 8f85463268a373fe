package org.hugmenow.wellness.insights.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the draws made so far, per tenant and cell key. A key is drawn once and kept: a repeated
 * question gets the same number and costs no budget, so repeated answers cannot be averaged.
 */
public interface ReleasedValues {

    Optional<Draw> find(CellKey key);

    /** The stored draws among {@code keys}; a store answers in one read (a heatmap asks for dozens). */
    default Map<CellKey, Draw> findAll(Collection<CellKey> keys) {
        Map<CellKey, Draw> found = new HashMap<>();
        keys.forEach(key -> find(key).ifPresent(draw -> found.put(key, draw)));
        return found;
    }

    /**
     * Stores {@code draw} unless a draw for the key is already stored, and returns the stored one.
     * Must be atomic per key (two racing releases must end with the same number).
     */
    Draw keepFirst(CellKey key, Draw draw);
}
