package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.wrappers.Response;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;

/** Converts what a view returns into a {@link Response}; Flask's {@code make_response} rules. */
public final class ResponseMaker {

    private final Flask app;

    ResponseMaker(Flask app) {
        this.app = app;
    }

    public Response make(Object rv) {
        if (rv instanceof Response r) {
            return r;
        }
        if (rv == null) {
            RequestContext ctx = RequestContext.current();
            String endpoint = ctx == null ? null : ctx.request().endpoint();
            throw new IllegalStateException("The view function for '" + endpoint + "' did not return a valid"
                    + " response. The function either returned null or ended without a return statement.");
        }
        if (rv instanceof CharSequence || rv instanceof byte[] || rv instanceof Iterator<?> || rv instanceof Stream<?>) {
            return app.responseClass().create(rv);
        }
        if (rv instanceof HTTPException e) {
            return e.getResponse();
        }
        if (rv instanceof Map<?, ?> || rv instanceof Collection<?> || rv instanceof Record
                || (rv.getClass().isArray())) {
            return app.json().response(rv);
        }
        if (rv instanceof ResponseEntity<?> entity) {
            return fromEntity(entity);
        }
        throw new IllegalStateException("The view function did not return a valid response. The return type must be"
                + " a String, byte[], Map, Collection, array, record, Iterator, Stream, Response or ResponseEntity,"
                + " but it was a " + rv.getClass().getName() + ".");
    }

    private Response fromEntity(ResponseEntity<?> entity) {
        Object body = entity.getBody();
        Response response = body == null ? app.responseClass().create(null) : make(body);
        response.setStatusCode(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> {
            response.headers().remove(name);
            values.forEach(v -> response.headers().add(name, v));
        });
        return response;
    }
}
