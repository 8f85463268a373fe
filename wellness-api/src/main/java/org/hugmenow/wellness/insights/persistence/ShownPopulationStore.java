package org.hugmenow.wellness.insights.persistence;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.wellness.insights.domain.DigestedPopulation;
import org.hugmenow.wellness.insights.domain.MetricPeriod;
import org.hugmenow.wellness.insights.domain.PopulationDigest;
import org.hugmenow.wellness.insights.domain.ShownPopulations;
import org.hugmenow.wellness.insights.domain.ShownPopulations.Shown;

/**
 * The audit's memory ({@code insights_shown_population}) on one unit of work's connection: one row
 * per viewer, metric, period and distinct population (keyed by a SHA-256 of its tag arrays).
 */
public final class ShownPopulationStore implements ShownPopulations {

    static final Duration REFRESH_AFTER = Duration.ofDays(1);

    private final Connection c;
    /** When each population {@link #alreadyShown} found was last shown. */
    private final Map<Shown, Instant> lastShown = new HashMap<>();

    public ShownPopulationStore(Connection c) {
        this.c = c;
    }

    @Override
    public List<DigestedPopulation> shownTo(String viewer, MetricPeriod scope, Instant since) {
        try (PreparedStatement s = c.prepareStatement("SELECT member_tags, contributor_tags FROM insights_shown_population"
                + " WHERE viewer = ? AND metric = ? AND period = ? AND shown_at >= ?")) {
            s.setString(1, viewer);
            s.setString(2, scope.metric().id());
            s.setString(3, scope.period().toString());
            s.setTimestamp(4, Timestamp.from(since));
            List<DigestedPopulation> shown = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    shown.add(new DigestedPopulation(digest(r.getArray(1)), digest(r.getArray(2))));
                }
            }
            return shown;
        } catch (SQLException e) {
            throw new SqlFailure("read shown populations", e);
        }
    }

    @Override
    public void record(String viewer, MetricPeriod scope, DigestedPopulation population, Instant shownAt) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO insights_shown_population"
                + " (viewer, metric, period, digest, member_tags, contributor_tags, shown_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (viewer, metric, period, digest)"
                + " DO UPDATE SET shown_at = greatest(insights_shown_population.shown_at, excluded.shown_at)")) {
            s.setString(1, viewer);
            s.setString(2, scope.metric().id());
            s.setString(3, scope.period().toString());
            s.setBytes(4, sha256(population));
            s.setArray(5, tags(population.members()));
            s.setArray(6, tags(population.contributors()));
            s.setTimestamp(7, Timestamp.from(shownAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("record a shown population", e);
        }
    }

    @Override
    public Set<Shown> alreadyShown(String viewer, Collection<Shown> asked, Instant since) {
        Map<String, Shown> byKey = new HashMap<>();
        asked.forEach(a -> byKey.put(key(a.scope().metric().id(), a.scope().period().toString(), sha256(a.population())), a));
        Set<Shown> found = new HashSet<>();
        if (asked.isEmpty()) {
            return found;
        }
        List<Shown> list = List.copyOf(byKey.values());
        try (PreparedStatement s = c.prepareStatement("SELECT p.metric, p.period, p.digest, p.shown_at FROM insights_shown_population p"
                + " JOIN unnest(?::text[], ?::text[], ?::text[]) AS a(metric, period, digest)"
                + " ON p.metric = a.metric AND p.period = a.period AND p.digest = decode(a.digest, 'hex') WHERE p.viewer = ? AND p.shown_at >= ?")) {
            s.setArray(1, c.createArrayOf("text", list.stream().map(a -> a.scope().metric().id()).toArray()));
            s.setArray(2, c.createArrayOf("text", list.stream().map(a -> a.scope().period().toString()).toArray()));
            s.setArray(3, c.createArrayOf("text", list.stream().map(a -> HexFormat.of().formatHex(sha256(a.population()))).toArray()));
            s.setString(4, viewer);
            s.setTimestamp(5, Timestamp.from(since));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Shown shown = byKey.get(key(r.getString(1), r.getString(2), r.getBytes(3)));
                    if (shown != null) {
                        found.add(shown);
                        lastShown.put(shown, r.getTimestamp(4).toInstant());
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SqlFailure("read shown populations", e);
        }
    }

    /**
     * Only rows last shown more than {@link #REFRESH_AFTER} before are written: the window is 90 days,
     * and a view asked again and again then commits without writing.
     */
    @Override
    public void refresh(String viewer, Collection<Shown> known, Instant shownAt) {
        List<Shown> list = known.stream().filter(k -> !lastShown.containsKey(k) || lastShown.get(k).isBefore(shownAt.minus(REFRESH_AFTER)))
                .toList();
        if (list.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE insights_shown_population p SET shown_at = greatest(p.shown_at, ?)"
                + " FROM unnest(?::text[], ?::text[], ?::text[]) AS a(metric, period, digest)"
                + " WHERE p.viewer = ? AND p.metric = a.metric AND p.period = a.period AND p.digest = decode(a.digest, 'hex')"
                + " RETURNING p.metric, p.period, p.digest")) {
            s.setTimestamp(1, Timestamp.from(shownAt));
            s.setArray(2, c.createArrayOf("text", list.stream().map(a -> a.scope().metric().id()).toArray()));
            s.setArray(3, c.createArrayOf("text", list.stream().map(a -> a.scope().period().toString()).toArray()));
            s.setArray(4, c.createArrayOf("text", list.stream().map(a -> HexFormat.of().formatHex(sha256(a.population()))).toArray()));
            s.setString(5, viewer);
            Set<String> refreshed = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    refreshed.add(key(r.getString(1), r.getString(2), r.getBytes(3)));
                }
            }
            // One purged since it was read (at the window's edge) is stored again, arrays and all.
            list.stream().filter(k -> !refreshed.contains(key(k.scope().metric().id(), k.scope().period().toString(),
                    sha256(k.population())))).forEach(k -> record(viewer, k.scope(), k.population(), shownAt));
        } catch (SQLException e) {
            throw new SqlFailure("refresh shown populations", e);
        }
    }

    private static String key(String metric, String period, byte[] digest) {
        return metric + '\u0000' + period + '\u0000' + HexFormat.of().formatHex(digest);
    }

    /** Forgets what was shown before {@code before} (the audit window's start); returns the rows removed. */
    public int purgeShownBefore(Instant before) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM insights_shown_population WHERE shown_at < ?")) {
            s.setTimestamp(1, Timestamp.from(before));
            return s.executeUpdate();
        }
    }

    private Array tags(PopulationDigest digest) throws SQLException {
        return c.createArrayOf("bigint", java.util.Arrays.stream(digest.tags()).boxed().toArray());
    }

    static PopulationDigest digest(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] tags = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            tags[i] = ((Number) values[i]).longValue();
        }
        return PopulationDigest.of(tags);
    }

    private static byte[] sha256(DigestedPopulation population) {
        long[] members = population.members().tags();
        long[] contributors = population.contributors().tags();
        ByteBuffer bytes = ByteBuffer.allocate(8 * (members.length + contributors.length + 1));
        bytes.putLong(members.length);
        for (long t : members) {
            bytes.putLong(t);
        }
        for (long t : contributors) {
            bytes.putLong(t);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes.array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
