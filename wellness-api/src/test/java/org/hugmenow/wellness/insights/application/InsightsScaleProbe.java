package org.hugmenow.wellness.insights.application;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.insights.InsightsTestDatabase;
import org.hugmenow.wellness.insights.domain.Viewer;
import org.junit.jupiter.api.Test;

/**
 * Not part of the build's test run (no IT suffix): a profiling aid for the release side at the
 * benchmark's scale without Keycloak or the app. 10,000 people in 530 teams over 4 levels, 30
 * departments, 12 locations, 12 months of month rollups; prints timings of heatmaps and trends.
 * Run with {@code mvn -o verify -pl wellness-api -Dit.test=InsightsScaleProbe}.
 */
class InsightsScaleProbe {

    private static final int PEOPLE = Integer.getInteger("probe.people", 10_000);

    @Test
    void timesTheViewsAtScale() throws Exception {
        try (InsightsTestDatabase db = new InsightsTestDatabase()) {
            TenantSlug t = db.tenant("probe");
            long seeding = System.nanoTime();
            seed(db, t);
            System.out.printf("seeded %d people in %d ms%n", PEOPLE, (System.nanoTime() - seeding) / 1_000_000);
            InsightsQueries queries = AcmeInsights.queries(db);
            db.sql(t, "UPDATE insights_settings SET epsilon = 20");
            String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
            String from = YearMonth.now(ZoneOffset.UTC).minusMonths(12).toString();
            // As the benchmark asks: the tenant, ten departments and nine teams.
            List<String> segments = new ArrayList<>(List.of("tenant"));
            for (int i = 0; i < 10; i++) {
                segments.add("dept:D" + i);
            }
            for (int i = 0; i < 9; i++) {
                segments.add("team-tree:" + team(11 + i));
            }
            List<Viewer> hr = new ArrayList<>();
            for (int v = 0; v < 8; v++) {
                hr.add(new Viewer("person-" + v, Set.of(Viewer.HR_ADMIN)));
            }
            heap("before any view");
            time("heatmap cold", 1, () -> queries.heatmap(t, hr.get(0), segments, List.of("mood.mean", "participation"), month));
            time("heatmap warm same viewer", 5, () -> queries.heatmap(t, hr.get(0), segments, List.of("mood.mean", "participation"), month));
            time("heatmap other viewers", 7, new Supplier<>() {
                int n = 1;

                @Override
                public Object get() {
                    return queries.heatmap(t, hr.get(n++), segments, List.of("mood.mean", "participation"), month);
                }
            });
            time("trend 12 months cold", 1, () -> queries.trend(t, hr.get(0), "tenant", "mood.mean", from, month));
            time("trend 12 months warm", 3, () -> queries.trend(t, hr.get(0), "tenant", "mood.mean", from, month));
            heap("after the trends");
            time("3-way intersection", 3, () -> queries.heatmap(t, hr.get(0), List.of("dept:D3&loc:L3&tenure:2-5y"),
                    List.of("mood.mean"), month));
            concurrent("heatmap 8 viewers at once x5", queries, t, hr, segments, month);
        }
    }

    private static void concurrent(String what, InsightsQueries queries, TenantSlug t, List<Viewer> hr, List<String> segments,
            String month) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        List<Future<Long>> runs = new ArrayList<>();
        for (Viewer v : hr) {
            runs.add(pool.submit(() -> {
                long worst = 0;
                for (int i = 0; i < 5; i++) {
                    long s = System.nanoTime();
                    queries.heatmap(t, v, segments, List.of("mood.mean", "participation"), month);
                    worst = Math.max(worst, System.nanoTime() - s);
                }
                return worst;
            }));
        }
        long worst = 0;
        for (Future<Long> f : runs) {
            worst = Math.max(worst, f.get());
        }
        pool.shutdown();
        System.out.printf("%s: total %d ms, worst single %d ms%n", what, (System.nanoTime() - start) / 1_000_000, worst / 1_000_000);
    }

    private static void time(String what, int times, Supplier<Object> view) {
        long worst = 0;
        long total = 0;
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            view.get();
            long took = System.nanoTime() - s;
            worst = Math.max(worst, took);
            total += took;
        }
        System.out.printf("%s: mean %d ms, worst %d ms (%d runs)%n", what, total / times / 1_000_000, worst / 1_000_000, times);
    }

    private static void heap(String when) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        System.out.printf("heap used %s: %d MB%n", when, (r.totalMemory() - r.freeMemory()) >> 20);
    }

    private static String team(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    /** Teams 1..10 roots, 11..50 level 2, 51..210 level 3, 211..530 level 4 (leaves, where people sit). */
    private static void seed(InsightsTestDatabase db, TenantSlug t) {
        db.sql(t, "INSERT INTO insights_team (team_id, parent_id, name) SELECT lpad(n::text, 32, '0')::uuid,"
                + " CASE WHEN n <= 10 THEN NULL WHEN n <= 50 THEN lpad(((n - 11) / 4 + 1)::text, 32, '0')::uuid"
                + " WHEN n <= 210 THEN lpad(((n - 51) / 4 + 11)::text, 32, '0')::uuid"
                + " ELSE lpad(((n - 211) / 2 + 51)::text, 32, '0')::uuid END, 'Team ' || n FROM generate_series(1, 530) n");
        db.sql(t, "INSERT INTO insights_member (person_id, valid_from, valid_to, active, team_ids, department, location, manager_id,"
                + " start_date) SELECT 'person-' || i, date '2020-01-01', NULL, true, ARRAY[lpad((211 + i % 320)::text, 32, '0')::uuid],"
                + " 'D' || (i % 30), 'L' || (i % 12), CASE WHEN i % 20 = 0 THEN NULL ELSE 'person-' || (i / 20 * 20) END,"
                + " date '2026-12-01' - (i % 3000) FROM generate_series(0, ?) i", PEOPLE - 1);
        db.sql(t, "INSERT INTO insights_person_period (grain, period_start, person_id, checkins, score_sum, emotions, factor_sums,"
                + " factor_counts) SELECT 'month', (date_trunc('month', now()) - make_interval(months => m))::date, 'person-' || i, 16,"
                + " 16 + (i * 7 + m) % 65, '{joyful,calm}', '{\"sleepHours\": 112, \"exercise\": 9}', '{\"sleepHours\": 16, \"exercise\": 16}'"
                + " FROM generate_series(0, ?) i, generate_series(1, 12) m WHERE (i + m) % 7 <> 0", PEOPLE - 1);
    }
}
