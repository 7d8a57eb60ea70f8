package dev.flaskspring.sessions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;

/** A list stored in the session as a Python tuple ({@code " t"} tag), as Flask stores {@code _flashes} entries. */
public final class TupleList extends ArrayList<Object> {

    /** An empty tuple. */
    public TupleList() {
    }

    /** A tuple of {@code items}. */
    public TupleList(Collection<?> items) {
        super(items);
    }

    /** A tuple of the given items. */
    public static TupleList of(Object... items) {
        return new TupleList(Arrays.asList(items));
    }
}
