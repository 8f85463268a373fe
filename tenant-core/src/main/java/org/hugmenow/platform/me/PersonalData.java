package org.hugmenow.platform.me;

import java.io.IOException;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * A module that keeps personal data of employees takes part in "my data": it adds its files to
 * the person's export and erases what it holds when the person asks. Discovered through CDI.
 */
public interface PersonalData {

    void export(TenantSlug tenant, String personId, ExportFiles files) throws IOException;

    void erase(TenantSlug tenant, String personId);

    /** The files of one person's export, as they go into the zip. */
    interface ExportFiles {
        void add(String name, byte[] content) throws IOException;
    }
}
