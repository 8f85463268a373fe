package org.hugmenow.e2e.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hugmenow.launcher.LocalPostgres;

/**
 * Fills one tenant schema straight over JDBC, much faster than the API could: the directory up to a given
 * size, a year of daily check-ins for everyone (2 or 3 a day for every 5th person) with sleep and exercise
 * factors on about half, accepted connections among the token users, and an inbox of notifications for each.
 * Bulk rows go in with COPY; the few small ones with batched inserts. Deterministic apart from the ids the
 * identity provider gave the token users.
 */
final class WellnessSeed {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int PERSONS_PER_COPY = 200;
    private static final int CONNECTIONS_PER_USER = 3;
    private static final int NOTIFICATIONS_PER_USER = 20;
    private static final String[] NOTIFICATION_TYPES = {
        "hug.received", "connection.accepted", "streak.milestone", "hug-request.received", "connection.requested"};
    private static final int[] MILESTONES = {3, 7, 30, 100, 365};

    private final Connection c;
    private final String schema;
    private final Consumer<String> out;
    private final Random random = new Random(20_240_501L);

    private void checkpoint() throws SQLException {
        SeedSql.checkpoint(c, out);
    }

    private WellnessSeed(Connection c, String schema, Consumer<String> out) {
        this.c = c;
        this.schema = schema;
        this.out = out;
    }

