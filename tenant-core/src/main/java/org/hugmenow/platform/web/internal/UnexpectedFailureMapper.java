package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemMapper;

/** Last resort: known causes get their own answer, everything else a generic 500 and a log line. */
@Provider
public class UnexpectedFailureMapper extends ProblemMapper<Throwable> {

    private static final ContextLogger LOG = ContextLogger.of(UnexpectedFailureMapper.class);

    @Override
    protected ProblemException problemFor(Throwable failure) {
        var classified = FailureClassifier.classify(failure);
        if (classified.isPresent()) {
            var p = classified.get();
            if (p.status() >= 500) {
                LOG.warn("request failed: " + p.getMessage(), failure);
            }
            return p;
        }
        LOG.error("unexpected failure", failure);
        return ProblemException.ofStatus(500);
    }
}
