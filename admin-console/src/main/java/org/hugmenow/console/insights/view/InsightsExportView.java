package org.hugmenow.console.insights.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.hugmenow.console.signin.application.SignedInUser;
import org.hugmenow.platform.security.Roles;
import org.hugmenow.wellness.insights.application.InsightsExport;
import org.hugmenow.wellness.insights.application.InsightsQueries;
import org.hugmenow.wellness.insights.application.InsightsTable;
import org.hugmenow.wellness.insights.domain.Viewer;

/**
 * Sends the heatmap the insights page shows as CSV or XLSX: the same query through the same
 * service, rendered by the same export as the API's, so the file says exactly what the page says.
 */
@Named("insightsExport")
@RequestScoped
public class InsightsExportView {

    @Inject InsightsQueries queries;
    @Inject SignedInUser user;

    private final InsightsForm form = InsightsForm.now();
    private String format = "csv";

    public InsightsForm getForm() {
        return form;
    }

    public void send() throws IOException {
        user.require(Roles.HR_ADMIN, Roles.TEAM_LEAD);
        queries.requireExports(user.slug());
        InsightsTable table = queries.heatmap(user.slug(), new Viewer(user.session().subject(), user.roles()), List.of(),
                form.metrics(), form.getPeriod());
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? InsightsExport.xlsx(table) : InsightsExport.csv(table);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(xlsx ? InsightsExport.XLSX : InsightsExport.CSV + "; charset=UTF-8");
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"insights-heatmap-" + form.getPeriod()
                + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setResponseContentLength(body.length);
        response.getResponseOutputStream().write(body);
        faces.responseComplete();
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = "xlsx".equals(format) ? "xlsx" : "csv";
    }
}
