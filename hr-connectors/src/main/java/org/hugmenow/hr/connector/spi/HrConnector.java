package org.hugmenow.hr.connector.spi;

/** A configured connection to one tenant's HR system. */
public interface HrConnector {

    /**
     * Reads every employee, following the source's paging, into {@code sink}. Throws only when the
     * whole fetch cannot complete (see {@link ConnectorFailure.Kind}); then nothing read so far
     * may be treated as the complete list.
     */
    void fetchAll(EmployeeSink sink) throws ConnectorFailure;
}
