package org.hugmenow.wellness.insights.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.security.RequestTenant;
import org.hugmenow.platform.web.ProblemException;
import org.hugmenow.wellness.insights.application.InsightsExport;
import org.hugmenow.wellness.insights.application.InsightsQueries;

/**
 * Insights views answer JSON on every plan that has insights, but CSV and XLSX are exports, which
 * only some plans include. Which one a request gets is content negotiation's choice, known only
 * once the response's type is set, so the plan is checked here, before a byte is written.
 */
@Provider
@InsightsExportable
public class InsightsExportGate implements ContainerResponseFilter {

    @Inject InsightsQueries queries;
    @Inject RequestTenant tenant;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (response.getStatus() != 200 || type == null || !isExport(type)) {
            return;
        }
        try {
            queries.requireExports(tenant.slug());
        } catch (Refusal refused) {
            jakarta.ws.rs.core.Response problem = ProblemException.of(refused).toResponse(request.getUriInfo().getRequestUri().getRawPath());
            response.setStatus(problem.getStatus());
            response.setEntity(problem.getEntity(), null, MediaType.valueOf(problem.getMediaType().toString()));
            response.getHeaders().remove("Content-Disposition");
        }
    }

    private static boolean isExport(MediaType type) {
        String plain = type.getType() + "/" + type.getSubtype();
        return plain.equals(InsightsExport.CSV) || plain.equals(InsightsExport.XLSX);
    }
}
