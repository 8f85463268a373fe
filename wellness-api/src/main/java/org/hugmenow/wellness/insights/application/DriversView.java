package org.hugmenow.wellness.insights.application;

import java.util.List;

/** Which factors move with mood across the tenant in one period. */
public record DriversView(String period, List<DriverRow> rows, String noiseNote) {

    public DriversView {
        rows = List.copyOf(rows);
    }
}
