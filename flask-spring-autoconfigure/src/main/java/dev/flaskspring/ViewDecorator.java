package dev.flaskspring;

import java.util.Set;

/**
 * Wraps a view in another, Flask's decorator pattern ({@code @login_required} with {@code functools.wraps}).
 * <p>{@link #wrap(View, View)} keeps the wrapped view's methods and automatic-OPTIONS setting, as
 * {@code functools.wraps} keeps Flask's view attributes.
 */
@FunctionalInterface
public interface ViewDecorator {

    /** Returns a view that runs in place of {@code view}. */
    View decorate(View view);

    /** {@code wrapper}, carrying the methods and automatic-OPTIONS setting of {@code wrapped}. */
    static View wrap(View wrapped, View wrapper) {
        return new View() {
            @Override
            public Object call(ViewArgs args) throws Exception {
                return wrapper.call(args);
            }

            @Override
            public Set<String> methods() {
                return wrapped.methods();
            }

            @Override
            public Boolean provideAutomaticOptions() {
                return wrapped.provideAutomaticOptions();
            }
        };
    }

    /** This decorator applied after {@code inner}: {@code outer.compose(inner)} is {@code @outer @inner def view}. */
    default ViewDecorator compose(ViewDecorator inner) {
        return view -> decorate(inner.decorate(view));
    }
}
