package org.hugmenow.e2e;

import static org.hugmenow.e2e.InsightsFixtures.INSIGHTS;
import static org.hugmenow.e2e.InsightsFixtures.awaitCount;
import static org.hugmenow.e2e.InsightsFixtures.cell;
import static org.hugmenow.e2e.InsightsFixtures.checkIn;
import static org.hugmenow.e2e.InsightsFixtures.join;
import static org.hugmenow.e2e.InsightsFixtures.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The differencing attacks of the insights issue that {@link InsightsApiIT} does not make, through
 * the running app with realm tokens: each plants a distinctive score on one person and shows that no
 * two values the attacker can obtain, by any of the segments that differ by that person alone,
 * are both released (the mean of n+1 people times n+1 minus the mean of the other n times n is the
 * planted score), and that a week-over-week change that a joiner alone would make is hidden.
 *
 * <p>Everyone checks in for yesterday (or for the two weeks before this one), which dates their
 * membership back to that check-in. Department and manager come through SCIM (the enterprise
 * extension), put by SCIM as an identity provider does. SCIM carries no start date (only the HR connectors do),
 * so the tenure attack writes the start date into the directory as a connector would, then a team
 * membership makes insights project the person again.
 */
class InsightsAttacksIT extends DeployedAppIT {

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    private static final String DAY = YESTERDAY.toString();
    private static final LocalDate LAST_WEEK = LocalDate.now(ZoneOffset.UTC).minusWeeks(1);
    private static final LocalDate WEEK_BEFORE = LocalDate.now(ZoneOffset.UTC).minusWeeks(2);
    private static final String MEAN = "mood.mean";

    private static Org org;

    /**
     * Platform (team-tree): lead M (no check-in), D1..D5 report to M and feel 4, P reports to D1 and
     * feels 1 (the planted second-level report). Q is in department Eng with no team and feels 2.
     * Support: E1..E5 started in 2019 and feel 5, R started 30 days ago and feels 1. Weekly: V1..V5
     * check in the week before last (4) and last week (4); J joins last week only and feels 1.
     */
    record Org(String slug, WellnessFixtures.Person hr, WellnessFixtures.Person lead, String platform, String support, String weekly,
            String lineToken) {
    }

    private static String teamMembers(String team) {
        return "SELECT count(*) FROM insights_member WHERE valid_to IS NULL AND team_ids @> ARRAY['" + team + "'::uuid]";
    }

    private synchronized Org org() throws Exception {
        if (org != null) {
            return org;
        }
        String slug = Tenants.uniqueSlug("insights-attacks");
        tenants.provision(slug);
        WellnessFixtures.Person hr = WellnessFixtures.person(api, tenants, slug, "hr", "hr-admin");
        WellnessFixtures.Person it = WellnessFixtures.person(api, tenants, slug, "it", "it-admin");
        Api.Reply issued = api.post("/api/v1/admin/scim-tokens", it.token(), "{\"kind\":\"token\",\"label\":\"IdP\"}");
        assertEquals(201, issued.status(), issued::toString);
        Scim scim = Scim.bearer(api, issued.json().getString("token"));
        String platform = InsightsFixtures.team(api, hr, "Platform", null);
        String support = InsightsFixtures.team(api, hr, "Support", null);
        String weekly = InsightsFixtures.team(api, hr, "Weekly", null);
        Instant noon = YESTERDAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
        int dayCheckIns = 0;

        WellnessFixtures.Person lead = WellnessFixtures.person(api, tenants, slug, "lead", "team-lead");
        join(api, hr, platform, lead);
        enterprise(scim, lead, "Ops", null);
        List<WellnessFixtures.Person> directs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WellnessFixtures.Person d = WellnessFixtures.person(api, tenants, slug, "direct", "employee");
            join(api, hr, platform, d);
            enterprise(scim, d, "Eng", lead);
            directs.add(d);
        }
        WellnessFixtures.Person planted = WellnessFixtures.person(api, tenants, slug, "second", "employee");
        join(api, hr, platform, planted);
        enterprise(scim, planted, "Eng", directs.get(0));
        WellnessFixtures.Person loner = WellnessFixtures.person(api, tenants, slug, "loner", "employee");
        enterprise(scim, loner, "Eng", null);

