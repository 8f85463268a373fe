package org.hugmenow.hr.sync.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {

    private static HrEmployee person(String id, String email, String manager, String department, List<String> teams) {
        return new HrEmployee(id, email, "F" + id, "L" + id, true, manager, department, "CC-1", "Berlin", LocalDate.of(2024, 1, 1), teams);
    }

    private static List<HrEmployee> staff(int n) {
        List<HrEmployee> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(person("E" + i, "p" + i + "@acme.example", i == 1 ? null : "E1", "Eng", List.of("Platform")));
        }
        return all;
    }

    @Test
    void nothingChangedPlansNothing() {
        SyncPlan plan = SyncPlanner.plan(staff(100), staff(100), true, Map.of(), "bamboohr");
        assertTrue(plan.changes().isEmpty());
        assertFalse(plan.needsConfirmation(0.10));
    }

    @Test
    void createsUpdatesMovesManagerChangesAndDeactivationsAreTold() {
        List<HrEmployee> before = staff(10);
        List<HrEmployee> now = new ArrayList<>(staff(10));
        now.set(2, person("E3", "p3@acme.example", "E2", "Eng", List.of("Platform")));            // new manager
        now.set(3, person("E4", "p4@acme.example", "E1", "Eng", List.of("Mobile")));              // moved team
        now.set(4, person("E5", "p5@acme.example", "E1", "Sales", List.of("Platform")));          // department
        now.remove(9);                                                                              // E10 gone
        now.add(person("E11", "p11@acme.example", "E1", "Eng", List.of("Platform")));             // new hire
        SyncPlan plan = SyncPlanner.plan(before, now, true, Map.of(), "bamboohr");

        assertEquals(1, plan.count(Change.Create.class));
        assertEquals(3, plan.count(Change.Update.class));
        assertEquals(1, plan.moves());
        assertEquals(1, plan.managerChanges());
        assertEquals(1, plan.count(Change.Deactivate.class));
        Change.Update department = (Change.Update) plan.changes().stream()
                .filter(c -> c.externalId().equals("E5")).findFirst().orElseThrow();
        assertArrayEquals(new Object[] {"Eng", "Sales"}, department.changes().get(Attribute.DEPARTMENT));
    }

    @Test
    void anIncrementalRunNeverDeactivatesByAbsence() {
        SyncPlan plan = SyncPlanner.plan(staff(10), staff(3), false, Map.of(), "bamboohr");
        assertEquals(0, plan.count(Change.Deactivate.class));
    }

    @Test
    void theBrakeHoldsMassDeactivationsAndRekeys() {
        SyncPlan lose11 = SyncPlanner.plan(staff(100), staff(89), true, Map.of(), "bamboohr");
        assertEquals(11, lose11.count(Change.Deactivate.class));
        assertTrue(lose11.needsConfirmation(0.10), "11 % > 10 %");
        assertFalse(SyncPlanner.plan(staff(100), staff(90), true, Map.of(), "bamboohr").needsConfirmation(0.10), "10 % is allowed");

        List<HrEmployee> rekeyed = new ArrayList<>(staff(100));
        rekeyed.set(5, person("X6", "p6@acme.example", "E1", "Eng", List.of("Platform")));
        SyncPlan plan = SyncPlanner.plan(staff(100), rekeyed, true, Map.of(), "bamboohr");
        Change.Rekey rekey = assertInstanceOf(Change.Rekey.class, plan.changes().get(0));
        assertEquals("E6", rekey.oldExternalId());
        assertEquals(0, plan.count(Change.Deactivate.class), "the old key is not treated as a departure");
        assertTrue(plan.needsConfirmation(0.10));
    }

    @Test
    void attributesOwnedByAnotherSourceAreConflictsNotChanges() {
        List<HrEmployee> now = new ArrayList<>(staff(3));
        now.set(1, person("E2", "new@acme.example", "E1", "Sales", List.of("Platform")));
        SyncPlan plan = SyncPlanner.plan(staff(3), now, true, Map.of(Attribute.EMAIL, "scim"), "bamboohr");
        Change.Update update = (Change.Update) plan.changes().get(0);
        assertEquals(List.of(Attribute.DEPARTMENT), List.copyOf(update.changes().keySet()));
        assertEquals(1, plan.conflicts().size());
        assertEquals("scim", plan.conflicts().get(0).owner());
        assertEquals("new@acme.example", plan.conflicts().get(0).proposed());
    }
}
