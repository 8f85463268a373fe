package org.hugmenow.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void formulasGetALeadingQuote() {
        for (String formula : List.of("=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "-", "+", "=", "-cmd|' /C calc'!A0")) {
            assertTrue(SpreadsheetCells.isFormulaLike(formula), formula);
            assertEquals("'" + formula, SpreadsheetCells.neutralize(formula));
        }
    }

    @Test
    void ordinaryTextAndNumbersStayAsTheyAre() {
        for (String text : List.of("Emma", "team = great", "a-b", "42", "-5", "+1.5", "-0.25e3", "-.5", "2026-11-26",
                "'=already quoted", " =1")) {
            assertFalse(SpreadsheetCells.isFormulaLike(text), text);
            assertEquals(text, SpreadsheetCells.neutralize(text));
        }
        assertNull(SpreadsheetCells.neutralize(null));
        assertEquals("", SpreadsheetCells.neutralize(""));
    }
}
