package org.hugmenow.e2e;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static java.time.temporal.ChronoUnit.SECONDS;
import static org.hugmenow.e2e.WellnessFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hugmenow.e2e.WellnessFixtures.Person;
import org.junit.jupiter.api.Test;

/** Mood check-ins end to end: CRUD, paging, calendar, trends, streaks, vocabulary, factors, validation, export, erasure. */
class MoodsIT extends DeployedAppIT {

    private static String slug;
    private static List<String> vocabulary;

    /** One tenant per class, provisioned on first use; every test gets its own people, so counts are its own. */
    private Person fresh(String prefix, String... roles) throws Exception {
        if (slug == null) {
            String s = Tenants.uniqueSlug("moods");
            tenants.provision(s);
            slug = s;
        }
        Person p = person(api, tenants, slug, prefix, roles.length == 0 ? new String[] {"employee"} : roles);
        if (vocabulary == null) {
            vocabulary = vocabulary(api, p.token());
        }
        return p;
    }

    private static Instant noonUtc(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aCheckInIsCreatedReadUpdatedAndDeleted() throws Exception {
        Person mia = fresh("mia");
        JsonObject body = goodDay(vocabulary);
        Api.Reply created = api.post(V1 + "/moods", mia.token(), body.toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject entry = created.json();
        String id = entry.getString("id");
        String location = created.header("Location");
        assertTrue(location != null && location.endsWith("/moods/" + id), "Location: " + location);
        assertEquals(4, entry.getInt("score"));
        assertEquals(body.getJsonArray("emotions"), entry.getJsonArray("emotions"));
        assertEquals(body.getString("note"), entry.getString("note"));
        assertEquals(List.of("work", "outdoors"), strings(entry.getJsonArray("tags")));
        assertEquals(7.5, num(entry.getJsonObject("factors"), "sleepHours"), 1e-9);
        assertEquals(30, num(entry.getJsonObject("factors"), "exerciseMinutes"), 1e-9);
        assertEquals("Europe/Berlin", entry.getString("timeZone"));
        Instant recorded = Instant.parse(entry.getString("recordedAt"));
        assertTrue(Duration.between(recorded, Instant.now()).abs().toMinutes() < 5, "recordedAt defaults to now: " + recorded);
        assertEquals(LocalDate.ofInstant(recorded, ZoneId.of("Europe/Berlin")).toString(), entry.getString("localDate"));
        assertFalse(absent(entry, "createdAt") || absent(entry, "updatedAt"), entry::toString);
        assertTrue(absent(entry, "crisisResources"), "no crisis resources on a good day");

        Api.Reply read = api.get(V1 + "/moods/" + id, mia.token());
        assertEquals(200, read.status(), read::toString);
        assertEquals(body.getString("note"), read.json().getString("note"));

        JsonObject changed = with(with(body, "score", 2), "note", "The afternoon got harder");
        assertSuccess(api.put(V1 + "/moods/" + id, mia.token(), changed.toString()), "PUT /moods/{id}");
        JsonObject after = api.get(V1 + "/moods/" + id, mia.token()).json();
        assertEquals(id, after.getString("id"));
        assertEquals(2, after.getInt("score"));
        assertEquals("The afternoon got harder", after.getString("note"));
        assertEquals(entry.getString("createdAt"), after.getString("createdAt"));

        assertEquals(204, api.delete(V1 + "/moods/" + id, mia.token()).status());
        assertProblem(api.get(V1 + "/moods/" + id, mia.token()), 404, "GET after DELETE");
        assertEquals(404, api.delete(V1 + "/moods/" + id, mia.token()).status(), "a second DELETE");
        assertEquals(0, moodCount(api, mia));
    }

    @Test
    void theListIsNewestFirstPagedByCursorAndFilteredByLocalDate() throws Exception {
        Person leo = fresh("leo");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> newestFirst = new ArrayList<>();
        for (int back = 7; back >= 1; back--) {
            JsonObject e = checkIn(api, leo.token(), mood(3, vocabulary.subList(0, 1), "day -" + back, null,
                    noonUtc(today.minusDays(back)), "UTC"));
            newestFirst.add(0, e.getString("id"));
        }
        assertEquals(newestFirst, ids(allPages(api, leo.token(), V1 + "/moods", 3)), "all seven, newest first, none twice");
        Api.Reply first = api.get(V1 + "/moods?limit=3", leo.token());
        assertEquals(3, first.items().size());
        assertNotNull(str(first.json(), "nextCursor"), "a first page of three of seven has a cursor");

        Api.Reply window = api.get(V1 + "/moods?from=" + today.minusDays(5) + "&to=" + today.minusDays(3), leo.token());
        assertEquals(newestFirst.subList(2, 5), ids(elements(window)), "from and to are inclusive local dates");
        for (int limit : new int[] {0, 201}) {
            assertProblem(api.get(V1 + "/moods?limit=" + limit, leo.token()), 400, "limit " + limit);
        }
    }

    @Test
    void theCalendarSummarisesEachDayOfTheMonth() throws Exception {
        Person cal = fresh("cal");
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        checkIn(api, cal.token(), mood(2, vocabulary.subList(0, 1), null, null, month.atDay(3).atTime(8, 0).toInstant(ZoneOffset.UTC), "UTC"));
        checkIn(api, cal.token(), mood(4, vocabulary.subList(0, 1), null, null, month.atDay(3).atTime(18, 0).toInstant(ZoneOffset.UTC), "UTC"));
        checkIn(api, cal.token(), mood(5, vocabulary.subList(0, 1), null, null, noonUtc(month.atDay(10)), "UTC"));

        JsonObject calendar = api.get(V1 + "/moods/calendar?month=" + month, cal.token()).json();
        assertEquals(month.toString(), calendar.getString("month"));
        Map<String, JsonObject> days = objects(calendar.getJsonArray("days")).stream().filter(d -> d.getInt("count") > 0)
                .collect(Collectors.toMap(d -> d.getString("date"), Function.identity()));
        assertEquals(Set.of(month.atDay(3).toString(), month.atDay(10).toString()), days.keySet());
        JsonObject third = days.get(month.atDay(3).toString());
        assertEquals(2, third.getInt("count"));
        assertEquals(3.0, num(third, "average"), 0.01);
        assertEquals(2, third.getInt("min"));
        assertEquals(4, third.getInt("max"));
        JsonObject tenth = days.get(month.atDay(10).toString());
        assertEquals(List.of(1, 5, 5), List.of(tenth.getInt("count"), tenth.getInt("min"), tenth.getInt("max")));

        JsonObject before = api.get(V1 + "/moods/calendar?month=" + month.minusMonths(1), cal.token()).json();
        assertTrue(objects(before.getJsonArray("days")).stream().allMatch(d -> d.getInt("count") == 0), before::toString);
        assertProblem(api.get(V1 + "/moods/calendar?month=2024-13", cal.token()), 400, "month 2024-13");
    }

    @Test
    void trendsAreComputedFromTheCheckIns() throws Exception {
        Person tia = fresh("tia");
        String coffee = "coffee" + letters(5);
        Api.Reply factor = api.post(V1 + "/moods/factors", tia.token(),
                obj("key", coffee, "label", "Cups of coffee", "kind", "number", "scope", "personal").toString());
        assertEquals(201, factor.status(), factor::toString);
        int[] scores = {3, 4, 2, 5, 1, 3, 4, 5, 2, 3, 4, 1, 5, 3, 2, 4, 5, 3, 2, 4};
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(20);
        LocalDate to = today.minusDays(1);
        Map<LocalDate, Integer> byDate = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            LocalDate day = from.plusDays(i);
            int s = scores[i];
            // sleepHours rises with the score (r = 1), exercise falls with it (r = -1), coffee never varies.
            JsonObjectBuilder factors = Json.createObjectBuilder().add("sleepHours", 4 + s).add("exerciseMinutes", 60 - 10 * s)
                    .add(coffee, 2);
            if (i < 2) {
                factors.add("sleepQuality", 3);
            }
            checkIn(api, tia.token(), mood(s, vocabulary.subList(0, 1), null, factors.build(), noonUtc(day), "UTC"));
            byDate.put(day, s);
        }

        Api.Reply reply = api.get(V1 + "/moods/trends?from=" + from + "&to=" + to, tia.token());
        assertEquals(200, reply.status(), reply::toString);
        JsonObject trends = reply.json();
        JsonValue entries = trends.get("entries");
        assertEquals(20, entries instanceof jakarta.json.JsonArray a ? a.size() : ((jakarta.json.JsonNumber) entries).intValue());

        int weeklyTotal = 0;
        Set<DayOfWeek> weekStartDays = new java.util.HashSet<>();
        for (JsonObject week : objects(trends.getJsonArray("weekly"))) {
            LocalDate start = LocalDate.parse(week.getString("weekStart"));
            weekStartDays.add(start.getDayOfWeek());
            assertBucket(week, byDate, d -> !d.isBefore(start) && d.isBefore(start.plusDays(7)), "week of " + start);
            weeklyTotal += week.getInt("count");
        }
        assertEquals(20, weeklyTotal, "every check-in falls in one week");
        assertEquals(1, weekStartDays.size(), "weeks start on one weekday: " + weekStartDays);

        Set<String> months = byDate.keySet().stream().map(d -> YearMonth.from(d).toString()).collect(Collectors.toSet());
        List<JsonObject> monthly = objects(trends.getJsonArray("monthly"));
        assertEquals(months, monthly.stream().map(m -> m.getString("month")).collect(Collectors.toSet()));
        for (JsonObject m : monthly) {
            assertBucket(m, byDate, d -> YearMonth.from(d).toString().equals(m.getString("month")), "month " + m);
        }

        List<JsonObject> weekdays = objects(trends.getJsonArray("dayOfWeek"));
        assertEquals(7, weekdays.stream().filter(d -> d.getInt("count") > 0).count(), "twenty days cover every weekday");
        for (JsonObject d : weekdays) {
            DayOfWeek day = DayOfWeek.valueOf(d.getString("day"));
            if (d.getInt("count") > 0) {
                assertBucket(d, byDate, x -> x.getDayOfWeek() == day, day.toString());
            }
        }

        Map<String, JsonObject> moving = objects(trends.getJsonArray("movingAverage7")).stream()
                .collect(Collectors.toMap(m -> m.getString("date"), Function.identity()));
        assertTrue(moving.containsKey(to.toString()) && moving.containsKey(to.minusDays(7).toString()), moving::toString);
        for (JsonObject m : moving.values()) {
            if (!absent(m, "average")) {
                LocalDate date = LocalDate.parse(m.getString("date"));
                assertEquals(average(byDate, d -> !d.isAfter(date) && d.isAfter(date.minusDays(7))), num(m, "average"), 0.01,
                        "7-day moving average on " + date);
            }
        }

        Map<String, JsonObject> factorsByKey = objects(trends.getJsonArray("factors")).stream()
                .collect(Collectors.toMap(f -> f.getString("factor"), Function.identity()));
        assertEquals(1.0, num(factorsByKey.get("sleepHours"), "correlation"), 0.01);
        assertEquals(20, factorsByKey.get("sleepHours").getInt("sampleSize"));
        assertEquals(-1.0, num(factorsByKey.get("exerciseMinutes"), "correlation"), 0.01);
        assertTrue(absent(factorsByKey.get("sleepQuality"), "correlation"), "n < 3 has no correlation");
        assertEquals(2, factorsByKey.get("sleepQuality").getInt("sampleSize"));
        assertTrue(absent(factorsByKey.get(coffee), "correlation"), "no variance, no correlation");
        assertEquals(20, factorsByKey.get(coffee).getInt("sampleSize"));
    }

    @Test
    void threeConsecutiveDaysReachTheFirstMilestoneOnce() throws Exception {
        Person sam = fresh("sam");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant base = Instant.now().minus(1, MINUTES).truncatedTo(SECONDS);
        for (int back = 2; back >= 0; back--) {
            checkIn(api, sam.token(), mood(4, vocabulary.subList(0, 1), null, null, base.minus(back, DAYS), "Asia/Tokyo"));
        }
        JsonObject streak = api.get(V1 + "/moods/streak?timeZone=Asia/Tokyo", sam.token()).json();
        assertEquals(3, streak.getInt("current"), streak::toString);
        assertEquals(3, streak.getInt("longest"));
        assertEquals(LocalDate.ofInstant(base, tokyo).toString(), streak.getString("lastCheckIn"));
        List<Integer> reached = objects(streak.getJsonArray("milestones")).stream().filter(m -> !absent(m, "reachedAt"))
                .map(m -> m.getInt("days")).collect(Collectors.toList());
        assertEquals(List.of(3), reached, "milestones reached: " + streak);
        JsonValue next = streak.get("nextMilestone");
        assertEquals(7, next instanceof JsonObject o ? o.getInt("days") : ((jakarta.json.JsonNumber) next).intValue());

        awaitNotification(api, sam, "streak.milestone");
        checkIn(api, sam.token(), mood(5, vocabulary.subList(0, 1), null, null, null, "Asia/Tokyo"));
        // A hug after the check-in: once its notification is in, a second milestone's would be too.
        Person pal = fresh("pal");
        hug(api, pal, sam, "warm");
        awaitNotification(api, sam, "hug.received", "senderId", pal.id);
        assertEquals(1, notifications(api, sam, "streak.milestone").size(), "a milestone is announced once");

        Person gap = fresh("gap");
        checkIn(api, gap.token(), mood(3, vocabulary.subList(0, 1), null, null, base.minus(2, DAYS), "Asia/Tokyo"));
        checkIn(api, gap.token(), mood(3, vocabulary.subList(0, 1), null, null, base, "Asia/Tokyo"));
        JsonObject broken = api.get(V1 + "/moods/streak?timeZone=Asia/Tokyo", gap.token()).json();
        assertEquals(List.of(1, 1), List.of(broken.getInt("current"), broken.getInt("longest")), broken::toString);
        assertTrue(objects(broken.getJsonArray("milestones")).stream().allMatch(m -> absent(m, "reachedAt")), broken::toString);
        assertProblem(api.get(V1 + "/moods/streak?timeZone=Mars/Olympus", gap.token()), 400, "streak in Mars/Olympus");
    }

    @Test
    void theVocabularyHoldsEachPersonsOwnCustomEmotions() throws Exception {
        Person eve = fresh("eve");
        Person ian = fresh("ian");
        for (JsonObject e : elements(api.get(V1 + "/emotions", eve.token()))) {
            assertTrue(Math.abs(e.getInt("energy")) <= 2 && Math.abs(e.getInt("pleasantness")) <= 2, e::toString);
            assertNotNull(str(e, "quadrant"), e::toString);
        }
        String name = "zesty" + letters(6);
        Api.Reply created = api.post(V1 + "/emotions", eve.token(), obj("name", name, "energy", 2, "pleasantness", 1).toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject mine = findBy(elements(api.get(V1 + "/emotions", eve.token())), "name", name);
        assertNotNull(mine, "eve sees her own emotion");
        assertTrue(mine.getBoolean("custom"));
        assertNull(findBy(elements(api.get(V1 + "/emotions", ian.token())), "name", name), "ian does not");
        checkIn(api, eve.token(), mood(4, List.of(name), null, null, null, "UTC"));
        assertFieldError(api.post(V1 + "/moods", ian.token(), mood(4, List.of(name), null, null, null, "UTC").toString()),
                "emotions", "ian using eve's emotion");
        assertFieldError(api.post(V1 + "/emotions", eve.token(), obj("name", "over" + letters(5), "energy", 3, "pleasantness", 0).toString()),
                "energy", "energy 3");

        assertEquals(204, api.delete(V1 + "/emotions/" + name, eve.token()).status());
        assertNull(findBy(elements(api.get(V1 + "/emotions", eve.token())), "name", name), "deleted");
    }

    @Test
    void customFactorsArePersonalOrSetByHrForTheTenant() throws Exception {
        Person fay = fresh("fay");
        Person gus = fresh("gus");
        Person hal = fresh("hal", "hr-admin");
        List<JsonObject> builtins = elements(api.get(V1 + "/moods/factors", fay.token()));
        for (String key : List.of("sleepHours", "sleepQuality", "exerciseMinutes")) {
            assertEquals("builtin", str(findBy(builtins, "key", key), "scope"), key);
        }
        assertEquals("scale", str(findBy(builtins, "key", "sleepQuality"), "kind"));

        String meditated = "meditated" + letters(5);
        assertEquals(201, api.post(V1 + "/moods/factors", fay.token(),
                obj("key", meditated, "label", "Meditated", "kind", "yesno", "scope", "personal").toString()).status());
        assertEquals("personal", str(findBy(elements(api.get(V1 + "/moods/factors", fay.token())), "key", meditated), "scope"));
        assertNull(findBy(elements(api.get(V1 + "/moods/factors", gus.token())), "key", meditated), "personal means personal");
        JsonObject base = mood(4, vocabulary.subList(0, 1), null, null, null, "UTC");
        checkIn(api, fay.token(), with(base, "factors", obj(meditated, 1)));
        assertFieldError(api.post(V1 + "/moods", fay.token(), with(base, "factors", obj(meditated, 2)).toString()), "factors",
                "yes/no factor of 2");

        String commute = "commute" + letters(5);
        JsonObject tenantWide = obj("key", commute, "label", "Commute minutes", "kind", "number", "scope", "tenant");
        assertProblem(api.post(V1 + "/moods/factors", fay.token(), tenantWide.toString()), 403, "employee adds a tenant factor");
        assertNull(findBy(elements(api.get(V1 + "/moods/factors", gus.token())), "key", commute));
        assertEquals(201, api.post(V1 + "/moods/factors", hal.token(), tenantWide.toString()).status());
        assertEquals("tenant", str(findBy(elements(api.get(V1 + "/moods/factors", gus.token())), "key", commute), "scope"));

        assertEquals(204, api.delete(V1 + "/moods/factors/" + meditated, fay.token()).status());
        assertNull(findBy(elements(api.get(V1 + "/moods/factors", fay.token())), "key", meditated));
    }

    @Test
    void crisisResourcesAppearForScoreOneOrCrisisLanguageOnly() throws Exception {
        Person kim = fresh("kim");
        List<String> one = vocabulary.subList(0, 1);
        JsonObject lowest = checkIn(api, kim.token(), mood(1, one, "Rough day", null, null, "UTC"));
        JsonObject words = checkIn(api, kim.token(), mood(3, one, "I want to end my life", null, null, "UTC"));
        for (JsonObject entry : List.of(lowest, words)) {
            assertFalse(absent(entry, "crisisResources"), entry::toString);
            assertFalse(entry.getJsonArray("crisisResources").isEmpty(), entry::toString);
            objects(entry.getJsonArray("crisisResources")).forEach(r -> assertNotNull(str(r, "name"), r::toString));
        }
        JsonObject fine = checkIn(api, kim.token(), mood(4, one, "Nice lunch with colleagues", null, null, "UTC"));
        assertTrue(absent(fine, "crisisResources") || fine.getJsonArray("crisisResources").isEmpty(), fine::toString);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndStoresNothing() throws Exception {
        Person val = fresh("val");
        JsonObject good = goodDay(vocabulary);
        String kept = checkIn(api, val.token(), good).getString("id");
        Object[][] cases = {
            {"score 0", with(good, "score", 0), "score"},
            {"score 6", with(good, "score", 6), "score"},
            {"an unknown emotion", with(good, "emotions", List.of("nosuchfeeling" + letters(4))), "emotions"},
            {"six emotions", with(good, "emotions", vocabulary.subList(0, 6)), "emotions"},
            {"a note of 2001 characters", with(good, "note", "x".repeat(2001)), "note"},
            {"recordedAt in the future", with(good, "recordedAt", Instant.now().plus(1, DAYS)), "recordedAt"},
            {"timeZone Mars/Olympus", with(good, "timeZone", "Mars/Olympus"), "timeZone"},
            {"25 hours of sleep", with(good, "factors", obj("sleepHours", 25)), "factors"},
            {"eleven tags", with(good, "tags", java.util.stream.IntStream.range(0, 11).mapToObj(i -> "t" + i).collect(Collectors.toList())), "tags"},
            {"a tag of 41 characters", with(good, "tags", List.of("t".repeat(41))), "tags"},
        };
        for (Object[] c : cases) {
            assertFieldError(api.post(V1 + "/moods", val.token(), c[1].toString()), (String) c[2], "POST /moods with " + c[0]);
            assertFieldError(api.put(V1 + "/moods/" + kept, val.token(), c[1].toString()), (String) c[2], "PUT /moods/{id} with " + c[0]);
        }
        JsonObject unknown = with(good, "weather", "sunny");
        assertProblem(api.post(V1 + "/moods", val.token(), unknown.toString()), 400, "POST /moods with an unknown field");
        assertProblem(api.put(V1 + "/moods/" + kept, val.token(), unknown.toString()), 400, "PUT /moods/{id} with an unknown field");

        assertEquals(1, moodCount(api, val), "nothing was stored");
        JsonObject still = api.get(V1 + "/moods/" + kept, val.token()).json();
        assertEquals(4, still.getInt("score"));
        assertEquals(good.getString("note"), still.getString("note"));

        checkIn(api, val.token(), with(with(good, "note", "x".repeat(2000)), "emotions", vocabulary.subList(0, 5)));
        assertEquals(2, moodCount(api, val), "the limits themselves are allowed");
    }

    @Test
    void markupInNotesAndTagsIsDataReturnedAsSent() throws Exception {
        Person max = fresh("max");
        String note = "<script>alert('hi')</script> & <b>bold</b> \"quoted\"";
        String tag = "<img src=x onerror=alert(1)>";
        String id = checkIn(api, max.token(), with(with(goodDay(vocabulary), "note", note), "tags", List.of(tag))).getString("id");
        Api.Reply read = api.get(V1 + "/moods/" + id, max.token());
        assertEquals("application/json", read.contentType());
        assertEquals(note, read.json().getString("note"));
        assertEquals(List.of(tag), strings(read.json().getJsonArray("tags")));
        JsonObject listed = findBy(elements(api.get(V1 + "/moods", max.token())), "id", id);
        assertEquals(note, listed.getString("note"));
    }

    @Test
    void theExportIsAZipWithTheNotesInClearText() throws Exception {
        Person eva = fresh("eva");
        Person ole = fresh("ole");
        String note = "export check " + UUID.randomUUID();
        String othersNote = "not eva's " + UUID.randomUUID();
        checkIn(api, eva.token(), with(goodDay(vocabulary), "note", note));
        checkIn(api, ole.token(), with(goodDay(vocabulary), "note", othersNote));

        Api.Bytes export = api.getBytes(V1 + "/me/export", eva.token());
        assertEquals(200, export.status(), export::toString);
        assertEquals("application/zip", export.contentType());
        Map<String, String> files = unzip(export.body());
        for (String name : List.of("profile.json", "moods.json", "moods.csv", "hugs.json", "connections.json", "notifications.json")) {
            assertNotNull(file(files, name), name + " in " + files.keySet());
        }
        assertTrue(file(files, "moods.json").contains(note), "moods.json holds the decrypted note");
        assertTrue(file(files, "moods.csv").contains(note), "moods.csv holds the decrypted note");
        assertTrue(files.values().stream().noneMatch(f -> f.contains(othersNote)), "nobody else's data");
        List<String> names = List.copyOf(files.keySet());
        List<String> wellnessOrder = List.of("wellness/connections.json", "wellness/hugs.json", "wellness/moods.json",
                "wellness/notifications.json", "wellness/profile.json");
        assertEquals(wellnessOrder, names.stream().filter(wellnessOrder::contains).toList(),
                "the modules write their files in one fixed order: " + names);
        assertEquals("README.txt", names.get(0), names::toString);
    }

    @Test
    void deletingMeErasesMyCheckInsOnly() throws Exception {
        Person dan = fresh("dan");
        Person ada = fresh("ada");
        String id = checkIn(api, dan.token(), goodDay(vocabulary)).getString("id");
        checkIn(api, dan.token(), goodDay(vocabulary));
        checkIn(api, ada.token(), goodDay(vocabulary));

        Api.Reply erased = api.delete(V1 + "/me", dan.token());
        assertEquals(204, erased.status(), erased::toString);
        Api.Reply after = api.get(V1 + "/moods", dan.token());
        assertEquals(200, after.status(), after::toString);
        assertTrue(after.items().isEmpty(), after::toString);
        assertEquals(404, api.get(V1 + "/moods/" + id, dan.token()).status());
        assertEquals(1, moodCount(api, ada), "a colleague's check-ins stay");
    }
}
