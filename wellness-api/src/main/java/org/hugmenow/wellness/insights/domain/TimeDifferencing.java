package org.hugmenow.wellness.insights.domain;

/**
 * Rule 5: a change between two periods is hidden when the segment's membership changed by 1..k−1
 * people between them, since the delta would then be mostly the joiners' or leavers' values.
 */
final class TimeDifferencing implements SuppressionRule {

    private final PrivacyPolicy policy;

    TimeDifferencing(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void apply(Assessment assessment) {
        for (AssessedCell cell : assessment.shown()) {
            if (cell.isChange() && policy.revealsFewerThanK(
                    cell.current().members().symmetricDifferenceSize(cell.previous().members()))) {
                cell.hide(HiddenReason.TIME_DIFFERENCE);
            }
        }
    }
}
