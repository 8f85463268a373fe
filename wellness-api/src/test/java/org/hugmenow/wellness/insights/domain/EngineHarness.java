package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.HR_ADMIN;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.NOW;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.SECRET;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** One tenant's engine on in-memory ports, and the questions an attacker asks of its releases. */
final class EngineHarness {

    final InMemoryShownPopulations shown = new InMemoryShownPopulations();
    final InMemoryReleasedValues released = new InMemoryReleasedValues();
    final InMemoryPrivacyLedger ledger = new InMemoryPrivacyLedger();
    final AnonymityEngine engine;

    EngineHarness(PrivacyPolicy policy, long seed) {
        engine = new AnonymityEngine(policy, SECRET, shown, released, ledger, new SplittableRandom(seed));
    }

    EngineHarness() {
        this(InsightsFixtures.POLICY, 42L);
    }

    Release ask(List<Cell> cells, List<Relation> relations) {
        return ask(NOW, cells, relations);
    }

    Release ask(Instant when, List<Cell> cells, List<Relation> relations) {
        return engine.release(new ReleaseRequest(HR_ADMIN, when, cells, relations));
    }

    Release ask(Cell... cells) {
        return ask(List.of(cells), List.of());
    }

    /** The number an attacker reads off a cell, if the cell is shown. */
    static Optional<Double> shownValue(Release release, CellKey key) {
        return release.cell(key).orElseThrow().valueIfShown().map(v -> ((Value.Scalar) v).value());
    }

    static HiddenReason reason(Release release, CellKey key) {
        return release.cell(key).orElseThrow().hiddenReason();
    }
}
