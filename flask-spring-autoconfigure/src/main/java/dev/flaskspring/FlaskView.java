package dev.flaskspring;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A class-based view: subclass it, implement {@link #dispatchRequest}, register
 * {@code FlaskView.asView("name", MyView::new)}; Flask's {@code flask.views.View}.
 * <p>Override {@link #methods()}, {@link #provideAutomaticOptions()}, {@link #decorators()} and
 * {@link #initEveryRequest()} as Flask's class attributes. {@code asView} creates one instance to read
 * them; with {@code initEveryRequest} (the default) each request then gets a new instance, otherwise
 * that first instance serves every request.
 */
public abstract class FlaskView {

    /** Handles a request; Flask's {@code dispatch_request}. */
    public abstract Object dispatchRequest(ViewArgs args) throws Exception;

    /** The methods the view accepts, or null for the default ({@code GET}); Flask's {@code methods}. */
    public Set<String> methods() {
        return null;
    }

    /** Whether OPTIONS is answered automatically, or null for the app's default; Flask's {@code provide_automatic_options}. */
    public Boolean provideAutomaticOptions() {
        return null;
    }

    /** Decorators applied to the view function, first innermost; Flask's {@code decorators}. */
    public List<ViewDecorator> decorators() {
        return List.of();
    }

    /** Whether each request gets a new instance; Flask's {@code init_every_request}. */
    public boolean initEveryRequest() {
        return true;
    }

    /** A view function for {@code name} dispatching to instances from {@code factory}; Flask's {@code as_view}. */
    public static View asView(String name, Supplier<? extends FlaskView> factory) {
        FlaskView prototype = factory.get();
        View view = prototype.initEveryRequest() ? args -> factory.get().dispatchRequest(args)
                : prototype::dispatchRequest;
        for (ViewDecorator decorator : prototype.decorators()) {
            view = decorator.decorate(view);
        }
        return new ClassView(name, prototype.getClass(), view, prototype.methods(), prototype.provideAutomaticOptions());
    }

    /** The view function of a class-based view, carrying the class attributes Flask copies onto it. */
    public record ClassView(String name, Class<? extends FlaskView> viewClass, View target, Set<String> methods,
            Boolean provideAutomaticOptions) implements View {

        @Override
        public Object call(ViewArgs args) throws Exception {
            return target.call(args);
        }
    }
}
