package org.hugmenow.wellness.insights.persistence;

import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.wellness.insights.domain.PersonPeriod;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes person × period rows into {@code insights_person_period} with COPY, in batches: a batch is
 * copied whenever it holds {@link #BATCH_ROWS} rows (between two fetches of the rebuild's cursor, when
 * the connection is free), the rest at {@link #finish}.
 */
final class PersonPeriodCopyStore {

    private static final int BATCH_ROWS = 50_000;
    private static final String COPY = "COPY insights_person_period (grain, period_start, person_id, checkins, score_sum, emotions,"
            + " factor_sums, factor_counts) FROM STDIN";

    private final CopyManager copy;
    private final StringBuilder batch = new StringBuilder(BATCH_ROWS * 128);
    private int rows;

    PersonPeriodCopyStore(Connection c) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
    }

    void add(List<PersonPeriod> periods) throws SQLException {
        for (PersonPeriod p : periods) {
            batch.append(p.grain().key()).append('\t').append(p.periodStart()).append('\t').append(escape(p.personId())).append('\t')
                    .append(p.checkins()).append('\t').append(p.scoreSum()).append('\t').append(escape(array(p.emotions()))).append('\t')
                    .append(escape(json(p.factorSums()))).append('\t').append(escape(json(p.factorCounts()))).append('\n');
            rows++;
        }
        if (rows >= BATCH_ROWS) {
            flush();
        }
    }

    void finish() throws SQLException {
        flush();
    }

    private void flush() throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            copy.copyIn(COPY, new StringReader(batch.toString()));
        } catch (IOException e) {
            throw new SQLException("could not copy person-period rows", e);
        }
        batch.setLength(0);
        rows = 0;
    }

    /** A text[] literal with every element quoted. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "" : ",").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    static String json(Map<String, ? extends Number> values) {
        JsonObjectBuilder object = Jsons.object();
        values.forEach((key, value) -> {
            if (value instanceof Integer i) {
                object.add(key, i);
            } else {
                object.add(key, value.doubleValue());
            }
        });
        return object.build().toString();
    }

    /** COPY's text format: backslash, tab, newline and carriage return escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
