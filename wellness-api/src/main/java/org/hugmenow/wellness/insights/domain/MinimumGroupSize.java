package org.hugmenow.wellness.insights.domain;

/**
 * Rule 1: a value is shown only when at least k people contributed to it. For participation the
 * contributors are the respondents; for a change, both periods need k.
 */
final class MinimumGroupSize implements SuppressionRule {

    private final PrivacyPolicy policy;

    MinimumGroupSize(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void apply(Assessment assessment) {
        for (AssessedCell cell : assessment.shown()) {
            if (tooFew(cell.current()) || cell.isChange() && tooFew(cell.previous())) {
                cell.hide(HiddenReason.FEWER_THAN_K);
            }
        }
    }

    private boolean tooFew(DigestedPopulation population) {
        return population.contributors().size() < policy.k();
    }
}
