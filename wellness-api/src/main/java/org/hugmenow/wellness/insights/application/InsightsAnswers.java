package org.hugmenow.wellness.insights.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.InsightsSettings;
import org.hugmenow.wellness.insights.domain.Viewer;

/**
 * The answers a viewer was given, kept for {@link #KEPT} while the tenant's change counter and
 * settings stand still: asking the same again then gives the same answer without running the engine.
 * That is what the engine would answer too: every value shown was drawn and stored (keep-first), the
 * populations shown were recorded for this viewer (asked again exactly, the audit passes them), and
 * neither what other viewers ask nor time within the period can change what this viewer may see,
 * except the audit window ending (90 days) and the budget (only ever spent), both far longer than
 * {@link #KEPT}. An answer is kept only after its transaction committed, so a value whose draw was
 * rolled back is never served.
 */
@ApplicationScoped
public class InsightsAnswers {

    static final Duration KEPT = Duration.ofMinutes(10);

    /** Who asked what, under which data and settings. */
    record Question(TenantSlug tenant, Viewer viewer, String view, List<Object> arguments, long version, InsightsSettings settings) {
    }

    /** An answer is tens of kB (a heatmap of 60 segments); 2,000 of them stay well inside the heap. */
    private final Cache<Question, Object> answers = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(2_000).build();

    @SuppressWarnings("unchecked")
    <T> T find(Question question) {
        return (T) answers.getIfPresent(question);
    }

    /** Call after the answering transaction committed. */
    void keep(Question question, Object answer) {
        answers.put(question, answer);
    }
}
