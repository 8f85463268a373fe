package org.hugmenow.hr.scim.api;

import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Three defects of SCIMple 1.0.0-M1's output, fixed on the wire: {@code meta.created} and
 * {@code meta.lastModified} come from a LocalDateTime, without the offset RFC 7643 §2.3.5
 * requires and strict clients insist on (every time we store is UTC, so it is "Z"); and bulk
 * operation statuses come as objects; and the service provider's {@code documentationUri} is
 * written as {@code documentationUrl}. It also puts back the {@code application/json} label for
 * clients that asked for it ({@link ScimContentNegotiation}).
 */

public class ScimOutputFixes implements WriterInterceptor {

    private static final Pattern LOCAL_TIMESTAMP = Pattern.compile(
            "\"(created|lastModified)\"(\\s*:\\s*)\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\"");

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        OutputStream target = context.getOutputStream();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        context.setOutputStream(written);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(target);
        }
        String json = written.toString(StandardCharsets.UTF_8);
        if (Boolean.TRUE.equals(context.getProperty(ScimContentNegotiation.ANSWER_AS_JSON))) {
            // Written by SCIMple's writer as application/scim+json; labelled as the client asked.
            context.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.CONTENT_TYPE, "application/json");
        }
        target.write(withOffsets(json).getBytes(StandardCharsets.UTF_8));
    }

    /** SCIMple writes a bulk operation's status as {"code": "201"}; RFC 7644 §3.7.3 has the bare string. */
    private static final Pattern BULK_STATUS = Pattern.compile("\"status\"(\\s*:\\s*)\\{\\s*\"code\"\\s*:\\s*\"?(\\d{3})\"?\\s*}");

    static String withOffsets(String json) {
        String fixed = LOCAL_TIMESTAMP.matcher(json).replaceAll("\"$1\"$2\"$3Z\"");
        if (fixed.contains("\"documentationUrl\"")) {
            // RFC 7643 §5 names it documentationUri; strict clients refuse the unknown attribute.
            fixed = fixed.replace("\"documentationUrl\"", "\"documentationUri\"");
        }
        return json.contains("BulkResponse") ? BULK_STATUS.matcher(fixed).replaceAll("\"status\"$1\"$2\"") : fixed;
    }
}
