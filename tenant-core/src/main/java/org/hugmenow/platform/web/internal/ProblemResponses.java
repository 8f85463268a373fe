package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemWriter;

final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(int status, String instance) {
        return of(status, ProblemWriter.nameFor(status), ProblemWriter.titleFor(status),
                ProblemWriter.detailFor(status), instance, List.of(), Map.of());
    }

    static Response of(int status, String name, String title, String detail, String instance,
                       List<Problem.FieldError> errors, Map<String, String> headers) {
        Problem problem = ProblemWriter.problem(status, name, title, detail, instance, errors);
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(ProblemWriter.json(problem));
        headers.forEach(response::header);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
