package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import java.util.Collection;
import java.util.List;

/**
 * The engine's root context: Jinjava's tags, filters, tests and functions with Flask's and Jinja's over them, shared
 * read-only by every render. Each render's interpreter asks it for all its functions; the list is made once instead
 * of at each render.
 */
final class SharedContext extends Context {

    private volatile List<ELFunctionDefinition> functions;

    @Override
    public void registerFunction(ELFunctionDefinition f) {
        super.registerFunction(f);
        functions = null;
    }

    @Override
    public Collection<ELFunctionDefinition> getAllFunctions() {
        List<ELFunctionDefinition> all = functions;
        if (all == null) {
            all = List.copyOf(super.getAllFunctions());
            functions = all;
        }
        return all;
    }
}
