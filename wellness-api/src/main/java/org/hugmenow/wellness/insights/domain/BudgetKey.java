package org.hugmenow.wellness.insights.domain;

import java.time.YearMonth;

/** The unit of the ε budget: one metric family, one calendar month of data. */
public record BudgetKey(MetricFamily family, YearMonth month) {
}
