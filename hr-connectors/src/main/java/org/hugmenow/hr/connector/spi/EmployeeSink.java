package org.hugmenow.hr.connector.spi;

/** Receives a connector's records one by one; a record that cannot be read is skipped with a reason, never fatal. */
public interface EmployeeSink {

    void employee(HrEmployee employee);

    /** {@code reference} points at the record in the source (an id, or "line 12"), never at personal data. */
    void skipped(String reference, String reason);
}
