package org.hugmenow.wellness.insights.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.wellness.insights.domain.AnonymityEngine;
import org.hugmenow.wellness.insights.domain.Cell;
import org.hugmenow.wellness.insights.domain.PersonTagger;
import org.hugmenow.wellness.insights.domain.Relation;
import org.hugmenow.wellness.insights.domain.Release;
import org.hugmenow.wellness.insights.domain.ReleaseRequest;
import org.hugmenow.wellness.insights.persistence.InsightsSettingsStore;
import org.hugmenow.wellness.insights.persistence.PrivacyLedgerStore;
import org.hugmenow.wellness.insights.persistence.ReleasedValueStore;
import org.hugmenow.wellness.insights.persistence.ShownPopulationStore;

/**
 * Runs the anonymity engine for one response on the caller's unit of work: the tenant's ledger is
 * locked before it is first read (released at commit), so releases of one tenant that draw are
 * serialized while those that only read stored draws are not; the audit, the draws and the charges
 * commit together. The API, the exports and the
 * alert scan all release through here.
 */
@ApplicationScoped
public class InsightsReleaser {

    private static final ContextLogger LOG = ContextLogger.of(InsightsReleaser.class);
    private static final SecureRandom NOISE = new SecureRandom();

    /** One shared tagger per tenant secret: tagging 10,000 people took a quarter of a heatmap's time. */
    private final Cache<ByteBuffer, PersonTagger> taggers = Caffeine.newBuilder().maximumSize(200).build();

    public Release release(Connection c, InsightsSettingsStore.Stored tenant, String viewerKey, List<Cell> cells,
            List<Relation> relations, Instant now) throws SQLException {
        if (cells.isEmpty()) {
            return new Release(List.of());
        }
        PrivacyLedgerStore ledger = PrivacyLedgerStore.lockingOnFirstUse(c);
        AnonymityEngine engine = new AnonymityEngine(tenant.settings().policy(), tagger(tenant.secret()), new ShownPopulationStore(c),
                new ReleasedValueStore(c), ledger, NOISE);
        Release release = engine.release(new ReleaseRequest(viewerKey, now, cells, relations));
        if (!release.refusedByAudit().isEmpty()) {
            LOG.info("insights audit hid " + release.refusedByAudit().size() + " cell(s): " + release.refusedByAudit());
        }
        return release;
    }

    private PersonTagger tagger(byte[] secret) {
        return taggers.get(ByteBuffer.wrap(secret.clone()), key -> PersonTagger.shared(secret));
    }

    /**
     * The audit's key for a viewer: a tag of their person id under the tenant secret, so the audit
     * table holds no raw person id either.
     */
    public static String viewerKey(byte[] secret, String personId) {
        return "viewer:" + String.format("%016x", new PersonTagger(secret).tag("insights-viewer:" + personId));
    }
}
