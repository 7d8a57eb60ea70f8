package dev.flaskspring.exceptions;

import dev.flaskspring.wrappers.Headers;

/** {@code 416 Requested Range Not Satisfiable}; Werkzeug's {@code RequestedRangeNotSatisfiable}. */
public class RequestedRangeNotSatisfiable extends HTTPException {

    static final String DEFAULT_DESCRIPTION = "The server cannot provide the requested range.";

    private final Long length;
    private final String units;

    /** Creates the error without a {@code Content-Range} header. */
    public RequestedRangeNotSatisfiable() {
        this(null, "bytes", null);
    }

    /** Creates the error; a non-null {@code length} adds {@code Content-Range: units *}{@code /length}. */
    public RequestedRangeNotSatisfiable(Long length, String units, String description) {
        super(416, description != null ? description : DEFAULT_DESCRIPTION);
        this.length = length;
        this.units = units == null ? "bytes" : units;
    }

    @Override
    public Headers getHeaders() {
        Headers headers = super.getHeaders();
        if (length != null) {
            headers.add("Content-Range", units + " */" + length);
        }
        return headers;
    }
}
