package org.hugmenow.console.insights.view;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hugmenow.wellness.insights.application.InsightCell;

/**
 * How one released cell reads on the page: its value for the metric's kind, or the reason it is
 * hidden; and a background from a red-to-green scale (light tints only, so dark text keeps a 7:1
 * contrast). Hidden cells get a hatched grey instead of a colour.
 */
final class CellText {

    private CellText() {
    }

    static String text(InsightCell cell, Locale locale) {
        if (!cell.isShown()) {
            return cell.hidden();
        }
        if (cell.buckets() != null && !cell.buckets().isEmpty()) {
            return buckets(cell.buckets());
        }
        if (cell.value() == null) {
            return "–";
        }
        double v = cell.value();
        if (cell.metric().equals("participation")) {
            return String.format(locale, "%.0f %%", v * 100);
        }
        if (cell.metric().equals("mood.change")) {
            return String.format(locale, "%+.2f", v);
        }
        if (cell.metric().startsWith("hugs.")) {
            return String.format(locale, "%.0f", v);
        }
        return String.format(locale, "%.2f", v);
    }

    /** A CSS class: one of ten steps of the scale, or hidden. */
    static String shade(InsightCell cell) {
        if (!cell.isShown()) {
            return "hm-cell-hidden";
        }
        if (cell.value() == null) {
            return "hm-cell-plain";
        }
        double v = cell.value();
        double position = switch (cell.metric()) {
            case "mood.mean" -> (v - 1) / 4;
            case "participation" -> v;
            case "mood.change" -> (v + 1) / 2;
            default -> -1;
        };
        if (position < 0) {
            return "hm-cell-plain";
        }
        int step = (int) Math.round(Math.max(0, Math.min(1, position)) * 9);
        return "hm-cell-" + step;
    }

    private static String buckets(Map<String, Long> buckets) {
        return buckets.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
