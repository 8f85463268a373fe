package org.hugmenow.wellness.insights.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.hugmenow.wellness.insights.application.DriversView;
import org.hugmenow.wellness.insights.application.InsightsExport;
import org.hugmenow.wellness.insights.application.InsightsTable;

/** Writes an insights answer as CSV or XLSX when the client asks for one, as a download. */
@Provider
@Produces({InsightsExport.CSV, InsightsExport.XLSX})
public class InsightsExportWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (InsightsTable.class.equals(type) || DriversView.class.equals(type)) && (csv(mediaType) || xlsx(mediaType));
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        boolean csv = csv(mediaType);
        String view = answer instanceof InsightsTable t ? t.view() : "drivers";
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + InsightsExport.fileName(view, csv ? "csv" : "xlsx") + "\"");
        if (csv) {
            headers.putSingle("Content-Type", InsightsExport.CSV + "; charset=UTF-8");
        }
        if (answer instanceof InsightsTable t) {
            out.write(csv ? InsightsExport.csv(t) : InsightsExport.xlsx(t));
        } else {
            DriversView d = (DriversView) answer;
            out.write(csv ? InsightsExport.csv(d) : InsightsExport.xlsx(d));
        }
    }

    private static boolean csv(MediaType m) {
        return "text".equals(m.getType()) && "csv".equals(m.getSubtype());
    }

    private static boolean xlsx(MediaType m) {
        return MediaType.valueOf(InsightsExport.XLSX).isCompatible(m) && !m.isWildcardType() && !m.isWildcardSubtype();
    }
}
