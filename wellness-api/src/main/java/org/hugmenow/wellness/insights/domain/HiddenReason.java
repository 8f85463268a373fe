package org.hugmenow.wellness.insights.domain;

/** Why a cell carries no value. The labels are what the API, the console and the exports show. */
public enum HiddenReason {
    FEWER_THAN_K("hidden: fewer than k"),
    TIME_DIFFERENCE("hidden: membership changed by fewer than k"),
    OVERLAP("hidden: overlaps another segment"),
    AUDIT("hidden: differs too little from what was shown before"),
    COMPLEMENTARY("hidden: would reveal a hidden cell"),
    BUDGET_EXHAUSTED("hidden: privacy budget spent");

    private final String label;

    HiddenReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