    static void seed(String jdbcUrl, String schema, List<WellnessBenchmark.User> users, List<String> emotions,
                     String hugType, int directorySize, LocalDate today, Consumer<String> out) throws SQLException, IOException {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            c.setAutoCommit(true);
            new WellnessSeed(c, schema, out).run(users, emotions, hugType, directorySize, today);
        }
    }

    private void run(List<WellnessBenchmark.User> users, List<String> emotions, String hugType, int directorySize,
                     LocalDate today) throws SQLException, IOException {
        for (String table : List.of("person", "mood_entry", "mood_factor", "connection", "notification")) {
            try (PreparedStatement s = c.prepareStatement("SELECT to_regclass(?)")) {
                s.setString(1, schema + "." + table);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || r.getString(1) == null) {
                        throw new IllegalStateException(schema + "." + table + " does not exist: are the directory and"
                                + " wellness migrations (V1_0_2, V2_0_1) part of the app?");
                    }
                }
            }
        }
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long registeredByApp = registered(users);
        insertTokenUsers(users);
        long synthetic = Math.max(0, directorySize - count("person"));
        copyPersons((int) synthetic);
        List<String> everyone = directory(users);
        long[] moods = copyMoods(everyone, emotions, today);
        int connections = connect(users, now);
        int notifications = notify(users, hugType, now);
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        long vacuumStarted = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String table : List.of("person", "mood_entry", "mood_factor", "connection", "notification")) {
                s.execute("VACUUM (ANALYZE) " + schema + "." + table);
            }
        }
        checkpoint();
        out.accept(String.format("seeding %s over JDBC (COPY and batched INSERT): %.1f s, then VACUUM ANALYZE and CHECKPOINT %.1f s",
                schema, seedSeconds, (System.nanoTime() - vacuumStarted) / 1e9));
        out.accept(String.format("  written: %,d persons, %,d mood entries, %,d mood factors, %,d connections, %,d notifications;"
                + " %d of %d token users were already in the directory after GET /me",
                synthetic, moods[0], moods[1], connections, notifications, registeredByApp, users.size()));
        out.accept(String.format("  rows now: person %,d, mood_entry %,d, mood_factor %,d, connection %,d, notification %,d",
                count("person"), count("mood_entry"), count("mood_factor"), count("connection"), count("notification")));
        out.accept(String.format("  entries per token user: %s (2-3 a day) %,d; %s (1 a day) %,d",
                users.get(0).username(), entriesOf(users.get(0).id()), users.get(1).username(), entriesOf(users.get(1).id())));
    }

    private long registered(List<WellnessBenchmark.User> users) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + schema + ".person WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", users.stream().map(WellnessBenchmark.User::id).toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The token users, in case the app has not registered them (yet); rows it wrote stay as they are. */
    private void insertTokenUsers(List<WellnessBenchmark.User> users) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + schema + ".person (id, username, name, display_name)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            for (WellnessBenchmark.User user : users) {
                s.setString(1, user.id());
                s.setString(2, user.username());
                s.setString(3, user.displayName());
                s.setString(4, user.displayName());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void copyPersons(int count) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder(count * 96);
        for (int i = 1; i <= count; i++) {
            String name = String.format("Employee %04d", i);
            rows.append(uuid()).append('\t').append(String.format("employee-%04d", i)).append('\t')
                    .append(name).append('\t').append(name).append('\n');
        }
        copy("COPY " + schema + ".person (id, username, name, display_name) FROM STDIN", rows);
    }

    /** Every person id in the directory, the token users first and in their order, then the rest by username. */
    private List<String> directory(List<WellnessBenchmark.User> users) throws SQLException {
        List<String> everyone = new ArrayList<>();
        Set<String> tokenIds = new HashSet<>();
        for (WellnessBenchmark.User user : users) {
            everyone.add(user.id());
            tokenIds.add(user.id());
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM " + schema + ".person ORDER BY username, id")) {
            while (r.next()) {
                if (!tokenIds.contains(r.getString(1))) {
                    everyone.add(r.getString(1));
                }
            }
        }
        return everyone;
    }

    /**
     * The 365 days before today in Europe/Berlin; one check-in a day, or 2 to 3 for every 5th person (index 0,
     * 5, 10, ... of {@code everyone}). Scores hover around each person's own level; sleep follows the score, so
     * trends find a correlation. Returns {entries, factor rows}.
     */
    private long[] copyMoods(List<String> everyone, List<String> emotions, LocalDate today) throws SQLException, IOException {
        String[] arrays = SeedSql.quoted(emotions);
        String entrySql = "COPY " + schema + ".mood_entry (id, person_id, score, emotions, note_cipher, tags, recorded_at,"
                + " local_date, time_zone, created_at, updated_at) FROM STDIN";
        String factorSql = "COPY " + schema + ".mood_factor (entry_id, factor_key, value) FROM STDIN";
        LocalDate first = today.minusDays(365);
        long entries = 0;
        long factors = 0;
        for (int from = 0; from < everyone.size(); from += PERSONS_PER_COPY) {
            StringBuilder entryRows = new StringBuilder(1 << 22);
            StringBuilder factorRows = new StringBuilder(1 << 21);
            for (int p = from; p < Math.min(everyone.size(), from + PERSONS_PER_COPY); p++) {
                String person = copyEscape(everyone.get(p));
                double level = 2.6 + random.nextDouble() * 1.6;
                for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                    int perDay = p % 5 == 0 ? 2 + random.nextInt(2) : 1;
                    int window = 12 / perDay;
                    for (int k = 0; k < perDay; k++) {
                        int score = (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.9)));
                        LocalTime time = LocalTime.of(8 + k * window + random.nextInt(Math.max(1, window - 1)), random.nextInt(60));
                        Instant at = ZonedDateTime.of(day, time, ZONE).toInstant();
                        Instant written = at.plusSeconds(2);
                        UUID id = uuid();
                        entryRows.append(id).append('\t').append(person).append('\t').append(score).append('\t')
                                .append(copyEscape(emotionArray(arrays))).append("\t\\N\t{}\t").append(at).append('\t')
                                .append(day).append('\t').append(ZONE.getId()).append('\t').append(written).append('\t')
                                .append(written).append('\n');
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
            }
            copy(entrySql, entryRows);
            copy(factorSql, factorRows);
        }
        return new long[] {entries, factors};
    }

    private String emotionArray(String[] quoted) {
        return SeedSql.emotionArray(random, quoted);
    }

    /** Each token user has accepted connections with the next three, so everyone has six; sharing a summary. */
    private int connect(List<WellnessBenchmark.User> users, Instant now) throws SQLException {
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + schema + ".connection (id, requester_id, addressee_id,"
                + " status, requester_sharing, addressee_sharing, created_at, responded_at)"
                + " VALUES (?, ?, ?, 'accepted', 'summary', 'summary', ?, ?) ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < users.size(); i++) {
                for (int step = 1; step <= CONNECTIONS_PER_USER && step < users.size(); step++) {
                    Instant created = now.minus(30 + step, ChronoUnit.DAYS);
                    s.setObject(1, uuid());
                    s.setString(2, users.get(i).id());
                    s.setString(3, users.get((i + step) % users.size()).id());
                    s.setTimestamp(4, Timestamp.from(created));
                    s.setTimestamp(5, Timestamp.from(created.plus(3, ChronoUnit.HOURS)));
                    s.addBatch();
                    rows++;
                }
            }
            s.executeBatch();
        }
        return rows;
    }

    /** Twenty notifications of the five kinds per token user over the last six days; the older half read. */
    private int notify(List<WellnessBenchmark.User> users, String hugType, Instant now) throws SQLException {
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + schema + ".notification (id, person_id, type, event_id,"
                + " payload, created_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < users.size(); i++) {
                for (int k = 0; k < NOTIFICATIONS_PER_USER; k++) {
                    String type = NOTIFICATION_TYPES[k % NOTIFICATION_TYPES.length];
                    WellnessBenchmark.User other = users.get((i + 1 + k % CONNECTIONS_PER_USER) % users.size());
                    Instant created = now.minus(1 + 7L * k, ChronoUnit.HOURS);
                    s.setObject(1, uuid());
                    s.setString(2, users.get(i).id());
                    s.setString(3, type);
                    s.setObject(4, uuid());
                    s.setString(5, payload(type, other, hugType, k));
                    s.setTimestamp(6, Timestamp.from(created));
                    if (k >= NOTIFICATIONS_PER_USER / 2) {
                        s.setTimestamp(7, Timestamp.from(created.plus(1, ChronoUnit.HOURS)));
                    } else {
                        s.setNull(7, Types.TIMESTAMP);
                    }
                    s.addBatch();
                    rows++;
                }
            }
            s.executeBatch();
        }
        return rows;
    }

    private String payload(String type, WellnessBenchmark.User other, String hugType, int k) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        switch (type) {
            case "hug.received" -> json.add("hugId", uuid().toString()).add("senderId", other.id())
                    .add("senderName", other.displayName()).add("type", hugType).add("message", "Thinking of you");
            case "hug-request.received" -> json.add("requestId", uuid().toString()).add("requesterId", other.id())
                    .add("requesterName", other.displayName()).add("message", "Could use a hug today");
            case "streak.milestone" -> json.add("days", MILESTONES[k % MILESTONES.length]);
            default -> json.add("connectionId", uuid().toString()).add("personId", other.id())
                    .add("displayName", other.displayName());
        }
        return json.build().toString();
    }

    private void copy(String sql, StringBuilder rows) throws SQLException, IOException {
        SeedSql.copy(c, sql, rows);
    }

    private long count(String table) throws SQLException {
        return SeedSql.count(c, schema, table);
    }

    private long entriesOf(String personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + schema + ".mood_entry WHERE person_id = ?")) {
            s.setString(1, personId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private UUID uuid() {
        return SeedSql.uuid(random);
    }

    private static String copyEscape(String value) {
        return SeedSql.copyEscape(value);
    }
}
