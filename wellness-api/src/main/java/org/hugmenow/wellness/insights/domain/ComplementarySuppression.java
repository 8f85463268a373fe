package org.hugmenow.wellness.insights.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule 2: where a parent is shown, parent − shown children must not reveal a hidden cell. The people
 * it exposes (the parent's contributors in no shown child) must number at least k; and if that group
 * holds a hidden child, it must hold at least two cells (hidden children, plus the implicit rest:
 * the parent's contributors in no child that has a cell). Otherwise the smallest shown sibling is
 * hidden too, or the parent when no sibling is left. Hiding cascades (a hidden parent is a hidden child
 * one level up, a hidden cross-tab cell is hidden in its row and its column), so the rule repeats
 * over every relation until nothing changes; it ends because each round hides a cell.
 *
 * <p>A rest without hidden children is accepted once it holds k people: it was never a cell, and
 * revealing an aggregate of k people is what a shown cell does anyway.
 */
final class ComplementarySuppression implements SuppressionRule {

    private final PrivacyPolicy policy;
    private final List<Relation> relations;

    ComplementarySuppression(PrivacyPolicy policy, List<Relation> relations) {
        this.policy = policy;
        this.relations = relations;
    }

    @Override
    public void apply(Assessment assessment) {
        Map<MetricPeriod, Map<SegmentId, AssessedCell>> groups = assessment.byMetricPeriod();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map<SegmentId, AssessedCell> group : groups.values()) {
                for (Relation relation : relations) {
                    changed |= protect(group, relation);
                }
            }
        }
    }

    /** Hides one more cell if the relation exposes a hidden cell; returns whether it did. */
    private boolean protect(Map<SegmentId, AssessedCell> group, Relation relation) {
        AssessedCell parent = group.get(relation.parent());
        if (parent == null || !parent.isShown()) {
            return false;
        }
        List<AssessedCell> children = relation.children().stream().map(group::get).filter(Objects::nonNull).toList();
        List<AssessedCell> shown = children.stream().filter(AssessedCell::isShown).toList();
        long hiddenChildren = children.size() - shown.size();
        PopulationDigest parentPeople = parent.current().contributors();
        PopulationDigest exposed = parentPeople.minus(contributorsOf(shown));
        if (exposed.isEmpty()) {
            return false;
        }
        int rest = parentPeople.minus(contributorsOf(children)).isEmpty() ? 0 : 1;
        boolean protectedEnough = exposed.size() >= policy.k() && (hiddenChildren == 0 || hiddenChildren + rest >= 2);
        if (protectedEnough) {
            return false;
        }
        shown.stream().min(AssessedCell.SMALLEST_FIRST).orElse(parent).hide(HiddenReason.COMPLEMENTARY);
        return true;
    }

    private static PopulationDigest contributorsOf(List<AssessedCell> cells) {
        return PopulationDigest.union(cells.stream().map(c -> c.current().contributors()).toList());
    }
}
