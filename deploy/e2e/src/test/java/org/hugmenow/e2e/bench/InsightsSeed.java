package org.hugmenow.e2e.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hugmenow.launcher.LocalPostgres;

/**
 * Fills one tenant schema for the insights benchmark straight over JDBC (COPY, as {@link WellnessSeed}):
 * a directory of {@code people} with departments, locations, managers and start dates; a team tree of
 * {@value #PARENTS} parent teams with {@value #SUBTEAMS} sub-teams each; a year of check-ins at a
 * per-person rate (about 250 a person on average; none before the start date) with sleep and exercise
 * factors on about half; and {@code hugs} delivered hugs, most within a team. Notes stay null (they are
 * encrypted columns). The token users, already in the directory through GET /me, get attributes, a team
 * and a history too. Deterministic apart from the ids the identity provider gave the token users.
 */
final class InsightsSeed {

    static final int PARENTS = 50;
    static final int SUBTEAMS = 9;
    static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Support", "Marketing", "Finance", "People",
            "Operations", "Product", "Legal", "Customer Success");
    static final List<String> LOCATIONS = List.of("Berlin", "Munich", "Hamburg", "Vienna", "New York");
    private static final int PERSONS_PER_COPY = 200;
    private static final int HUGS_PER_COPY = 50_000;

    /** What was written, and the ids the measurements ask for. */
    /** {@code userTeams}: each token user's sub-team, in the users' order. */
    record Seeded(List<UUID> parents, List<UUID> subteams, long persons, long entries, long factors, long hugs,
                  LocalDate firstDay, List<UUID> userTeams) {
    }

    private final Connection c;
    private final String schema;
    private final Consumer<String> out;
    private final Random random = new Random(20_261_204L);

    private InsightsSeed(Connection c, String schema, Consumer<String> out) {
        this.c = c;
        this.schema = schema;
        this.out = out;
    }

    static Seeded seed(String jdbcUrl, String schema, List<WellnessBenchmark.User> users, Set<String> teamLeads, List<String> emotions,
                       String hugType, int people, int hugs, LocalDate today, Consumer<String> out) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            c.setAutoCommit(true);
            return new InsightsSeed(c, schema, out).run(users, teamLeads, emotions, hugType, people, hugs, today);
        }
    }

    private Seeded run(List<WellnessBenchmark.User> users, Set<String> teamLeads, List<String> emotions, String hugType, int people, int hugs,
                       LocalDate today) throws SQLException, IOException {
        long started = System.nanoTime();
        // Teams: parents first, then their sub-teams, parent p's at p * SUBTEAMS ... + SUBTEAMS - 1.
        List<UUID> parents = new ArrayList<>();
        List<UUID> subteams = new ArrayList<>();
        StringBuilder teamRows = new StringBuilder();
        for (int p = 0; p < PARENTS; p++) {
            UUID id = SeedSql.uuid(random);
            parents.add(id);
            teamRows.append(id).append('\t').append(DEPARTMENTS.get(p % DEPARTMENTS.size())).append(' ').append(p / DEPARTMENTS.size() + 1)
                    .append("\t\\N\n");
        }
        SeedSql.copy(c, "COPY " + schema + ".team (id, name, parent_id) FROM STDIN", teamRows);
        teamRows.setLength(0);
        for (int p = 0; p < PARENTS; p++) {
            for (int s = 0; s < SUBTEAMS; s++) {
                UUID id = SeedSql.uuid(random);
                subteams.add(id);
                teamRows.append(id).append('\t').append("Team ").append(p + 1).append('.').append(s + 1).append('\t')
                        .append(parents.get(p)).append('\n');
            }
        }
        SeedSql.copy(c, "COPY " + schema + ".team (id, name, parent_id) FROM STDIN", teamRows);

        // People, by position: 0 .. PARENTS-1 head a parent team, the next subteams.size() lead a sub-team, the rest
        // (the token users among them, at the end) are members of sub-team (position % subteams). Managers: a
        // head has none, a lead reports to the head of the parent, a member to the lead of their sub-team.
        int leaders = PARENTS + subteams.size();
        int synthetic = Math.max(leaders, people - users.size());
        List<String> ids = new ArrayList<>(synthetic + users.size());
        for (int i = 0; i < synthetic; i++) {
            ids.add(SeedSql.uuid(random).toString());
        }
        for (WellnessBenchmark.User user : users) {
            ids.add(user.id());
        }
        // Team-lead token users lead their sub-team: its synthetic members report to them instead.
        Map<Integer, String> leadOfSub = new HashMap<>();
        for (int u = 0; u < users.size(); u++) {
            if (teamLeads.contains(users.get(u).username())) {
                leadOfSub.put((synthetic + u) % subteams.size(), users.get(u).id());
            }
        }
        String[] department = new String[ids.size()];
        String[] manager = new String[ids.size()];
        LocalDate[] startDate = new LocalDate[ids.size()];
        int[] team = new int[ids.size()];   // index into parents (for heads) or subteams (everyone else)
        StringBuilder personRows = new StringBuilder(synthetic * 160);
        StringBuilder memberRows = new StringBuilder(ids.size() * 80);
        for (int i = 0; i < ids.size(); i++) {
            boolean head = i < PARENTS;
            int sub = head ? -1 : i < leaders ? i - PARENTS : i % subteams.size();
            int parent = head ? i : sub / SUBTEAMS;
            team[i] = head ? i : sub;
            department[i] = DEPARTMENTS.get(parent % DEPARTMENTS.size());
            manager[i] = head ? null : i < leaders ? ids.get(parent) : i < synthetic && leadOfSub.containsKey(sub) ? leadOfSub.get(sub)
                    : ids.get(PARENTS + sub);
            // One in six started within the last year, the rest up to eight years ago.
            int daysAgo = random.nextInt(6) == 0 ? 20 + random.nextInt(340) : 365 + random.nextInt(7 * 365);
            startDate[i] = today.minusDays(daysAgo);
            memberRows.append(head ? parents.get(parent) : subteams.get(sub)).append('\t').append(SeedSql.copyEscape(ids.get(i))).append('\n');
            if (i < synthetic) {
                String name = String.format("Employee %05d", i + 1);
                personRows.append(ids.get(i)).append('\t').append(String.format("employee-%05d", i + 1)).append('\t').append(name)
                        .append('\t').append(name).append('\t').append(department[i]).append('\t')
                        .append(LOCATIONS.get(i % LOCATIONS.size())).append('\t').append(startDate[i]).append('\t')
                        .append(manager[i] == null ? "\\N" : manager[i]).append('\n');
            }
        }
        SeedSql.copy(c, "COPY " + schema + ".person (id, username, name, display_name, department, location, start_date,"
                + " manager_id) FROM STDIN", personRows);
        try (PreparedStatement s = c.prepareStatement("UPDATE " + schema + ".person SET department = ?, location = ?,"
                + " start_date = ?, manager_id = ? WHERE id = ?")) {
            for (int i = synthetic; i < ids.size(); i++) {
                s.setString(1, department[i]);
                s.setString(2, LOCATIONS.get(i % LOCATIONS.size()));
                s.setObject(3, startDate[i]);
                s.setString(4, manager[i]);
                s.setString(5, ids.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
        SeedSql.copy(c, "COPY " + schema + ".team_member (team_id, person_id) FROM STDIN", memberRows);
        double directorySeconds = (System.nanoTime() - started) / 1e9;

        long t1 = System.nanoTime();
        LocalDate first = today.minusDays(365);
        long[] moods = copyMoods(ids, startDate, team, emotions, first, today);
        double moodSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        long hugRows = copyHugs(ids, team, subteams.size(), hugType, hugs, first, today);
        double hugSeconds = (System.nanoTime() - t2) / 1e9;

        long t3 = System.nanoTime();
        SeedSql.vacuumAnalyze(c, schema, List.of("person", "team", "team_member", "mood_entry", "mood_factor", "hug"));
        SeedSql.checkpoint(c, out);
        out.accept(String.format("seeding %s over JDBC (COPY): directory %.1f s, check-ins %.1f s, hugs %.1f s;"
                + " then VACUUM ANALYZE and CHECKPOINT %.1f s", schema, directorySeconds, moodSeconds, hugSeconds,
                (System.nanoTime() - t3) / 1e9));
        out.accept(String.format("  written: %,d persons (+%d token users updated), %d teams (%d parents x %d sub-teams + parents),"
                + " %,d mood entries, %,d mood factors, %,d delivered hugs", synthetic, users.size(), parents.size() + subteams.size(),
                PARENTS, SUBTEAMS, moods[0], moods[1], hugRows));
        out.accept(String.format("  rows now: person %,d, team %,d, team_member %,d, mood_entry %,d, mood_factor %,d, hug %,d",
                count("person"), count("team"), count("team_member"), count("mood_entry"), count("mood_factor"), count("hug")));
        List<UUID> userTeams = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            userTeams.add(subteams.get((synthetic + u) % subteams.size()));
        }
        return new Seeded(parents, subteams, ids.size(), moods[0], moods[1], hugRows, first, userTeams);
    }

    /**
     * One check-in on a day with the person's own probability (0.50 to 0.98, so about 250 a year on
     * average), from the later of a year ago and their start date up to yesterday, between 08:00 and
     * 20:00 in {@link WellnessSeed#ZONE}. Scores hover around a level of the person's own, lower in every
     * third parent team's sub-teams, so heatmaps differ. Returns {entries, factor rows}.
     */
    private long[] copyMoods(List<String> ids, LocalDate[] startDate, int[] team, List<String> emotions, LocalDate first,
                             LocalDate today) throws SQLException, IOException {
        String[] arrays = SeedSql.quoted(emotions);
        String entrySql = "COPY " + schema + ".mood_entry (id, person_id, score, emotions, note_cipher, tags, recorded_at,"
                + " local_date, time_zone, created_at, updated_at) FROM STDIN";
        String factorSql = "COPY " + schema + ".mood_factor (entry_id, factor_key, value) FROM STDIN";
        long entries = 0;
        long factors = 0;
        for (int from = 0; from < ids.size(); from += PERSONS_PER_COPY) {
            StringBuilder entryRows = new StringBuilder(1 << 23);
            StringBuilder factorRows = new StringBuilder(1 << 22);
            for (int p = from; p < Math.min(ids.size(), from + PERSONS_PER_COPY); p++) {
                String person = SeedSql.copyEscape(ids.get(p));
                double rate = 0.50 + random.nextDouble() * 0.48;
                int parent = p < PARENTS ? p : team[p] / SUBTEAMS;
                double level = (parent % 3 == 2 ? 2.4 : 2.9) + random.nextDouble() * 1.4;
                LocalDate day = startDate[p].isAfter(first) ? startDate[p] : first;
                for (; day.isBefore(today); day = day.plusDays(1)) {
                    if (random.nextDouble() >= rate) {
                        continue;
                    }
                    int score = (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.9)));
                    Instant at = ZonedDateTime.of(day, LocalTime.of(8 + random.nextInt(12), random.nextInt(60)), WellnessSeed.ZONE)
                            .toInstant();
                    Instant written = at.plusSeconds(2);
                    UUID id = SeedSql.uuid(random);
                    entryRows.append(id).append('\t').append(person).append('\t').append(score).append('\t')
                            .append(SeedSql.copyEscape(SeedSql.emotionArray(random, arrays))).append("\t\\N\t{}\t").append(at)
                            .append('\t').append(day).append('\t').append(WellnessSeed.ZONE.getId()).append('\t').append(written)
                            .append('\t').append(written).append('\n');
                    entries++;
                    if (random.nextBoolean()) {
                        double sleep = Math.max(0, Math.min(24, Math.round((4.5 + score * 0.7 + random.nextGaussian()) * 2) / 2.0));
                        int exercise = 5 * random.nextInt(13) + (score >= 4 ? 15 : 0);
                        factorRows.append(id).append("\tsleepHours\t").append(sleep).append('\n');
                        factorRows.append(id).append("\texerciseMinutes\t").append(exercise).append('\n');
                        factors += 2;
                    }
                }
            }
            SeedSql.copy(c, entrySql, entryRows);
            SeedSql.copy(c, factorSql, factorRows);
        }
        return new long[] {entries, factors};
    }

    /**
     * {@code count} delivered hugs at random moments of the last year (08:00 to 20:00), from a random
     * person (heads of parent teams included) to someone of the sender's sub-team seven times in ten,
     * else to anyone; never to themselves.
     */
    private long copyHugs(List<String> ids, int[] team, int subteamCount, String hugType, int count, LocalDate first,
                          LocalDate today) throws SQLException, IOException {
        // Members of each sub-team, to pick a teammate from.
        List<List<Integer>> members = new ArrayList<>();
        for (int s = 0; s < subteamCount; s++) {
            members.add(new ArrayList<>());
        }
        for (int i = PARENTS; i < ids.size(); i++) {
            members.get(team[i]).add(i);
        }
        String sql = "COPY " + schema + ".hug (id, sender_id, recipient_id, type, message, group_id, request_id, status,"
                + " deliver_at, delivered_at, hidden, created_at) FROM STDIN";
        String type = SeedSql.copyEscape(hugType);
        int days = (int) ChronoUnit.DAYS.between(first, today);
        long written = 0;
        StringBuilder rows = new StringBuilder(HUGS_PER_COPY * 200);
        for (int n = 0; n < count; n++) {
            int sender = random.nextInt(ids.size());
            int recipient;
            do {
                if (sender >= PARENTS && random.nextInt(10) < 7) {
                    List<Integer> mates = members.get(team[sender]);
                    recipient = mates.get(random.nextInt(mates.size()));
                } else {
                    recipient = random.nextInt(ids.size());
                }
            } while (recipient == sender);
            Instant at = ZonedDateTime.of(first.plusDays(random.nextInt(days)), LocalTime.of(8 + random.nextInt(12),
                    random.nextInt(60), random.nextInt(60)), WellnessSeed.ZONE).toInstant();
            rows.append(SeedSql.uuid(random)).append('\t').append(SeedSql.copyEscape(ids.get(sender))).append('\t')
                    .append(SeedSql.copyEscape(ids.get(recipient))).append('\t').append(type)
                    .append("\t\\N\t\\N\t\\N\tdelivered\t").append(at).append('\t').append(at.plusSeconds(1)).append("\tf\t")
                    .append(at).append('\n');
            written++;
            if (rows.length() > HUGS_PER_COPY * 180) {
                SeedSql.copy(c, sql, rows);
                rows.setLength(0);
            }
        }
        SeedSql.copy(c, sql, rows);
        return written;
    }

    private long count(String table) throws SQLException {
        return SeedSql.count(c, schema, table);
    }
}
