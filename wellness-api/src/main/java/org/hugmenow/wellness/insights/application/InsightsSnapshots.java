package org.hugmenow.wellness.insights.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;
import org.hugmenow.wellness.insights.domain.LineTokens;
import org.hugmenow.wellness.insights.domain.PeriodData;
import org.hugmenow.wellness.insights.domain.PeriodMember;
import org.hugmenow.wellness.insights.domain.SegmentMembers;
import org.hugmenow.wellness.insights.domain.TeamTree;
import org.hugmenow.wellness.insights.persistence.InsightsChangeStore;
import org.hugmenow.wellness.insights.persistence.InsightsDataStore;

/**
 * What insights read per tenant, kept between requests: the team tree, reporting lines and current
 * members, and each closed period's members and rollups (a 10,000-person month is 20,000 rows, read
 * and parsed anew by every view before). Kept under the tenant's change counter
 * ({@link InsightsChangeStore}), which every write that can alter a closed period raises in its own
 * transaction: one read of it per request says whether what is kept still holds. A period that
 * closed less than {@link #SETTLING} before it was loaded is kept for {@link #FRESH} only, because a
 * writer whose transaction began while the period was open did not raise the counter. Bounded by
 * rows, least recently used first out, so a large tenant cannot take the heap.
 */
@ApplicationScoped
public class InsightsSnapshots {

    static final Duration SETTLING = Duration.ofMinutes(5);
    static final Duration FRESH = Duration.ofSeconds(2);
    /**
     * About 0.5 KB of heap per row (13 months of a 10,000-person tenant took 118 MB), so rows up to
     * 30 % of the heap: 314,000 at the app's 512 MB, in which a 12-month trend of such a tenant
     * (222,000 rows) fits.
     */
    static final long MAX_ROWS = Math.max(50_000, Runtime.getRuntime().maxMemory() * 3 / 10 / 512);

    /** Reads from the database at once per instance; more wait up to {@link #WAIT}, then are refused as too many. */
    static final int CONCURRENT_LOADS = 2;
    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject InsightsDataStore store;
    @Inject InsightsChangeStore changes;

    /**
     * Eight concurrent 12-month trends of a 10,000-person tenant, each reading its periods, exhausted a
     * 768 MB heap before periods were kept: what is read from the database waits its turn, and past
     * the wait the view is refused with a Retry-After, never run. Kept data is answered at once.
     */
    private final Semaphore loads = new Semaphore(CONCURRENT_LOADS, true);
    Duration wait = WAIT;

    private final Cache<TenantSlug, Directory> directories = Caffeine.newBuilder()
            .maximumWeight(MAX_ROWS / 4).weigher((TenantSlug t, Directory d) -> 1 + d.current().size()).build();
    private final Cache<PeriodKey, Kept> periods = Caffeine.newBuilder()
            .maximumWeight(MAX_ROWS).weigher((PeriodKey k, Kept p) -> p.rows()).build();

    /** The tenant's teams, reporting lines (tokens under {@code secret}) and current members, as of {@code version}. */
    record Directory(long version, TeamTree teams, LineTokens lines, List<PeriodMember> current) {
    }

    private record PeriodKey(TenantSlug tenant, InsightsPeriod period, boolean withHugs) {
    }

    private record Kept(long version, Instant loadedAt, boolean settled, PeriodData data) {

        int rows() {
            return 1 + data.rollups().size() + data.members().all().size() + data.hugs().size();
        }
    }

    /** The counter now: read once per request, before anything it guards. */
    long version(Connection c) throws SQLException {
        return changes.version(c);
    }

    Directory directory(Connection c, TenantSlug tenant, byte[] secret, long version) throws SQLException {
        Directory kept = directories.getIfPresent(tenant);
        if (kept != null && kept.version() == version) {
            return kept;
        }
        Directory loaded = loading(() -> new Directory(version, store.teams(c), new LineTokens(secret, store.managers(c)),
                store.currentMembers(c)));
        directories.put(tenant, loaded);
        return loaded;
    }

    /** A closed period's data, from memory when the counter has not moved since it was read. */
    PeriodData period(Connection c, TenantSlug tenant, Directory directory, InsightsPeriod period, boolean withHugs, ZoneId zone,
            Instant now) throws SQLException {
        PeriodKey key = new PeriodKey(tenant, period, withHugs);
        Kept kept = periods.getIfPresent(key);
        if (kept != null && kept.version() == directory.version()
                && (kept.settled() || Duration.between(kept.loadedAt(), now).compareTo(FRESH) <= 0)) {
            return kept.data();
        }
        PeriodData data = loading(() -> new PeriodData(period, new SegmentMembers(store.membersActiveIn(c, period), directory.teams(),
                directory.lines(), period.lastDay()), store.rollups(c, period), withHugs ? store.hugs(c, period) : List.of()));
        Instant closedAt = period.period().endExclusive().atStartOfDay(zone).toInstant();
        periods.put(key, new Kept(directory.version(), now, !now.isBefore(closedAt.plus(SETTLING)), data));
        return data;
    }

    /** A read from the database, admitted by {@link #loads}. */
    <T> T loading(Load<T> read) throws SQLException {
        boolean admitted;
        try {
            admitted = loads.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable("Insights were interrupted; try again.");
        }
        if (!admitted) {
            throw Refusal.tooMany("Insights are busy answering other views; try again in a few seconds.", Math.max(1, wait.toSeconds()));
        }
        try {
            return read.run();
        } finally {
            loads.release();
        }
    }

    @FunctionalInterface
    interface Load<T> {
        T run() throws SQLException;
    }
}
