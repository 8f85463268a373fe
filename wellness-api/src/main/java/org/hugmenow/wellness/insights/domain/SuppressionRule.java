package org.hugmenow.wellness.insights.domain;

/** One anonymity rule: hides cells of an assessment (never shows one again). */
interface SuppressionRule {

    void apply(Assessment assessment);
}
