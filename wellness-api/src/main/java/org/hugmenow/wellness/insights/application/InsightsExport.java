package org.hugmenow.wellness.insights.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hugmenow.platform.export.SpreadsheetCells;

/**
 * CSV and XLSX of exactly what the API answers for the same query: the released cells in the same
 * order, hidden cells with their reason and no value, and the noise note last. Nothing is computed
 * here, so an export can never show more than the JSON does. Text goes through
 * {@link SpreadsheetCells#neutralize} (team names are typed by people).
 */
public final class InsightsExport {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> TABLE_HEADER = List.of("segment", "segment_id", "metric", "period", "value",
            "distribution", "status");
    private static final List<String> DRIVERS_HEADER = List.of("factor", "mood_high", "mood_low", "respondents_high",
            "respondents_low", "mood_difference", "status");

    /** A sheet of rows whose cells are text, numbers or empty; the note is written below them. */
    record Sheet(String name, List<String> header, List<List<Object>> rows, String note) {
    }

    private InsightsExport() {
    }

    public static String fileName(String view, String extension) {
        return "insights-" + view + "." + extension;
    }

    public static byte[] csv(InsightsTable table) {
        return csv(sheet(table));
    }

    public static byte[] csv(DriversView drivers) {
        return csv(sheet(drivers));
    }

    public static byte[] xlsx(InsightsTable table) {
        return xlsx(sheet(table));
    }

    public static byte[] xlsx(DriversView drivers) {
        return xlsx(sheet(drivers));
    }

    static Sheet sheet(InsightsTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (InsightCell cell : table.cells()) {
            rows.add(row(cell.segmentLabel(), cell.segment(), cell.metric(), cell.period(), cell.value(),
                    distribution(cell.buckets()), status(cell)));
        }
        return new Sheet(table.view(), TABLE_HEADER, rows, table.noiseNote());
    }

    static Sheet sheet(DriversView drivers) {
        List<List<Object>> rows = new ArrayList<>();
        for (DriverRow d : drivers.rows()) {
            List<InsightCell> cells = List.of(d.highMood(), d.lowMood(), d.highRespondents(), d.lowRespondents());
            String hidden = cells.stream().filter(c -> !c.isShown()).map(c -> c.metric() + " " + c.hidden())
                    .collect(Collectors.joining("; "));
            rows.add(row(d.factor(), d.highMood().value(), d.lowMood().value(), d.highRespondents().value(),
                    d.lowRespondents().value(), d.moodDifference(), hidden.isEmpty() ? "shown" : hidden));
        }
        return new Sheet("drivers " + drivers.period(), DRIVERS_HEADER, rows, drivers.noiseNote());
    }

    private static String status(InsightCell cell) {
        return cell.isShown() ? "shown" : cell.hidden();
    }

    private static String distribution(Map<String, Long> buckets) {
        if (buckets == null || buckets.isEmpty()) {
            return null;
        }
        return buckets.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    static byte[] csv(Sheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(sheet.header());
            for (List<Object> row : sheet.rows()) {
                csv.printRecord(row.stream().map(InsightsExport::text).toList());
            }
            csv.println();
            csv.printRecord("note", SpreadsheetCells.neutralize(sheet.note()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(Sheet sheet) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet s = book.createSheet(safeSheetName(sheet.name()));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = s.createRow(0);
            for (int i = 0; i < sheet.header().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(sheet.header().get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : sheet.rows()) {
                Row row = s.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(SpreadsheetCells.neutralize(value.toString()));
                    }
                }
            }
            Row note = s.createRow(r + 1);
            note.createCell(0).setCellValue("note");
            note.createCell(1).setCellValue(SpreadsheetCells.neutralize(sheet.note()));
            for (int i = 0; i < sheet.header().size(); i++) {
                s.setColumnWidth(i, 20 * 256);
            }
            s.createFreezePane(0, 1);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Number ? value.toString() : SpreadsheetCells.neutralize(value.toString());
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
