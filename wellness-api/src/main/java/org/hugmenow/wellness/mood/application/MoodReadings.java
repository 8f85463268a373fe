package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.persistence.MoodStore;

/**
 * What other features (sharing with connections, recommendations) may read of a person's
 * check-ins, inside their own transaction. Never a note: those stay with their author.
 */
@ApplicationScoped
public class MoodReadings {

    @Inject MoodStore moods;

    /** Check-ins recorded since {@code since}, newest first, notes left out. */
    public List<MoodEntry> recentWithoutNotes(Connection c, String personId, Instant since) throws SQLException {
        return moods.recentWithoutNotes(c, personId, since);
    }

    /** The local dates with at least one check-in, oldest first: what streaks are counted from. */
    public List<LocalDate> days(Connection c, String personId) throws SQLException {
        return moods.days(c, personId);
    }
}
