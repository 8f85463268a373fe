package org.hugmenow.wellness.insights.domain;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A small organization for segment, scope and cell tests. Engineering (boss) has Platform (led by
 * lena, who manages p1 and p2; p1 manages p3 in Infra, a sub-team of Platform) and Apps (x, who
 * reports to boss). Departments: Tech (everyone but the Sales people), Sales (s1..s3 in Berlin).
 */
final class OrgFixtures {

    static final byte[] SECRET = "org-fixtures-secret-32-bytes!!!!".getBytes(StandardCharsets.UTF_8);
    static final UUID ENGINEERING = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    static final UUID PLATFORM = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID INFRA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID APPS = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    static final TeamTree TEAMS = new TeamTree(List.of(
            new TeamTree.Team(ENGINEERING, null, "Engineering"),
            new TeamTree.Team(PLATFORM, ENGINEERING, "Platform"),
            new TeamTree.Team(INFRA, PLATFORM, "Infra"),
            new TeamTree.Team(APPS, ENGINEERING, "Apps")));

    private OrgFixtures() {
    }

    static List<PeriodMember> members() {
        List<PeriodMember> all = new ArrayList<>();
        all.add(member("boss", Set.of(ENGINEERING), "Tech", "Berlin", null, LocalDate.of(2015, 1, 1)));
        all.add(member("lena", Set.of(PLATFORM), "Tech", "Berlin", "boss", LocalDate.of(2020, 3, 1)));
        all.add(member("p1", Set.of(PLATFORM), "Tech", "Hamburg", "lena", LocalDate.of(2025, 6, 1)));
        all.add(member("p2", Set.of(PLATFORM), "Tech", "Berlin", "lena", LocalDate.of(2024, 1, 1)));
        all.add(member("p3", Set.of(INFRA), "Tech", "Hamburg", "p1", null));
        all.add(member("x", Set.of(APPS), "Tech", "Berlin", "boss", LocalDate.of(2023, 1, 1)));
        for (int i = 1; i <= 3; i++) {
            all.add(member("s" + i, Set.of(), "Sales", "Berlin", "boss", LocalDate.of(2022, 1, 1)));
        }
        return all;
    }

    static PeriodMember member(String id, Set<UUID> teams, String dept, String loc, String manager, LocalDate start) {
        return new PeriodMember(id, teams, dept, loc, manager, start);
    }

    static LineTokens lines() {
        return new LineTokens(SECRET, List.of("boss", "lena", "p1"));
    }

    static SegmentMembers segmentMembers() {
        return new SegmentMembers(members(), TEAMS, lines(), NOV_30);
    }
}
