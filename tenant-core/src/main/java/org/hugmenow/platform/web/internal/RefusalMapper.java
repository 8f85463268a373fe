package org.hugmenow.platform.web.internal;

import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.web.Problem;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.platform.web.ProblemMapper;

/** Every module's {@link Refusal} as a problem response; an unavailable part's cause goes to the operator's log only. */
@Provider
public class RefusalMapper extends ProblemMapper<Refusal> {

    private static final ContextLogger LOG = ContextLogger.of(RefusalMapper.class);

    @Override
    protected ProblemException problemFor(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.UNAVAILABLE && refusal.getCause() != null) {
            LOG.error("refused as unavailable: " + refusal.getCause().getMessage(), null);
        }
        return problem(refusal);
    }

    public static ProblemException problem(Refusal r) {
        return switch (r.kind()) {
            case INVALID -> ProblemException.invalid(r.errors().stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList());
            case NOT_FOUND -> ProblemException.notFound(r.getMessage());
            case FORBIDDEN -> ProblemException.forbidden(r.getMessage());
            case CONFLICT -> ProblemException.conflict(r.getMessage());
            case TOO_MANY -> ProblemException.tooManyRequests(r.getMessage(), r.retryAfterSeconds());
            case UNAVAILABLE -> new ProblemException(503, "unavailable", "Service Unavailable", r.getMessage(), List.of(),
                    Map.of("Retry-After", Long.toString(r.retryAfterSeconds())));
            case PLAN_REQUIRED -> new ProblemException(403, "plan-required", "Plan Required", r.getMessage(), List.of(), Map.of())
                    .withExtensions(Map.of("requiredPlan", r.requiredPlan()));
            case UNPROCESSABLE -> new ProblemException(422, "unprocessable", "Unprocessable Content", r.getMessage(), List.of(), Map.of());
        };
    }
}
