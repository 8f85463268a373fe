package org.hugmenow.console.insights.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the insights page is asked for, from its (bookmarkable) query parameters: a closed month or
 * quarter, a lens (a set of metrics) and the segment of the trend. Unknown values fall back to
 * defaults; the engine checks everything again.
 */
public final class InsightsForm {

    static final int TREND_PERIODS = 12;
    static final Map<String, List<String>> LENSES = Map.of(
            "mood", List.of("mood.mean", "mood.change", "participation", "mood.bands"),
            "factors", List.of("factor.sleepHours", "factor.exerciseMinutes", "mood.mean"),
            "hugs", List.of("hugs.within", "hugs.sent-across", "hugs.received-across"),
            "emotions", List.of("emotions.quadrants", "mood.mean"));
    static final List<String> LENS_ORDER = List.of("mood", "factors", "hugs", "emotions");

    private final LocalDate today;
    private String period;
    private String lens = "mood";
    private String segment = "tenant";
    private String metric = "mood.mean";

    public InsightsForm(LocalDate today) {
        this.today = today;
        this.period = YearMonth.from(today).minusMonths(1).toString();
    }

    static InsightsForm now() {
        return new InsightsForm(LocalDate.now(ZoneOffset.UTC));
    }

    /** The last twelve closed months and the last four closed quarters, newest first. */
    public List<String> getPeriods() {
        List<String> periods = new ArrayList<>();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        for (int i = 0; i < 12; i++) {
            periods.add(month.minusMonths(i).toString());
        }
        YearMonth quarterStart = YearMonth.from(today).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        for (int i = 0; i < 4; i++) {
            YearMonth q = quarterStart.minusMonths(3L * i);
            periods.add(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1));
        }
        return periods;
    }

    /** The {@value #TREND_PERIODS} periods of the same kind that end with the chosen one. */
    String trendFrom() {
        if (period.contains("-Q")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = Integer.parseInt(period.substring(6));
            int index = year * 4 + quarter - 1 - (TREND_PERIODS - 1);
            return (index / 4) + "-Q" + (index % 4 + 1);
        }
        return YearMonth.parse(period).minusMonths(TREND_PERIODS - 1).toString();
    }

    List<String> metrics() {
        return LENSES.get(lens);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        if (period != null && getPeriods().contains(period)) {
            this.period = period;
        }
    }

    public String getLens() {
        return lens;
    }

    public void setLens(String lens) {
        if (lens != null && LENSES.containsKey(lens)) {
            this.lens = lens;
        }
    }

    public List<String> getLenses() {
        return LENS_ORDER;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = Objects.requireNonNullElse(segment, "tenant").isBlank() ? "tenant" : segment.strip();
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        if (metric != null && LENSES.values().stream().anyMatch(m -> m.contains(metric))) {
            this.metric = metric;
        }
    }
}
