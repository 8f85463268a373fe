package org.hugmenow.platform.export;

import java.util.regex.Pattern;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV/formula injection). Excel,
 * LibreOffice and Google Sheets evaluate a cell that starts with {@code = + - @} (and, after
 * some importers strip it, a leading tab or carriage return); OWASP's advice is to prefix such a
 * cell with a single quote, which spreadsheets show as text and do not keep as part of the value.
 * Every CSV or XLSX export writes its cells through {@link #neutralize}.
 *
 * <p>A plain number such as {@code -5} or {@code +1.5e3} is left alone: it is not a formula, and
 * an export must keep negative numbers numeric.
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet could take the cell for a formula (null and empty cells cannot). */
    public static boolean isFormulaLike(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        return switch (cell.charAt(0)) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(cell).matches();
            default -> false;
        };
    }

    /** The cell as it may be written to a CSV or XLSX file: formula-like text gets a leading single quote. */
    public static String neutralize(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }
}
