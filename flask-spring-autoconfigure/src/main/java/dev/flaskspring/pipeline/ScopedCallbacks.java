package dev.flaskspring.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Callbacks registered per blueprint scope, {@code null} being the app's; Flask's {@code {scope: [funcs]}} dicts. */
public final class ScopedCallbacks<F> {

    private final Map<String, List<F>> byScope = new HashMap<>();

    public void add(String scope, F f) {
        byScope.computeIfAbsent(scope, k -> new ArrayList<>()).add(f);
    }

    public List<F> forScope(String scope) {
        List<F> list = byScope.get(scope);
        return list == null ? List.of() : list;
    }

    public boolean isEmpty() {
        return byScope.isEmpty();
    }

    public void forEach(BiConsumer<String, List<F>> action) {
        byScope.forEach(action);
    }
}
