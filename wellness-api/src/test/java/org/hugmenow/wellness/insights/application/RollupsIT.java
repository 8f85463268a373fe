package org.hugmenow.wellness.insights.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.directory.application.PersonWrites;
import org.hugmenow.tenant.directory.application.TeamWrites;
import org.hugmenow.wellness.hug.application.HugPersonalData;
import org.hugmenow.wellness.hug.application.HugService;
import org.hugmenow.wellness.hug.domain.HugInput;
import org.hugmenow.wellness.insights.domain.Grain;
import org.hugmenow.wellness.insights.domain.Membership;
import org.hugmenow.wellness.insights.domain.Period;
import org.hugmenow.wellness.insights.domain.PersonPeriod;
import org.hugmenow.wellness.mood.application.MoodPersonalData;
import org.hugmenow.wellness.mood.application.MoodService;
import org.hugmenow.wellness.mood.domain.MoodInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The insights data path against real PostgreSQL: the mood, hug and directory services publish
 * their events in the changing transaction, the insights consumers keep the rollups from them,
 * and {@link Rollups} reads them back.
 */
class RollupsIT {

    private static InsightsDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new InsightsDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aCheckInRecordedChangedOrDeletedIsReflectedWithinFiveSeconds() throws Exception {
        TenantSlug tenant = db.tenant("insights-live", "America/New_York");
        provision(tenant, "ana", "R&D");
        db.relayContinuously(tenant);
        MoodService moods = db.beans.get(MoodService.class);
        // 02:30 UTC on the 2nd is still the 1st in New York: the tenant's day counts, not UTC's.
        Instant recorded = Instant.parse("2026-11-02T02:30:00Z");
        LocalDate day = LocalDate.of(2026, 11, 1);

        UUID entry = moods.create(tenant, "ana", new MoodInput(4, List.of("calm", "focused"), "a private note",
                Map.of("sleepHours", 7.5), List.of("a-tag"), ZoneId.of("UTC"), recorded)).entry().id();
        awaitWithin(Duration.ofSeconds(5), "the recorded check-in in every grain", () -> Arrays.stream(Grain.values())
                .allMatch(g -> row(tenant, g, day, "ana").filter(r -> r.checkins() == 1 && r.scoreSum() == 4).isPresent()));
        PersonPeriod week = row(tenant, Grain.WEEK, day, "ana").orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 26), week.periodStart(), "Sunday the 1st belongs to the ISO week of Monday the 26th");
        assertEquals(List.of("calm", "focused"), week.emotions());
        assertEquals(Map.of("sleepHours", 7.5), week.factorSums());
        assertEquals(Map.of("sleepHours", 1), week.factorCounts());

        LocalDate later = LocalDate.of(2026, 11, 3);
        moods.update(tenant, "ana", entry, new MoodInput(2, List.of("tired"), "still private", Map.of("sleepHours", 5.0,
                "exerciseMinutes", 30.0), List.of(), ZoneId.of("UTC"), Instant.parse("2026-11-03T15:00:00Z")));
        awaitWithin(Duration.ofSeconds(5), "the changed check-in moved to its new day and week", () ->
                row(tenant, Grain.DAY, day, "ana").isEmpty() && row(tenant, Grain.WEEK, day, "ana").isEmpty()
                        && row(tenant, Grain.DAY, later, "ana").filter(r -> r.scoreSum() == 2).isPresent());
        PersonPeriod month = row(tenant, Grain.MONTH, later, "ana").orElseThrow();
        assertEquals(1, month.checkins(), "the month holds it once");
        assertEquals(List.of("tired"), month.emotions());
        assertEquals(Map.of("sleepHours", 5.0, "exerciseMinutes", 30.0), month.factorSums());

        moods.delete(tenant, "ana", entry);
        awaitWithin(Duration.ofSeconds(5), "the deleted check-in gone from every grain",
                () -> Arrays.stream(Grain.values()).allMatch(g -> row(tenant, g, later, "ana").isEmpty()));
        assertEquals(0L, count(tenant, "SELECT count(*) FROM insights_checkin"));
    }

    @Test
    void aPersonMovedToAnotherTeamGetsANewMembershipRowAndLeavingClosesIt() throws Exception {
        TenantSlug tenant = db.tenant("insights-moves", "Europe/Berlin");
        LocalDate monday = LocalDate.of(2026, 11, 2);
        db.today(monday);
        String teamA = team(tenant, "Platform");
        String teamB = team(tenant, "Payments");
        provision(tenant, "ben", "R&D");
        members(tenant, teamA, "ben");
        db.drain(tenant);
        Membership first = on(tenant, monday, "ben").orElseThrow();
        assertEquals(List.of(UUID.fromString(teamA)), first.teamIds());
        assertEquals("R&D", first.department());
        assertEquals(monday, first.validFrom(), "first seen today, with no earlier check-in or start date");

        LocalDate thursday = monday.plusDays(3);
        db.today(thursday);
        members(tenant, teamA);
        members(tenant, teamB, "ben");
        db.drain(tenant);
        List<Membership> week = db.sql(tenant, c -> db.beans.get(Rollups.class).membersDuring(c, Grain.WEEK.periodOf(monday)))
                .stream().filter(m -> m.personId().equals("ben")).toList();
        assertEquals(2, week.size(), "the move closed one row and opened another");
        assertEquals(new Period(monday, thursday), new Period(week.get(0).validFrom(), week.get(0).validTo()));
        assertEquals(List.of(UUID.fromString(teamA)), week.get(0).teamIds());
        assertEquals(thursday, week.get(1).validFrom());
        assertEquals(null, week.get(1).validTo());
        assertEquals(List.of(UUID.fromString(teamB)), week.get(1).teamIds());
        assertEquals(List.of(UUID.fromString(teamA)), on(tenant, thursday.minusDays(1), "ben").orElseThrow().teamIds());

        db.sql(tenant, c -> {
            db.beans.get(PersonWrites.class).reprovision(c, "ben", InsightsDatabase.person("ben", "Finance"));
            return null;
        });
        db.drain(tenant);
        assertEquals(2, rowsOf(tenant, "ben"), "a second change on the same day overwrites today's row");
        assertEquals("Finance", on(tenant, thursday, "ben").orElseThrow().department());

        db.today(thursday.plusDays(1));
        db.sql(tenant, c -> {
            db.beans.get(PersonWrites.class).erase(c, "ben");
            db.beans.get(TeamWrites.class).delete(c, teamB);
            return null;
        });
        db.drain(tenant);
        assertTrue(on(tenant, thursday.plusDays(1), "ben").isEmpty(), "gone from the directory: no current row");
        assertEquals(thursday.plusDays(1), on(tenant, thursday, "ben").orElseThrow().validTo());
        assertTrue(db.sql(tenant, c -> db.beans.get(Rollups.class).teams(c)).stream()
                .anyMatch(t -> t.id().toString().equals(teamB) && t.removed()), "a removed team stays for past periods");
    }

    @Test
    void erasureRemovesThePersonsRowsWhateverOrderTheModulesEraseIn() throws Exception {
        TenantSlug tenant = db.tenant("insights-erasure", "UTC");
        db.today(LocalDate.of(2026, 11, 2));
        String team = team(tenant, "Care");
        provision(tenant, "cleo", "Care");
        provision(tenant, "dan", "Care");
        members(tenant, team, "cleo", "dan");
        MoodService moods = db.beans.get(MoodService.class);
        for (int i = 0; i < 3; i++) {
            moods.create(tenant, "cleo", new MoodInput(3 + i % 2, List.of("okay"), null, Map.of(), List.of(), ZoneId.of("UTC"),
                    Instant.parse("2026-10-20T10:00:00Z").plus(i, ChronoUnit.DAYS)));
        }
        moods.create(tenant, "dan", new MoodInput(5, List.of("joyful"), null, Map.of(), List.of(), ZoneId.of("UTC"), null));
        HugService hugs = db.beans.get(HugService.class);
        hugs.send(tenant, "cleo", new HugInput("dan", null, "miss-you", null, null, null));
        hugs.send(tenant, "dan", new HugInput("cleo", null, "miss-you", null, null, null));
        db.drain(tenant);
        assertTrue(count(tenant, "SELECT count(*) FROM insights_person_period WHERE person_id = 'cleo'") > 0);
        assertEquals(8L, count(tenant, "SELECT count(*) FROM insights_hug_period"), "two pairs in four grains");

        // A check-in not yet projected when insights erases: the mood erasure's own event must still clear it.
        moods.create(tenant, "cleo", new MoodInput(2, List.of("tired"), null, Map.of(), List.of(), ZoneId.of("UTC"), null));
        db.beans.get(InsightsPersonalData.class).erase(tenant, "cleo");
        db.drain(tenant);
        db.beans.get(MoodPersonalData.class).erase(tenant, "cleo");
        db.beans.get(HugPersonalData.class).erase(tenant, "cleo");
        db.drain(tenant);

        assertEquals(0L, count(tenant, "SELECT count(*) FROM insights_checkin WHERE person_id = 'cleo'"));
        assertEquals(0L, count(tenant, "SELECT count(*) FROM insights_person_period WHERE person_id = 'cleo'"));
        assertEquals(0L, count(tenant, "SELECT count(*) FROM insights_hug_period WHERE 'cleo' IN (sender_id, recipient_id)"));
        assertEquals(1L, count(tenant, "SELECT count(*) FROM insights_member WHERE person_id = 'cleo' AND valid_to IS NULL"
                + " AND valid_from = DATE '2026-11-02'"), "still in the directory: only a fresh current row, no history");
        assertEquals(4L, count(tenant, "SELECT count(*) FROM insights_person_period WHERE person_id = 'dan'"), "others keep theirs");
    }

    @Test
    void onlyWritesThatCanChangeAClosedPeriodRaiseTheChangeCounter() throws Exception {
        TenantSlug tenant = db.tenant("insights-counter", "UTC");
        db.today(LocalDate.now(ZoneId.of("UTC")));
        provision(tenant, "eve", "Care");
        db.drain(tenant);
        long afterJoining = counter(tenant);
        assertTrue(afterJoining > 0, "a membership change raises it");
        MoodService moods = db.beans.get(MoodService.class);

        moods.create(tenant, "eve", new MoodInput(4, List.of("calm"), null, Map.of(), List.of(), ZoneId.of("UTC"), Instant.now()));
        db.drain(tenant);
        assertEquals(afterJoining, counter(tenant), "today's check-in lies in open periods only: cached closed periods still hold");

        moods.create(tenant, "eve", new MoodInput(2, List.of("tired"), null, Map.of(), List.of(), ZoneId.of("UTC"),
                Instant.now().minus(3, ChronoUnit.DAYS)));
        db.drain(tenant);
        assertTrue(counter(tenant) > afterJoining, "a check-in three days back changes a closed day");
    }

    private static long counter(TenantSlug tenant) {
        return count(tenant, "SELECT version FROM insights_change");
    }

    private static Optional<PersonPeriod> row(TenantSlug tenant, Grain grain, LocalDate day, String personId) {
        return db.sql(tenant, c -> db.beans.get(Rollups.class).personPeriods(c, grain, day, java.util.Set.of(personId))).stream().findFirst();
    }

    private static Optional<Membership> on(TenantSlug tenant, LocalDate day, String personId) {
        return db.sql(tenant, c -> db.beans.get(Rollups.class).membersOn(c, day)).stream().filter(m -> m.personId().equals(personId)).findFirst();
    }

    private static long rowsOf(TenantSlug tenant, String personId) {
        return db.sql(tenant, c -> Sql.count(c, "SELECT count(*) FROM insights_member WHERE person_id = ?", personId));
    }

    private static long count(TenantSlug tenant, String sql) {
        return db.sql(tenant, c -> Sql.count(c, sql));
    }

    private static void provision(TenantSlug tenant, String id, String department) {
        db.provision(tenant, id, department);
    }

    private static String team(TenantSlug tenant, String name) {
        return db.sql(tenant, c -> db.beans.get(TeamWrites.class).create(c, name, null, "{}"));
    }

    private static void members(TenantSlug tenant, String team, String... people) {
        db.sql(tenant, c -> {
            db.beans.get(TeamWrites.class).setMembers(c, team, List.of(people), List.of());
            return null;
        });
    }

    static void awaitWithin(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
        assertFalse(System.nanoTime() > deadline, what);
    }
}
