package org.hugmenow.wellness.shared.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * A feature's entries in the person's {@code wellness/settings.json}. Each feature reads its own
 * settings; {@link SettingsExport} puts them in one file. Erasing them is the feature's own
 * {@code PersonalData.erase}. Discovered through CDI.
 */
public interface PersonalSettings {

    /** This feature's settings of the person, by the key they have in settings.json; read in the caller's transaction. */
    Map<String, Object> settings(Connection c, String personId) throws SQLException;
}
