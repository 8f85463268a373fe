package org.hugmenow.wellness.insights.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.FactorScale;
import org.hugmenow.wellness.insights.domain.MetricCatalog;
import org.hugmenow.wellness.mood.application.VocabularyService;
import org.hugmenow.wellness.mood.domain.Emotion;
import org.hugmenow.wellness.mood.domain.EmotionVocabulary;
import org.hugmenow.wellness.mood.domain.FactorDefinition;

/** The metrics a tenant offers: the built-in factors, its own factors (not people's personal ones) and the shared emotions. */
@ApplicationScoped
public class MetricCatalogs {

    @Inject VocabularyService vocabulary;

    /** {@code asker} only serves the vocabulary lookup; personal factors are left out. */
    public MetricCatalog forTenant(TenantSlug tenant, String asker) {
        return of(vocabulary.factors(tenant, asker));
    }

    static MetricCatalog of(List<FactorDefinition> definitions) {
        List<FactorScale> factors = new ArrayList<>();
        for (FactorDefinition d : definitions) {
            switch (d.scope()) {
                case BUILTIN -> FactorScale.builtin(d.key()).ifPresent(factors::add);
                case TENANT -> FactorScale.tenant(d.key(), d.kind().name().toLowerCase(java.util.Locale.ROOT)).ifPresent(factors::add);
                case PERSONAL -> { }
            }
        }
        return new MetricCatalog(factors, quadrants());
    }

    /** Mood metrics only: what the alert scan needs, without a vocabulary lookup. */
    static MetricCatalog moodOnly() {
        return new MetricCatalog(List.of(), quadrants());
    }

    static Map<String, String> quadrants() {
        Map<String, String> quadrants = new LinkedHashMap<>();
        for (Emotion e : EmotionVocabulary.STANDARD) {
            quadrants.put(e.name(), e.quadrant());
        }
        return quadrants;
    }
}
