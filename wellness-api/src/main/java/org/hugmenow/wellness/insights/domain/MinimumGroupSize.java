package org.hugmenow.wellness.insights.domain;

/**
 * Rule 1: a value is shown only when at least k people contributed to every quantity it is read
 * from. For participation the contributors are the respondents; a change needs k in both periods.
 */
final class MinimumGroupSize implements SuppressionRule {

    private final PrivacyPolicy policy;

    MinimumGroupSize(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void apply(Assessment assessment) {
        for (AssessedCell cell : assessment.shown()) {
            if (cell.quantities().stream().anyMatch(q -> q.population().contributors().size() < policy.k())) {
                cell.hide(HiddenReason.FEWER_THAN_K);
            }
        }
    }
}
