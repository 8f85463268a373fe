package org.hugmenow.tenant.offboarding.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.hugmenow.platform.export.SpreadsheetCells;
import org.postgresql.copy.CopyOut;

/**
 * A table as CSV from PostgreSQL's COPY (started by {@link TenantExportStore}), with every cell passed through
 * {@link SpreadsheetCells#neutralize}. PostgreSQL sends one message per row, so each row is
 * parsed and rewritten on its own: memory stays flat whatever the table's size.
 *
 * <p>NULL and the empty string stay apart as COPY writes them: NULL as an unquoted empty field,
 * every other value quoted, so the file can still be loaded with {@code COPY ... FROM ... CSV}.
 */
final class NeutralizedCsvCopy {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setNullString("").setQuoteMode(QuoteMode.ALL_NON_NULL).build();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setNullString("").setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n").build();

    private NeutralizedCsvCopy() {
    }

    /** Reads a running {@code COPY ... TO STDOUT WITH (FORMAT csv, HEADER)} to its end and writes the neutralized rows to {@code out}. */
    static void copy(CopyOut copy, OutputStream out) throws SQLException, IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, WRITE);
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            try (CSVParser parser = CSVParser.parse(new String(row, StandardCharsets.UTF_8), READ)) {
                for (CSVRecord record : parser) {
                    printer.printRecord(record.stream().map(SpreadsheetCells::neutralize));
                }
            }
        }
        // Flushed, not closed: the caller's stream is a zip entry that stays open.
        printer.flush();
    }
}
