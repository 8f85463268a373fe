package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenureBandTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2026, 11, 30);

    @Test
    void bandsByWholeYearsAtThePeriodsLastDay() {
        assertEquals(Optional.of(TenureBand.UNDER_1Y), TenureBand.of(LocalDate.of(2025, 12, 1), PERIOD_END));
        assertEquals(Optional.of(TenureBand.Y1_2), TenureBand.of(LocalDate.of(2025, 11, 30), PERIOD_END));
        assertEquals(Optional.of(TenureBand.Y2_5), TenureBand.of(LocalDate.of(2024, 11, 30), PERIOD_END));
        assertEquals(Optional.of(TenureBand.Y2_5), TenureBand.of(LocalDate.of(2021, 12, 1), PERIOD_END));
        assertEquals(Optional.of(TenureBand.Y5_PLUS), TenureBand.of(LocalDate.of(2021, 11, 30), PERIOD_END));
    }

    @Test
    void aStartAheadIsUnderAYearAndNoStartDateIsNoBand() {
        assertEquals(Optional.of(TenureBand.UNDER_1Y), TenureBand.of(LocalDate.of(2027, 1, 1), PERIOD_END));
        assertTrue(TenureBand.of(null, PERIOD_END).isEmpty());
    }
}