        List<WellnessFixtures.Person> veterans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            WellnessFixtures.Person e = WellnessFixtures.person(api, tenants, slug, "veteran", "employee");
            startedOn(slug, scim, e, LocalDate.of(2019, 1, 7));
            join(api, hr, support, e);
            veterans.add(e);
        }
        WellnessFixtures.Person recruit = WellnessFixtures.person(api, tenants, slug, "recruit", "employee");
        startedOn(slug, scim, recruit, LocalDate.now(ZoneOffset.UTC).minusDays(30));
        join(api, hr, support, recruit);

        for (WellnessFixtures.Person d : directs) {
            checkIn(api, d, 4, noon);
        }
        checkIn(api, planted, 1, noon);
        checkIn(api, loner, 2, noon);
        for (WellnessFixtures.Person e : veterans) {
            checkIn(api, e, 5, noon);
        }
        checkIn(api, recruit, 1, noon);
        dayCheckIns += 5 + 1 + 1 + 5 + 1;

        Instant weekBefore = WEEK_BEFORE.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant lastWeek = LAST_WEEK.atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            WellnessFixtures.Person v = WellnessFixtures.person(api, tenants, slug, "weekly", "employee");
            join(api, hr, weekly, v);
            checkIn(api, v, 4, weekBefore);
            checkIn(api, v, 4, lastWeek);
        }
        WellnessFixtures.Person joiner = WellnessFixtures.person(api, tenants, slug, "joiner", "employee");
        join(api, hr, weekly, joiner);
        checkIn(api, joiner, 1, lastWeek);

        // Each team's memberships too: a team asked before its last member arrived is a different population.
        awaitCount(slug, teamMembers(platform), 7, "Platform's members in insights");
        awaitCount(slug, teamMembers(support), 6, "Support's members in insights");
        awaitCount(slug, teamMembers(weekly), 6, "Weekly's members in insights");
        awaitCount(slug, "SELECT count(*) FROM insights_member WHERE valid_to IS NULL AND department = 'Eng'", 7, "department Eng in insights");
        awaitCount(slug, "SELECT count(*) FROM insights_member WHERE valid_to IS NULL AND start_date IS NOT NULL", 6, "start dates in insights");
        awaitCount(slug, "SELECT count(*) FROM insights_member WHERE valid_to IS NULL AND manager_id IS NOT NULL", 6, "managers in insights");
        awaitCount(slug, "SELECT count(*) FROM insights_person_period WHERE grain = 'day' AND period_start = DATE '" + DAY + "'",
                dayCheckIns, "yesterday's check-ins in the rollups");
        awaitCount(slug, "SELECT count(*) FROM insights_person_period WHERE grain = 'week' AND period_start = DATE '"
                + monday(LAST_WEEK) + "'", 6, "last week's check-ins in the rollups");
        awaitCount(slug, "SELECT count(*) FROM insights_person_period WHERE grain = 'week' AND period_start = DATE '"
                + monday(WEEK_BEFORE) + "'", 5, "the week before's check-ins in the rollups");

        // The line token is opaque: the lead's own segments name it.
        Api.Reply segments = api.get(INSIGHTS + "/segments?period=" + DAY, lead.token());
        assertEquals(200, segments.status(), segments::toString);
        String token = Json.createReader(new java.io.StringReader(segments.body())).readArray().getValuesAs(JsonObject.class).stream().map(s -> s.getString("id"))
                .filter(id -> id.startsWith("line-all:")).map(id -> id.substring("line-all:".length())).findFirst()
                .orElseThrow(() -> new AssertionError("no reporting line among the lead's segments: " + segments.body()));
        assertFalse(segments.body().contains(lead.id), "the token is not the lead's id");
        org = new Org(slug, hr, lead, platform, support, weekly, token);
        return org;
    }

    @Test
    void directReportsAgainstTheWholeLineNeverRevealTheSecondLevelReport() throws Exception {
        Org o = org();
        String line = "line:" + o.lineToken;
        String lineAll = "line-all:" + o.lineToken;
        String tree = "team-tree:" + o.platform;
        String treeAndLine = tree + "&" + line;
        Attack attack = new Attack(o, DAY);
        attack.ask(o.hr, line, lineAll);
        attack.ask(o.hr, lineAll);
        attack.ask(o.hr, line);
        attack.ask(o.hr, tree, treeAndLine);
        attack.ask(o.hr, treeAndLine);
        attack.ask(o.hr, tree);
        attack.ask(o.lead, lineAll);
        attack.ask(o.lead, line);
        attack.ask(o.lead, treeAndLine);
        attack.ask(o.lead, tree);
        Map<String, Integer> sizes = Map.of(line, 5, lineAll, 6, tree, 6, treeAndLine, 5);
        attack.assertNoPairReveals(sizes, 1, List.of(List.of(lineAll, line), List.of(tree, treeAndLine), List.of(tree, line),
                List.of(lineAll, treeAndLine)));
    }

    @Test
    void aTenureBandPeelingOffTheRecruitNeverRevealsThem() throws Exception {
        Org o = org();
        String team = "team:" + o.support;
        String veterans = team + "&tenure:5y-plus";
        String recruits = team + "&tenure:under-1y";
        Attack attack = new Attack(o, DAY);
        attack.ask(o.hr, team, veterans, recruits);
        attack.ask(o.hr, veterans);
        attack.ask(o.hr, team);
        attack.ask(o.hr, "tenure:5y-plus", "tenure:under-1y");
        attack.ask(o.hr, "team-tree:" + o.support + "&tenure:5y-plus");
        // The recruit alone is fewer than k, whichever way it is asked.
        for (String alone : List.of(recruits, "tenure:under-1y")) {
            JsonObject c = attack.last(alone);
            assertFalse(shown(c), c::toString);
        }
        Map<String, Integer> sizes = Map.of(team, 6, veterans, 5, "tenure:5y-plus", 5, "team-tree:" + o.support + "&tenure:5y-plus", 5);
        attack.assertNoPairReveals(sizes, 1, List.of(List.of(team, veterans), List.of(team, "tenure:5y-plus"),
                List.of(team, "team-tree:" + o.support + "&tenure:5y-plus")));
    }

    @Test
    void aDepartmentMinusItsVisibleTeamsNeverRevealsThePersonWithoutATeam() throws Exception {
        Org o = org();
        String dept = "dept:Eng";
        String team = "team:" + o.platform;
        String tree = "team-tree:" + o.platform;
        String deptAndTree = dept + "&" + tree;
        Attack attack = new Attack(o, DAY);
        attack.ask(o.hr, dept, team, tree);
        attack.ask(o.hr, team);
        attack.ask(o.hr, dept);
        attack.ask(o.hr, dept, deptAndTree);
        attack.ask(o.hr, "line-all:" + o.lineToken);
        // Eng: D1..D5, P and Q (7); Platform: D1..D5 and P (6; its lead has no check-in). The difference is Q.
        Map<String, Integer> sizes = Map.of(dept, 7, team, 6, tree, 6, deptAndTree, 6, "line-all:" + o.lineToken, 6);
        attack.assertNoPairReveals(sizes, 2, List.of(List.of(dept, team), List.of(dept, tree), List.of(dept, deptAndTree),
                List.of(dept, "line-all:" + o.lineToken)));
    }

    @Test
    void aWeekOverWeekChangeThatOnlyAJoinerMakesIsHidden() throws Exception {
        Org o = org();
        String team = "team:" + o.weekly;
        String week = isoWeek(LAST_WEEK);
        Api.Reply r = api.get(INSIGHTS + "/heatmap?segment=" + team + "&metric=mood.change&metric=mood.mean&period=" + week, o.hr.token());
        assertEquals(200, r.status(), r::toString);
        JsonObject change = cell(r, team, "mood.change");
        assertFalse(shown(change), "the change from five to six people is mostly the joiner's score: " + change);
        assertFalse(change.containsKey("value") && !change.isNull("value"), change::toString);
        // Asked again, and as the team's trend over the two weeks, the change stays hidden.
        Api.Reply again = api.get(INSIGHTS + "/heatmap?segment=" + team + "&metric=mood.change&period=" + week, o.hr.token());
        assertFalse(shown(cell(again, team, "mood.change")), again::toString);
        Api.Reply trend = api.get(INSIGHTS + "/trend?segment=" + team + "&metric=mood.change&from=" + isoWeek(WEEK_BEFORE) + "&to=" + week,
                o.hr.token());
        assertEquals(200, trend.status(), trend::toString);
        for (JsonObject c : trend.json().getJsonArray("cells").getValuesAs(JsonObject.class)) {
            if (c.getString("period").equals(week)) {
                assertFalse(shown(c), "the trend's change for the joiner's week: " + c);
            }
        }
    }

    @Test
    void aTeamLeadAskingAboutATeamTheyDoNotLeadGetsNothing() throws Exception {
        Org o = org();
        Api.Reply own = api.get(INSIGHTS + "/heatmap?segment=team-tree:" + o.platform + "&metric=mood.mean&period=" + DAY, o.lead.token());
        assertEquals(200, own.status(), "their own team: " + own);
        for (String segment : List.of("team:" + o.support, "team-tree:" + o.support, "team:" + o.weekly, "dept:Eng", "tenant",
                "tenure:5y-plus", "team:" + o.support + "&tenure:5y-plus")) {
            for (String read : List.of("/heatmap?metric=mood.mean&period=" + DAY + "&segment=",
                    "/comparison?period=" + DAY + "&segment=",
                    "/trend?metric=mood.mean&from=" + DAY + "&to=" + DAY + "&segment=")) {
                Api.Reply r = api.get(INSIGHTS + read + Scim.encode(segment), o.lead.token());
                assertEquals(403, r.status(), read + segment + ": " + r);
                assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
                assertFalse(r.body().contains("\"value\""), r::toString);
            }
        }
        // Their own team together with one they do not lead is refused whole, not answered in part.
        Api.Reply mixed = api.get(INSIGHTS + "/heatmap?segment=team-tree:" + o.platform + "&segment=team:" + o.support
                + "&metric=mood.mean&period=" + DAY, o.lead.token());
        assertEquals(403, mixed.status(), mixed::toString);
        Api.Reply options = api.get(INSIGHTS + "/segments?period=" + DAY, o.lead.token());
        assertFalse(options.body().contains(o.support) || options.body().contains(o.weekly) || options.body().contains("dept:"),
                options::toString);
    }

    // ---- the attacker's notebook

    /** Every mood mean an attacker has been shown, per segment, across requests and viewers. */
    private final class Attack {
        private final Org o;
        private final String period;
        private final Map<String, List<JsonObject>> seen = new LinkedHashMap<>();

        Attack(Org o, String period) {
            this.o = o;
            this.period = period;
        }

        void ask(WellnessFixtures.Person viewer, String... segments) {
            askIn(viewer, period, segments);
        }

        void askIn(WellnessFixtures.Person viewer, String in, String... segments) {
            StringBuilder q = new StringBuilder(INSIGHTS + "/heatmap?metric=" + MEAN + "&period=" + in);
            for (String s : segments) {
                q.append("&segment=").append(Scim.encode(s));
            }
            Api.Reply r = api.get(q.toString(), viewer.token());
            assertEquals(200, r.status(), () -> q + ": " + r);
            assertFalse(r.body().contains("private:"), r::toString);
            for (JsonObject c : r.json().getJsonArray("cells").getValuesAs(JsonObject.class)) {
                seen.computeIfAbsent(in + " " + c.getString("segment"), k -> new ArrayList<>()).add(c);
            }
        }

        JsonObject last(String segment) {
            return lastIn(period, segment);
        }

        JsonObject lastIn(String in, String segment) {
            List<JsonObject> cells = seen.getOrDefault(in + " " + canonical(segment), List.of());
            assertFalse(cells.isEmpty(), "never asked " + segment + " in " + in + ": " + seen.keySet());
            return cells.get(cells.size() - 1);
        }

        /**
         * For each pair (n+1 people, the same n without the planted person), no value of the first and
         * value of the second both came out: n+1 × one − n × the other would be the planted score.
         */
        void assertNoPairReveals(Map<String, Integer> sizes, int planted, List<List<String>> pairs) {
            for (List<String> pair : pairs) {
                List<Double> bigger = values(pair.get(0));
                List<Double> smaller = values(pair.get(1));
                for (double b : bigger) {
                    for (double s : smaller) {
                        double implied = sizes.get(pair.get(0)) * b - sizes.get(pair.get(1)) * s;
                        throw new AssertionError(pair + " both released (" + b + ", " + s + "): the difference implies " + implied
                                + ", planted " + planted + "; seen " + seen);
                    }
                }
            }
        }

        private List<Double> values(String segment) {
            List<Double> values = new ArrayList<>();
            for (JsonObject c : seen.getOrDefault(period + " " + canonical(segment), List.of())) {
                if (shown(c) && c.containsKey("value") && !c.isNull("value")) {
                    values.add(c.getJsonNumber("value").doubleValue());
                }
            }
            return values;
        }

        /** The segment id as the API names it in cells (it may order an intersection's parts). */
        private String canonical(String segment) {
            for (String key : seen.keySet()) {
                String id = key.substring(key.indexOf(' ') + 1);
                if (id.equals(segment) || sameParts(id, segment)) {
                    return id;
                }
            }
            return segment;
        }

        private boolean sameParts(String a, String b) {
            return new java.util.HashSet<>(List.of(a.split("&"))).equals(new java.util.HashSet<>(List.of(b.split("&"))));
        }
    }

    // ---- setup helpers

    /**
     * Department and manager as an identity provider sends them: the user as SCIM has it, with the
     * enterprise extension set, put back whole (a person who first signed in has no extension yet).
     */
    private static void enterprise(Scim scim, WellnessFixtures.Person p, String department, WellnessFixtures.Person manager) {
        Api.Reply current = scim.get("/Users/" + p.id);
        assertEquals(200, current.status(), current::toString);
        JsonObjectBuilder ext = Json.createObjectBuilder().add("department", department);
        if (manager != null) {
            ext.add("manager", Json.createObjectBuilder().add("value", manager.id));
        }
        JsonObjectBuilder user = Json.createObjectBuilder();
        current.json().forEach((k, v) -> {
            if (!k.equals("meta") && !k.equals("schemas") && !k.equals(Scim.ENTERPRISE)) {
                user.add(k, v);
            }
        });
        user.add("schemas", Json.createArrayBuilder().add(Scim.USER_SCHEMA).add(Scim.ENTERPRISE)).add(Scim.ENTERPRISE, ext);
        JsonObject body = user.build();
        Api.Reply r = scim.put("/Users/" + p.id, body, null);
        assertEquals(200, r.status(), () -> "SCIM PUT " + body + ": " + r);
    }

    /**
     * A start date written into the directory as an HR connector writes it (SCIM carries none); the
     * team membership that follows makes insights project the person again, start date included.
     */
    private static void startedOn(String slug, Scim scim, WellnessFixtures.Person p, LocalDate start) {
        enterprise(scim, p, "Care", null);
        InsightsFixtures.execute(slug, "UPDATE person SET start_date = DATE '" + start + "' WHERE id = '" + p.id + "'");
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1);
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
