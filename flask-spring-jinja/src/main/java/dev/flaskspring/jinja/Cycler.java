package dev.flaskspring.jinja;

import java.util.List;

/** Jinja's {@code cycler}: {@code next()} gives the items in turn, {@code current} the one next gives. */
final class Cycler {

    private final List<Object> items;
    private int position;

    Cycler(List<Object> items) {
        if (items.isEmpty()) {
            throw new TemplateRuntimeError("at least one item has to be provided", null);
        }
        this.items = List.copyOf(items);
    }

    /** The current item, then moves to the next. */
    Object next() {
        Object item = items.get(position);
        position = (position + 1) % items.size();
        return item;
    }

    /** Goes back to the first item; returns None. */
    Object reset() {
        position = 0;
        return PyNone.INSTANCE;
    }

    /** The item {@code next()} gives next. */
    public Object current() {
        return items.get(position);
    }
}
