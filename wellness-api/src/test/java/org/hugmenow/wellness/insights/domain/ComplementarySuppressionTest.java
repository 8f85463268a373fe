package org.hugmenow.wellness.insights.domain;

import static org.hugmenow.wellness.insights.domain.InsightsFixtures.POLICY;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.assess;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.cell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.moodCell;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.people;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.segment;
import static org.hugmenow.wellness.insights.domain.InsightsFixtures.union;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {

    private static Relation relation(String parent, String... children) {
        return new Relation(segment(parent), Arrays.stream(children).map(InsightsFixtures::segment).toList());
    }

    private static void suppress(Assessment a, Relation... relations) {
        new ComplementarySuppression(POLICY, List.of(relations)).apply(a);
    }

    @Test
    void aHiddenChildTakesTheSmallestShownSiblingWithIt() {
        Set<String> a = people("a", 6);
        Set<String> b = people("b", 8);
        Set<String> c = people("c", 3);
        Assessment assessment = assess(moodCell("dept", union(a, b, c)), moodCell("A", a), moodCell("B", b), moodCell("C", c));
        cell(assessment, "C").hide(HiddenReason.FEWER_THAN_K);
        suppress(assessment, relation("dept", "A", "B", "C"));
        assertTrue(cell(assessment, "dept").isShown());
        assertEquals(HiddenReason.COMPLEMENTARY, cell(assessment, "A").hiddenReason(), "dept − B now covers 9 people in 2 cells");
        assertTrue(cell(assessment, "B").isShown());
    }

    @Test
    void peopleInNoChildAreAnImplicitRest() {
        Set<String> a = people("a", 6);
        Assessment assessment = assess(moodCell("dept", union(a, Set.of("director"))), moodCell("A", a));
        suppress(assessment, relation("dept", "A"));
        assertEquals(HiddenReason.COMPLEMENTARY, cell(assessment, "A").hiddenReason(), "dept − A would be the director alone");
        assertTrue(cell(assessment, "dept").isShown());
    }

    @Test
    void aRestOfKPeopleNeedsNoHiding() {
        Set<String> a = people("a", 6);
        Set<String> b = people("b", 6);
        Assessment assessment = assess(moodCell("dept", union(a, b, people("r", 5))), moodCell("A", a), moodCell("B", b));
        suppress(assessment, relation("dept", "A", "B"));
        assertTrue(assessment.cells().stream().allMatch(AssessedCell::isShown));
    }

    @Test
    void aSingleHiddenChildOfKPeopleIsStillOneCellSoTheParentGoes() {
        Set<String> a = people("a", 6);
        Assessment assessment = assess(moodCell("dept", a), moodCell("A", a));
        cell(assessment, "A").hide(HiddenReason.AUDIT);
        suppress(assessment, relation("dept", "A"));
        assertEquals(HiddenReason.COMPLEMENTARY, cell(assessment, "dept").hiddenReason());
    }

    @Test
    void hidingCascadesUpTheTree() {
        Set<String> a = people("a", 6);
        Set<String> d2 = people("e", 8);
        Assessment assessment = assess(moodCell("tenant", union(a, d2)), moodCell("D1", a), moodCell("D2", d2), moodCell("A", a));
        cell(assessment, "A").hide(HiddenReason.OVERLAP);
        suppress(assessment, relation("tenant", "D1", "D2"), relation("D1", "A"));
        assertEquals(HiddenReason.COMPLEMENTARY, cell(assessment, "D1").hiddenReason(), "D1 equals its one hidden child");
        assertEquals(HiddenReason.COMPLEMENTARY, cell(assessment, "D2").hiddenReason(), "else tenant − D2 = D1");
        assertTrue(cell(assessment, "tenant").isShown());
    }

    @Test
    void aCrossTabIsProtectedInItsRowsAndItsColumns() {
        String[] cells = {"sales-berlin", "sales-paris", "sales-london", "ops-berlin", "ops-paris", "ops-london"};
        int[] sizes = {6, 3, 7, 9, 8, 10};
        Cell[] asked = new Cell[cells.length];
        for (int i = 0; i < cells.length; i++) {
            asked[i] = moodCell(cells[i], people(cells[i] + "-", sizes[i]));
        }
        Assessment assessment = assess(asked);
        cell(assessment, "sales-paris").hide(HiddenReason.FEWER_THAN_K);
        suppress(assessment,
                relation("sales", "sales-berlin", "sales-paris", "sales-london"),
                relation("ops", "ops-berlin", "ops-paris", "ops-london"),
                relation("berlin", "sales-berlin", "ops-berlin"),
                relation("paris", "sales-paris", "ops-paris"),
                relation("london", "sales-london", "ops-london"));
        // The margins are not in this response, so the cells themselves are the parents' parts: nothing to
        // subtract from, nothing hidden besides the small cell.
        assertEquals(5, assessment.shown().size());

        Cell[] withMargins = Arrays.copyOf(asked, asked.length + 5);
        withMargins[6] = moodCell("sales", union(people("sales-berlin-", 6), people("sales-paris-", 3), people("sales-london-", 7)));
        withMargins[7] = moodCell("ops", union(people("ops-berlin-", 9), people("ops-paris-", 8), people("ops-london-", 10)));
        withMargins[8] = moodCell("berlin", union(people("sales-berlin-", 6), people("ops-berlin-", 9)));
        withMargins[9] = moodCell("paris", union(people("sales-paris-", 3), people("ops-paris-", 8)));
        withMargins[10] = moodCell("london", union(people("sales-london-", 7), people("ops-london-", 10)));
        Assessment margins = assess(withMargins);
        cell(margins, "sales-paris").hide(HiddenReason.FEWER_THAN_K);
        suppress(margins,
                relation("sales", "sales-berlin", "sales-paris", "sales-london"),
                relation("ops", "ops-berlin", "ops-paris", "ops-london"),
                relation("berlin", "sales-berlin", "ops-berlin"),
                relation("paris", "sales-paris", "ops-paris"),
                relation("london", "sales-london", "ops-london"));
        assertEquals(HiddenReason.COMPLEMENTARY, cell(margins, "sales-berlin").hiddenReason(), "smallest sibling in the row");
        assertEquals(HiddenReason.COMPLEMENTARY, cell(margins, "ops-paris").hiddenReason(), "the column of the small cell");
        assertEquals(HiddenReason.COMPLEMENTARY, cell(margins, "ops-berlin").hiddenReason(), "the column of the sibling");
        assertTrue(cell(margins, "sales-london").isShown());
        assertTrue(cell(margins, "ops-london").isShown());
        for (String margin : List.of("sales", "ops", "berlin", "paris", "london")) {
            assertTrue(cell(margins, margin).isShown(), margin);
        }
    }

    @Test
    void aFullyShownTreeIsLeftAlone() {
        Set<String> a = people("a", 6);
        Set<String> b = people("b", 6);
        Assessment assessment = assess(moodCell("dept", union(a, b)), moodCell("A", a), moodCell("B", b));
        suppress(assessment, relation("dept", "A", "B"));
        assertTrue(assessment.cells().stream().allMatch(AssessedCell::isShown));
    }
}
