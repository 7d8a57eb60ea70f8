package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.PyWrapper;
import java.util.AbstractList;
import java.util.List;

/** A tuple literal {@code (1, 2)}: an unmodifiable list Python prints as {@code (1, 2)}. */
final class PyTuple extends AbstractList<Object> implements PyWrapper {

    private final List<Object> items;

    PyTuple(List<Object> items) {
        this.items = items;
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
