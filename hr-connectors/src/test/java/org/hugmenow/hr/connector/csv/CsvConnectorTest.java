package org.hugmenow.hr.connector.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hugmenow.hr.connector.HrConnectorContract.Recorder;
import org.hugmenow.hr.connector.spi.ConnectorFailure;
import org.hugmenow.hr.connector.spi.HrEmployee;
import org.junit.jupiter.api.Test;

/** The CSV upload has no HTTP, so the HTTP contract's faults do not apply; its own rules are tested here. */
class CsvConnectorTest {

    private final CsvConnectorFactory factory = new CsvConnectorFactory();

    private Recorder read(String csv) throws ConnectorFailure {
        Recorder recorder = new Recorder();
        factory.create(Map.of(CsvConnectorFactory.CONTENT, csv), null).fetchAll(recorder);
        return recorder;
    }

    @Test
    void theDocumentedTemplateReadsCompletely() throws Exception {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/hr-import-template.csv")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Recorder got = read(template);
        assertTrue(got.skipped.isEmpty(), got.skipped::toString);
        assertEquals(3, got.employees.size());
        assertEquals(new HrEmployee("1002", "tom@acme.example", "Tom", "Jones", true, "1001", "Engineering", "CC-100", "Berlin",
                LocalDate.of(2022, 7, 15), List.of("Platform")), got.employees.get(1));
        assertFalse(got.employees.get(2).active());
        assertEquals(List.of("Platform", "Architecture"), got.employees.get(0).teams());
    }

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndTheRestComeThrough() throws Exception {
        String csv = String.join("\n",
                "Employee_ID,Email,First_Name,Last_Name,Start_Date,Status",
                "1,a@acme.example,Ann,A,2024-01-02,active",
                ",b@acme.example,Bob,B,,",
                "3,not-an-email,Cat,C,,",
                "4,d@acme.example,Dan,D,02/01/2024,",
                "1,e@acme.example,Eve,E,,",
                "6,f@acme.example,Fay,F,,retired",
                "7,g@acme.example,Gus",
                "\"8\",\"h@acme.example\",\"Hal, Jr.\",H,,");
        Recorder got = read(csv);
        assertEquals(List.of("1", "8"), got.employees.stream().map(HrEmployee::externalId).toList());
        assertEquals("Hal, Jr.", got.employees.get(1).firstName());
        assertEquals(6, got.skipped.size(), got.skipped::toString);
        assertTrue(got.skipped.get(0).startsWith("line 3: employee_id is empty"), got.skipped::toString);
        assertTrue(got.skipped.get(1).startsWith("line 4: email"), got.skipped::toString);
        assertTrue(got.skipped.get(2).startsWith("line 5: start_date"), got.skipped::toString);
        assertTrue(got.skipped.get(3).startsWith("line 6: employee_id 1 appears twice"), got.skipped::toString);
        assertTrue(got.skipped.get(4).startsWith("line 7: status"), got.skipped::toString);
        assertTrue(got.skipped.get(5).startsWith("line 8: has 3 fields"), got.skipped::toString);
        assertFalse(String.join(" ", got.skipped).contains("@"), "reports carry no email addresses");
    }

    @Test
    void rowsWithFormulaCellsAreSkippedWithAReasonNotImportedSilently() throws Exception {
        String csv = String.join("\n",
                "employee_id,email,first_name,last_name,department,cost_center,teams",
                "1,a@acme.example,Ann,A,Sales,-5,Platform",
                "2,b@acme.example,=HYPERLINK(\"http://evil.example\"),B,Sales,,",
                "3,c@acme.example,Cat,C,+1+cmd,,",
                "4,d@acme.example,Dan,D,,,@SUM(A1)",
                "5,e@acme.example,Eve,\"\t-2+3\",,,",
                "6,f@acme.example,Fay,F,,,Platform; =cmd");
        Recorder got = read(csv);
        assertEquals(List.of("1"), got.employees.stream().map(HrEmployee::externalId).toList(), "a plain negative number is no formula");
        assertEquals(5, got.skipped.size(), got.skipped::toString);
        assertTrue(got.skipped.get(0).startsWith("line 3: first_name starts with an equals sign"), got.skipped::toString);
        assertTrue(got.skipped.get(1).startsWith("line 4: department starts with a plus sign"), got.skipped::toString);
        assertTrue(got.skipped.get(2).startsWith("line 5: a team in teams starts with an at sign"), got.skipped::toString);
        assertTrue(got.skipped.get(3).startsWith("line 6: last_name starts with a minus sign"), got.skipped::toString);
        assertTrue(got.skipped.get(4).startsWith("line 7: a team in teams starts with an equals sign"), got.skipped::toString);
        assertFalse(String.join(" ", got.skipped).contains("evil"), "the cell itself is not echoed");
    }

    @Test
    void aHeaderWithoutRequiredOrWithUnknownColumnsIsRefused() {
        ConnectorFailure missing = assertThrows(ConnectorFailure.class, () -> read("employee_id,email,first_name\n1,a@b.example,A\n"));
        assertTrue(missing.getMessage().contains("last_name"), missing.getMessage());
        ConnectorFailure typo = assertThrows(ConnectorFailure.class,
                () -> read("employee_id,email,first_name,last_name,departmnet\n1,a@b.example,A,B,X\n"));
        assertTrue(typo.getMessage().contains("departmnet"), typo.getMessage());
    }

    @Test
    void noContentIsAMisconfiguration() {
        ConnectorFailure failure = assertThrows(ConnectorFailure.class, () -> factory.create(Map.of(), null));
        assertEquals(ConnectorFailure.Kind.MISCONFIGURED, failure.kind());
    }
}
