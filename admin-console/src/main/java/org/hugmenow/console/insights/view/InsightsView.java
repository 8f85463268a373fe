package org.hugmenow.console.insights.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hugmenow.console.shared.Messages;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.insights.application.DriverRow;
import org.hugmenow.wellness.insights.application.DriversView;
import org.hugmenow.wellness.insights.application.InsightCell;
import org.hugmenow.wellness.insights.application.InsightsQueries;
import org.hugmenow.wellness.insights.application.InsightsTable;
import org.hugmenow.wellness.insights.application.SegmentOption;
import org.hugmenow.wellness.insights.domain.Viewer;

/**
 * The insights page for hr-admins and team leads: a heatmap of the viewer's segments for one
 * closed period, a trend of one segment, its comparison with the organization and the drivers (the
 * last two for hr-admins). Everything comes from {@link InsightsQueries}, which applies the
 * anonymity engine and the viewer's scope; this class only lays the answers out.
 */
@Named("insights")
@RequestScoped
public class InsightsView {

    @Inject InsightsQueries queries;
    @Inject SignedInUser user;

    private final InsightsForm form = InsightsForm.now();
    private final Map<String, Object> answers = new LinkedHashMap<>();

    /** A heatmap row: one segment, one shown-or-hidden cell per metric. */
    public record Row(String segment, String label, List<Cell> cells) {
    }

    public record Cell(String text, String shade, boolean shown) {
    }

    /** A trend point with its period and the page's text for it. */
    public record Point(String period, String text, boolean shown) {
    }

    public record Driver(String factor, String high, String low, String highPeople, String lowPeople, String difference) {
    }

    public InsightsForm getForm() {
        return form;
    }

    public boolean isHrAdmin() {
        return user.has(Roles.HR_ADMIN);
    }

    public List<SegmentOption> getSegments() {
        return answer("segments", () -> queries.segments(user.slug(), viewer(), form.getPeriod())).orElse(List.of());
    }

    public List<String> getColumns() {
        return form.metrics();
    }

    public List<Row> getHeatmap() {
        return rows(heatmap());
    }

    public String getNoiseNote() {
        return heatmap().map(InsightsTable::noiseNote).orElse("");
    }

    public List<Point> getTrend() {
        return trend().map(t -> t.cells().stream().map(c -> new Point(c.period(), CellText.text(c, locale()), c.isShown())).toList())
                .orElse(List.of());
    }

    /** The trend as a chart.js line chart; hidden periods are gaps, never zeros. */
    public String getTrendChart() {
        Optional<InsightsTable> table = trend();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (InsightCell c : table.map(InsightsTable::cells).orElse(List.of())) {
            labels.add(c.period());
            if (c.isShown() && c.value() != null) {
                values.add(c.value());
            } else {
                values.addNull();
            }
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text("metric." + form.getMetric())).add("data", values)
                                .add("borderColor", "#0d47a1").add("backgroundColor", "#0d47a1").add("spanGaps", false))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false))
                .build().toString();
    }

    public List<Row> getComparison() {
        if (!isHrAdmin() || "tenant".equals(form.getSegment())) {
            return List.of();
        }
        return rows(answer("comparison", () -> queries.comparison(user.slug(), viewer(), form.getSegment(), form.metrics(),
                form.getPeriod())));
    }

    public List<Driver> getDrivers() {
        if (!isHrAdmin()) {
            return List.of();
        }
        Optional<DriversView> view = answer("drivers", () -> queries.drivers(user.slug(), viewer(), form.getPeriod()));
        return view.map(v -> v.rows().stream().map(this::driver).toList()).orElse(List.of());
    }

    /** The export of the heatmap as shown, in {@code format} (csv or xlsx). */
    public String exportLink(String format) {
        return "export.xhtml?view=heatmap&format=" + format + "&period=" + encode(form.getPeriod()) + "&lens=" + encode(form.getLens());
    }

    /** One row per segment, in the order answered, with its cells in metric order. */
    private static List<Row> rows(Optional<InsightsTable> table) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (InsightCell cell : table.map(InsightsTable::cells).orElse(List.of())) {
            rows.computeIfAbsent(cell.segment(), s -> new Row(s, cell.segmentLabel(), new ArrayList<>())).cells()
                    .add(new Cell(CellText.text(cell, locale()), CellText.shade(cell), cell.isShown()));
        }
        return List.copyOf(rows.values());
    }

    private Optional<InsightsTable> heatmap() {
        return answer("heatmap", () -> queries.heatmap(user.slug(), viewer(), List.of(), form.metrics(), form.getPeriod()));
    }

    private Optional<InsightsTable> trend() {
        return answer("trend", () -> queries.trend(user.slug(), viewer(), form.getSegment(), form.getMetric(), form.trendFrom(),
                form.getPeriod()));
    }

    private Driver driver(DriverRow row) {
        Locale locale = locale();
        String key = "metric.factor." + row.factor();
        String label = Messages.text(key);
        return new Driver(label.equals(key) ? row.factor() : label, CellText.text(row.highMood(), locale),
                CellText.text(row.lowMood(), locale), CellText.text(row.highRespondents(), locale),
                CellText.text(row.lowRespondents(), locale),
                row.moodDifference() == null ? "–" : String.format(locale, "%+.2f", row.moodDifference()));
    }

    /** Each answer once per request; a refusal becomes a message on the page and an empty answer. */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> answer(String key, Supplier<T> ask) {
        if (!answers.containsKey(key)) {
            user.require(Roles.HR_ADMIN, Roles.TEAM_LEAD);
            try {
                answers.put(key, ask.get());
            } catch (Refusal refusal) {
                answers.put(key, null);
                Messages.refused(refusal);
            }
        }
        return Optional.ofNullable((T) answers.get(key));
    }

    private Viewer viewer() {
        return new Viewer(user.session().subject(), user.roles());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
