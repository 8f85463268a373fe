package org.hugmenow.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.sql.SQLException;
import org.hugmenow.platform.web.BodyTooLargeException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void anOversizeBodyWinsOverTheParseErrorWrappingIt() {
        Exception wrapped = new JsonbException("bad json", new IOException("x", new BodyTooLargeException()));
        assertEquals(413, FailureClassifier.classify(wrapped).orElseThrow().status());
    }

    @Test
    void badJsonIs400WithoutTheParserMessage() {
        var problem = FailureClassifier.classify(new JsonbException("Unexpected char 42 at (line no=1, column no=9)")).orElseThrow();
        assertEquals(400, problem.status());
        assertTrue(!problem.getMessage().contains("column"));
    }

    @Test
    void lostDatabaseConnectionsAre503() {
        var problem = FailureClassifier.classify(new RuntimeException(new SQLException("refused", "08001"))).orElseThrow();
        assertEquals(503, problem.status());
        assertEquals("5", problem.headers().get("Retry-After"));
    }

    @Test
    void aDatabaseShuttingDownIs503() {
        assertEquals(503, FailureClassifier.classify(new SQLException("terminating connection", "57P01")).orElseThrow().status());
        assertEquals(503, FailureClassifier.classify(new java.sql.SQLTransientConnectionException("pool timeout")).orElseThrow().status());
    }

    @Test
    void otherFailuresAreLeftToTheGenericAnswer() {
        assertTrue(FailureClassifier.classify(new IllegalStateException("secret internals")).isEmpty());
        assertTrue(FailureClassifier.classify(new SQLException("syntax error", "42601")).isEmpty());
    }

    @Test
    void aUniquenessRaceIsAConflictAndUnstorableInputIsBadRequest() {
        assertEquals(409, FailureClassifier.classify(new RuntimeException(new SQLException("duplicate key", "23505"))).orElseThrow().status());
        assertEquals(400, FailureClassifier.classify(new SQLException("invalid byte sequence 0x00", "22021")).orElseThrow().status());
        assertEquals(400, FailureClassifier.classify(new SQLException("date out of range", "22008")).orElseThrow().status());
    }

}
