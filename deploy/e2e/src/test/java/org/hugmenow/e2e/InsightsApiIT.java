package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hugmenow.e2e.InsightsFixtures.INSIGHTS;
import static org.hugmenow.e2e.InsightsFixtures.awaitCount;
import static org.hugmenow.e2e.InsightsFixtures.cell;
import static org.hugmenow.e2e.InsightsFixtures.count;
import static org.hugmenow.e2e.InsightsFixtures.shown;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The insights API as HR, team leads and attackers use it, with realm tokens against the running
 * app: values come only for groups of at least k, the classic "peel one person off" attacks do not
 * reveal a planted score, exports say exactly what the JSON says, every other role and tenant is
 * refused, bad input is a problem response that changes nothing, and a time zone change rebuilds
 * the rollups.
 *
 * <p>The people are new today and check in for yesterday: insights dates a person's membership back
 * to their earliest check-in, so yesterday counts them in today's teams.
 */
class InsightsApiIT extends DeployedAppIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private static final String PERIOD = YESTERDAY.toString();
    private static final int PLANTED = 1;

    private static Org org;

    /** Product has Apps (five people who feel great) as a sub-team and one person of its own: the planted score. */
    record Org(String slug, WellnessFixtures.Person hr, String product, String apps, String tiny, List<WellnessFixtures.Person> people) {
    }

    private synchronized Org org() throws Exception {
        if (org != null) {
            return org;
        }
        String slug = Tenants.uniqueSlug("insights-api");
        tenants.provision(slug);
        WellnessFixtures.Person hr = WellnessFixtures.person(api, tenants, slug, "hr", "hr-admin");
        String product = InsightsFixtures.team(api, hr, "Product", null);
        String apps = InsightsFixtures.team(api, hr, "Apps", product);
        String tiny = InsightsFixtures.team(api, hr, "Tiny", null);
        List<WellnessFixtures.Person> people = new ArrayList<>();
        Instant noon = YESTERDAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            people.add(member(slug, hr, apps, "apps", 5, noon));
        }
        people.add(member(slug, hr, product, "planted", PLANTED, noon));
        people.add(member(slug, hr, tiny, "tiny", 2, noon));
        people.add(member(slug, hr, tiny, "tiny", 3, noon));
        awaitCount(slug, "SELECT count(*) FROM insights_member WHERE valid_to IS NULL AND cardinality(team_ids) > 0", people.size(),
                "every person's team in insights");
        awaitCount(slug, "SELECT count(*) FROM insights_person_period WHERE grain = 'day' AND period_start = DATE '" + PERIOD + "'",
                people.size(), "everyone's check-in in the rollups");
        org = new Org(slug, hr, product, apps, tiny, people);
        return org;
    }

    @Test
    void hrSeesATeamOfAtLeastKAndOnlyTheReasonForASmallerOne() throws Exception {
        Org o = org();
        Api.Reply r = api.get(INSIGHTS + "/heatmap?segment=team:" + o.apps + "&segment=team:" + o.tiny
                + "&metric=mood.mean&metric=participation&period=" + PERIOD, o.hr.token());
        assertEquals(200, r.status(), r::toString);
        JsonObject appsMood = cell(r, "team:" + o.apps, "mood.mean");
        assertTrue(shown(appsMood), appsMood::toString);
        double mood = appsMood.getJsonNumber("value").doubleValue();
        assertTrue(mood >= 1 && mood <= 5, "a noisy mean, clamped to the scale: " + mood);
        JsonObject tinyMood = cell(r, "team:" + o.tiny, "mood.mean");
        assertEquals("hidden: fewer than k", tinyMood.getString("hidden"));
        assertTrue(!tinyMood.containsKey("value") || tinyMood.isNull("value"), tinyMood::toString);
        assertNoPersonIn(o, r.body());
        assertTrue(r.json().getString("noiseNote").contains("k = 5"), r::toString);
    }

    @Test
    void peelingThePlantedPersonOffAParentTeamNeverShowsBothValues() throws Exception {
        Org o = org();
        String both = INSIGHTS + "/heatmap?segment=team-tree:" + o.product + "&segment=team:" + o.apps + "&metric=mood.mean&period=" + PERIOD;
        Api.Reply together = api.get(both, o.hr.token());
        assertEquals(200, together.status(), together::toString);
        assertFalse(shown(cell(together, "team-tree:" + o.product, "mood.mean")) && shown(cell(together, "team:" + o.apps, "mood.mean")),
                "Product (6) and Apps (5) differ by the planted person: " + together.body());

        // Asked one at a time, the second answer must still not complete the pair.
        Api.Reply parent = api.get(INSIGHTS + "/heatmap?segment=team-tree:" + o.product + "&metric=mood.mean&period=" + PERIOD, o.hr.token());
        Api.Reply child = api.get(INSIGHTS + "/heatmap?segment=team:" + o.apps + "&metric=mood.mean&period=" + PERIOD, o.hr.token());
        assertFalse(shown(cell(parent, "team-tree:" + o.product, "mood.mean")) && shown(cell(child, "team:" + o.apps, "mood.mean")),
                "one at a time: " + parent.body() + " / " + child.body());
        assertTrue(shown(cell(parent, "team-tree:" + o.product, "mood.mean")) || shown(cell(child, "team:" + o.apps, "mood.mean")),
                "the guard hides what completes the pair, not both teams for good: " + parent.body() + " / " + child.body());

        // The organization minus the planted person's team: tenant (8) against Tiny (2) reveals nothing
        // either, because Tiny is below k and the tenant stays shown only as a whole.
        Api.Reply tenant = api.get(INSIGHTS + "/heatmap?segment=tenant&segment=team:" + o.tiny + "&metric=mood.mean&period=" + PERIOD,
                o.hr.token());
        assertEquals(200, tenant.status(), tenant::toString);
        assertFalse(shown(cell(tenant, "team:" + o.tiny, "mood.mean")), tenant::toString);
        // Filtering down to the planted person: Product without its sub-teams is that one person.
        Api.Reply alone = api.get(INSIGHTS + "/heatmap?segment=team:" + o.product + "&metric=mood.mean&metric=mood.bands&period=" + PERIOD,
                o.hr.token());
        assertEquals(200, alone.status(), alone::toString);
        for (String metric : List.of("mood.mean", "mood.bands")) {
            JsonObject c = cell(alone, "team:" + o.product, metric);
            assertEquals("hidden: fewer than k", c.getString("hidden"), c::toString);
            assertFalse(c.containsKey("value") || c.containsKey("buckets"), c::toString);
        }

        // Asking the same again and again returns the very same draw: averaging learns nothing new.
        String again = INSIGHTS + "/heatmap?segment=tenant&metric=mood.mean&period=" + PERIOD;
        String first = cell(api.get(again, o.hr.token()), "tenant", "mood.mean").toString();
        for (int i = 0; i < 5; i++) {
            assertEquals(first, cell(api.get(again, o.hr.token()), "tenant", "mood.mean").toString());
        }
        assertNoPersonIn(o, together.body() + parent.body() + child.body() + tenant.body() + alone.body());
    }

    @Test
    void csvAndXlsxSayExactlyWhatTheJsonSays() throws Exception {
        Org o = org();
        String query = INSIGHTS + "/heatmap?segment=team:" + o.apps + "&segment=team:" + o.tiny
                + "&metric=mood.mean&metric=mood.bands&metric=participation&period=" + PERIOD;
        Api.Reply json = api.get(query, o.hr.token());
        assertEquals(200, json.status(), json::toString);
        List<JsonObject> cells = json.json().getJsonArray("cells").getValuesAs(JsonObject.class);

        Api.Reply csv = api.exchange("GET", query, Map.of("Authorization", "Bearer " + o.hr.token(), "Accept", "text/csv"), null);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").contains("insights-heatmap.csv"), csv.header("Content-Disposition"));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body())).getRecords();
        assertEquals(List.of("segment", "segment_id", "metric", "period", "value", "distribution", "status"), rows.get(0).toList());
        for (int i = 0; i < cells.size(); i++) {
            JsonObject c = cells.get(i);
            CSVRecord row = rows.get(i + 1);
            assertEquals(c.getString("segment"), row.get(1));
            assertEquals(c.getString("metric"), row.get(2));
            assertEquals(shown(c) ? "shown" : c.getString("hidden"), row.get(6));
            assertEquals(c.containsKey("value") && !c.isNull("value") ? c.getJsonNumber("value").toString() : "", row.get(4),
                    "the same released value in " + c);
        }
        CSVRecord note = rows.get(rows.size() - 1);
        assertEquals("note", note.get(0));
        assertEquals(json.json().getString("noiseNote"), note.get(1));

        Api.Bytes xlsx = api.getBytes(query, o.hr.token(), XLSX);
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < cells.size(); i++) {
                JsonObject c = cells.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(c.getString("segment"), row.getCell(1).getStringCellValue());
                assertEquals(shown(c) ? "shown" : c.getString("hidden"), row.getCell(6).getStringCellValue());
                if (c.containsKey("value") && !c.isNull("value")) {
                    assertEquals(c.getJsonNumber("value").doubleValue(), row.getCell(4).getNumericCellValue(), 0.0);
                } else {
                    assertTrue(row.getCell(4) == null, "no value for a hidden cell");
                }
            }
        }
        assertNoPersonIn(o, csv.body());
    }

    @Test
    void everyOtherRoleAndTenantIsRefused() throws Exception {
        Org o = org();
        List<String> reads = List.of("/segments?period=" + PERIOD, "/heatmap?period=" + PERIOD,
                "/trend?segment=team:" + o.apps + "&metric=mood.mean&from=" + PERIOD + "&to=" + PERIOD,
                "/participation?segment=team:" + o.apps + "&from=" + PERIOD + "&to=" + PERIOD,
                "/comparison?segment=team:" + o.apps + "&period=" + PERIOD, "/drivers?period=" + PERIOD, "/alerts", "/privacy");
        for (String read : reads) {
            assertEquals(401, api.get(INSIGHTS + read, null).status(), read);
        }
        for (String role : List.of("employee", "it-admin", "finance")) {
            WellnessFixtures.Person p = WellnessFixtures.person(api, tenants, o.slug, role, role);
            for (String read : reads) {
                Api.Reply r = api.get(INSIGHTS + read, p.token());
                assertEquals(403, r.status(), role + " " + read + ": " + r);
                assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
            }
            assertEquals(403, api.send("PATCH", INSIGHTS + "/settings", p.token(), "{\"k\":10}", "application/json").status());
        }

        // A team lead who leads no team: nothing of the organization, no team, no settings.
        WellnessFixtures.Person lead = WellnessFixtures.person(api, tenants, o.slug, "lead", "team-lead");
        for (String read : List.of("/heatmap?segment=tenant&period=" + PERIOD, "/heatmap?segment=team:" + o.apps + "&period=" + PERIOD,
                "/comparison?segment=team:" + o.apps + "&period=" + PERIOD, "/drivers?period=" + PERIOD, "/alerts",
                "/trend?segment=team:" + o.apps + "&metric=mood.mean&from=" + PERIOD + "&to=" + PERIOD)) {
            assertEquals(403, api.get(INSIGHTS + read, lead.token()).status(), read);
        }
        assertEquals(403, api.send("PATCH", INSIGHTS + "/settings", lead.token(), "{\"k\":3}", "application/json").status());

        // Another organization's hr-admin naming this organization's team finds no such team in their own.
        String other = Tenants.uniqueSlug("insights-other");
        tenants.provision(other);
        WellnessFixtures.Person otherHr = WellnessFixtures.person(api, tenants, other, "hr", "hr-admin");
        Api.Reply foreign = api.get(INSIGHTS + "/heatmap?segment=team:" + o.apps + "&period=" + PERIOD, otherHr.token());
        assertEquals(404, foreign.status(), foreign::toString);
        Api.Reply own = api.get(INSIGHTS + "/heatmap?segment=tenant&metric=mood.mean&period=" + PERIOD, otherHr.token());
        assertEquals(200, own.status(), own::toString);
        assertEquals("hidden: fewer than k", cell(own, "tenant", "mood.mean").getString("hidden"), "the other tenant has no check-ins");
        assertNoPersonIn(o, foreign.body() + own.body());
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        Org o = org();
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        for (String bad : List.of("/heatmap?period=2026-13", "/heatmap?period=" + future, "/heatmap?period=" + PERIOD + "&metric=mood.median",
                "/heatmap?period=" + PERIOD + "&segment=team:not-a-uuid", "/heatmap", "/trend?segment=tenant&metric=mood.mean&from=2026-11&to=2026-W40",
                "/alerts?limit=0", "/privacy?month=November")) {
            Api.Reply r = api.get(INSIGHTS + bad, o.hr.token());
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
        }
        for (String body : List.of("{\"k\":2}", "{\"epsilon\":0}", "{\"timeZone\":\"Mars/Olympus\"}", "{\"k\":\"five\"}", "[]")) {
            Api.Reply r = api.send("PATCH", INSIGHTS + "/settings", o.hr.token(), body, "application/merge-patch+json");
            assertEquals(400, r.status(), body + ": " + r);
        }
        JsonObject privacy = api.get(INSIGHTS + "/privacy", o.hr.token()).json();
        assertEquals(5, privacy.getInt("k"));
        assertEquals("UTC", privacy.getString("timeZone"));
    }

    @Test
    void aTimeZoneChangeRecutsTheDaysOfEveryCheckIn() throws Exception {
        String slug = Tenants.uniqueSlug("insights-tz");
        tenants.provision(slug);
        WellnessFixtures.Person hr = WellnessFixtures.person(api, tenants, slug, "hr", "hr-admin");
        // 02:30 UTC on the 2nd is the evening of the 1st in New York.
        WellnessFixtures.checkIn(api, hr.token(), WellnessFixtures.mood(4, List.of("calm"), null, null,
                Instant.parse("2026-11-02T02:30:00Z"), "UTC"));
        String day = "SELECT count(*) FROM insights_person_period WHERE grain = 'day' AND period_start = DATE '%s'";
        awaitCount(slug, String.format(day, "2026-11-02"), 1, "the check-in on the 2nd (UTC)");

        Api.Reply changed = api.send("PATCH", INSIGHTS + "/settings", hr.token(), "{\"timeZone\":\"America/New_York\"}",
                "application/merge-patch+json");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("America/New_York", changed.json().getString("timeZone"));
        awaitCount(slug, String.format(day, "2026-11-01"), 1, "the check-in on the 1st (New York) after the rebuild", Duration.ofSeconds(90));
        awaitCount(slug, String.format(day, "2026-11-02"), 0, "nothing left on the 2nd", Duration.ofSeconds(10));
    }

    // ---- helpers

    private WellnessFixtures.Person member(String slug, WellnessFixtures.Person hr, String team, String prefix, int score, Instant at)
            throws Exception {
        WellnessFixtures.Person p = WellnessFixtures.person(api, tenants, slug, prefix, "employee");
        InsightsFixtures.join(api, hr, team, p);
        InsightsFixtures.checkIn(api, p, score, at);
        return p;
    }

    private static void assertNoPersonIn(Org o, String body) {
        for (WellnessFixtures.Person p : o.people) {
            assertFalse(body.contains(p.id), "a person id in " + body);
            assertFalse(body.contains(p.username), "a username in " + body);
        }
        assertFalse(body.contains("private:"), "a note in " + body);
    }

}
