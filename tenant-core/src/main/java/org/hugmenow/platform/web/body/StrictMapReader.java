package org.hugmenow.platform.web.body;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/** Bodies that are a plain map of names to values (attribute owners), read as strictly as records. */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictMapReader implements MessageBodyReader<Map<?, ?>> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Map.class;
    }

    @Override
    public Map<?, ?> readFrom(Class<Map<?, ?>> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream body) {
        return (Map<?, ?>) RecordBinder.bind(JsonTree.read(body), type, genericType);
    }
}
