package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.TruthyTypeConverter;

/** Jinjava's conversions, with Python's truth for {@code and}, {@code or}, {@code not} and conditions. */
final class PyTypeConverter extends TruthyTypeConverter {

    private static final long serialVersionUID = 1L;

    @Override
    protected Boolean coerceToBoolean(Object value) {
        return PyTruth.of(value);
    }
}
