package dev.flaskspring.exceptions;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps a status code to its {@link HTTPException}; Werkzeug's {@code Aborter} and {@code default_exceptions}.
 * An app has one ({@code app.aborter()}) whose {@link #mapping} may gain codes; the static methods use the
 * standard codes.
 */
public class Aborter {

    private static final Map<Integer, Function<String, HTTPException>> BY_CODE = Map.ofEntries(
            Map.entry(400, BadRequest::new),
            Map.entry(401, Unauthorized::new),
            Map.entry(403, Forbidden::new),
            Map.entry(404, NotFound::new),
            Map.entry(405, d -> new MethodNotAllowed(null, d)),
            Map.entry(406, NotAcceptable::new),
            Map.entry(408, RequestTimeout::new),
            Map.entry(409, Conflict::new),
            Map.entry(410, Gone::new),
            Map.entry(411, LengthRequired::new),
            Map.entry(412, PreconditionFailed::new),
            Map.entry(413, RequestEntityTooLarge::new),
            Map.entry(414, RequestURITooLarge::new),
            Map.entry(415, UnsupportedMediaType::new),
            Map.entry(416, d -> new RequestedRangeNotSatisfiable(null, "bytes", d)),
            Map.entry(417, ExpectationFailed::new),
            Map.entry(418, ImATeapot::new),
            Map.entry(421, MisdirectedRequest::new),
            Map.entry(422, UnprocessableEntity::new),
            Map.entry(423, Locked::new),
            Map.entry(424, FailedDependency::new),
            Map.entry(428, PreconditionRequired::new),
            Map.entry(429, TooManyRequests::new),
            Map.entry(431, RequestHeaderFieldsTooLarge::new),
            Map.entry(451, UnavailableForLegalReasons::new),
            Map.entry(500, InternalServerError::new),
            Map.entry(501, NotImplemented::new),
            Map.entry(502, BadGateway::new),
            Map.entry(503, ServiceUnavailable::new),
            Map.entry(504, GatewayTimeout::new),
            Map.entry(505, HTTPVersionNotSupported::new));

    private final Map<Integer, Function<String, ? extends HTTPException>> mapping = new HashMap<>(BY_CODE);

    /** An aborter knowing the standard codes. */
    public Aborter() {
    }

    /** The codes this aborter knows, to which more may be added; Werkzeug's {@code Aborter.mapping}. */
    public Map<Integer, Function<String, ? extends HTTPException>> mapping() {
        return mapping;
    }

    /**
     * The exception for {@code code} with {@code description} (null = the default one); Werkzeug's
     * {@code Aborter.__call__}, returned for the caller to throw.
     *
     * @throws IllegalArgumentException when the code is not in {@link #mapping}, as Werkzeug's {@code LookupError}
     */
    public HTTPException exception(int code, String description) {
        Function<String, ? extends HTTPException> factory = mapping.get(code);
        if (factory == null) {
            throw new IllegalArgumentException("no exception for " + code);
        }
        return factory.apply(description);
    }

    /** Whether a standard exception class exists for {@code code}. */
    public static boolean hasCode(int code) {
        return BY_CODE.containsKey(code);
    }

    /**
     * The exception for {@code code} with {@code description} (null = the default one).
     *
     * @throws IllegalArgumentException "no exception for 999" when the code has none, as Werkzeug's {@code LookupError}
     */
    public static HTTPException forCode(int code, String description) {
        Function<String, HTTPException> factory = BY_CODE.get(code);
        if (factory == null) {
            throw new IllegalArgumentException("no exception for " + code);
        }
        return factory.apply(description);
    }
}
