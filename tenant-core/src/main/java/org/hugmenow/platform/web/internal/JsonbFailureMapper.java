package org.hugmenow.platform.web.internal;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemMapper;

@Provider
public class JsonbFailureMapper extends ProblemMapper<JsonbException> {

    @Override
    protected ProblemException problemFor(JsonbException failure) {
        return FailureClassifier.classify(failure).orElseThrow();
    }
}
