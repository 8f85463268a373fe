package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemMapper;

@Provider
public class ProblemExceptionMapper extends ProblemMapper<ProblemException> {

    @Override
    protected ProblemException problemFor(ProblemException e) {
        return e;
    }
}
