package dev.flaskspring.jinja;

import java.util.List;

/**
 * Jinja's {@code loop} in a {@code {% for %}}: {@code index}, {@code index0}, {@code revindex}, {@code revindex0},
 * {@code first}, {@code last}, {@code length}, {@code depth}, {@code depth0}, {@code previtem}, {@code nextitem},
 * {@code cycle(...)} and {@code changed(...)}, read by {@link PythonResolver}.
 */
final class JinjaLoop {

    private static final Object NOTHING = new Object();

    private final List<?> items;
    private int index0 = -1;
    private Object lastChanged = NOTHING;

    JinjaLoop(List<?> items) {
        this.items = items;
    }

    /** Moves to the next item and returns it. */
    Object advance() {
        return items.get(++index0);
    }

    boolean hasNext() {
        return index0 + 1 < items.size();
    }

    public long index() {
        return index0 + 1L;
    }

    public long index0() {
        return index0;
    }

    public long revindex() {
        return items.size() - (long) index0;
    }

    public long revindex0() {
        return items.size() - index0 - 1L;
    }

    public boolean first() {
        return index0 == 0;
    }

    public boolean last() {
        return index0 == items.size() - 1;
    }

    public long length() {
        return items.size();
    }

    public long depth() {
        return 1;
    }

    public long depth0() {
        return 0;
    }

    /** The previous item, or undefined on the first. */
    public Object previtem() {
        return index0 > 0 ? items.get(index0 - 1) : null;
    }

    /** The next item, or undefined on the last. */
    public Object nextitem() {
        return index0 + 1 < items.size() ? items.get(index0 + 1) : null;
    }

    /** One of {@code values} in turn, by the loop's index; Jinja's {@code loop.cycle}. */
    Object cycle(List<Object> values) {
        if (values.isEmpty()) {
            throw new TemplateRuntimeError("no items for cycling given", null);
        }
        return values.get(index0 % values.size());
    }

    /** Whether {@code value} differs from the last call's (true on the first call); Jinja's {@code loop.changed}. */
    boolean changed(List<Object> value) {
        if (lastChanged != NOTHING && PyOperators.equal(lastChanged, value)) {
            return false;
        }
        lastChanged = value;
        return true;
    }
}
