package dev.flaskspring.annotation;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.RuleOptions;
import dev.flaskspring.Scaffold;
import dev.flaskspring.View;
import dev.flaskspring.ViewDecorator;
import dev.flaskspring.wrappers.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Registers {@link Views} objects on an app: their {@code @Route} methods as views and their hook
 * methods as hooks, on the app or on the blueprint they name; what Flask's decorators do at import time.
 * <pre>{@code AnnotatedViews.register(app, List.of(new AuthViews(db)), Class::cast); }</pre>
 */
public final class AnnotatedViews {

    private AnnotatedViews() {
    }

    /**
     * Registers every {@code @Views} object of {@code beans}; {@code decorators} supplies the instances
     * of {@code @Decorate} classes (a Spring lookup under Boot, else a no-argument constructor).
     */
    public static void register(Flask app, Collection<?> beans, Function<Class<?>, Object> decorators) {
        register(app, beans, decorators, (target, bean) -> { });
    }

    /**
     * {@link #register(Flask, Collection, Function)}, also handing each bean with the app or blueprint it is
     * registered on to {@code alsoRegister} before the blueprint joins the app (its commands, say, so that
     * they land in the blueprint's command group).
     */
    public static void register(Flask app, Collection<?> beans, Function<Class<?>, Object> decorators,
            BiConsumer<Scaffold, Object> alsoRegister) {
        Map<String, List<Object>> byBlueprint = new LinkedHashMap<>();
        for (Object bean : beans) {
            Views views = annotation(bean);
            byBlueprint.computeIfAbsent(views.blueprint(), k -> new ArrayList<>()).add(bean);
        }
        byBlueprint.forEach((name, group) -> {
            if (name.isEmpty()) {
                group.forEach(bean -> {
                    registerOn(app, bean, decorators, false);
                    alsoRegister.accept(app, bean);
                });
            } else {
                Blueprint bp = new Blueprint(name, blueprintOptions(group));
                group.forEach(bean -> {
                    registerOn(bp, bean, decorators, true);
                    alsoRegister.accept(bp, bean);
                });
                app.registerBlueprint(bp);
            }
        });
    }

    /** {@link #register(Flask, Collection, Function)} creating decorators with their no-argument constructors. */
    public static void register(Flask app, Object... beans) {
        register(app, Arrays.asList(beans), AnnotatedViews::instantiate);
    }

    private static Views annotation(Object bean) {
        Views views = userClass(bean).getAnnotation(Views.class);
        if (views == null) {
            throw new IllegalArgumentException(userClass(bean).getName() + " is not annotated with @Views.");
        }
        return views;
    }

    /** The class the user wrote, not a Spring proxy of it. */
    private static Class<?> userClass(Object bean) {
        Class<?> c = bean.getClass();
        while (c.getName().contains("$$") && c.getSuperclass() != null) {
            c = c.getSuperclass();
        }
        return c;
    }

    private static BlueprintOptions blueprintOptions(List<Object> group) {
        BlueprintOptions.Builder b = BlueprintOptions.builder();
        for (Object bean : group) {
            Views v = annotation(bean);
            if (!v.urlPrefix().isEmpty()) {
                b.urlPrefix(v.urlPrefix());
            }
            if (!v.subdomain().isEmpty()) {
                b.subdomain(v.subdomain());
            }
            if (!v.staticFolder().isEmpty()) {
                b.staticFolder(v.staticFolder());
            }
            if (!v.staticUrlPath().isEmpty()) {
                b.staticUrlPath(v.staticUrlPath());
            }
            if (!v.templateFolder().isEmpty()) {
                b.templateFolder(v.templateFolder());
            }
        }
        return b.build();
    }

    private static Object instantiate(Class<?> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot create " + type.getName() + ": it needs a no-argument"
                    + " constructor or must be a Spring bean.", e);
        }
    }

    private static void registerOn(Scaffold target, Object bean, Function<Class<?>, Object> decorators,
            boolean isBlueprint) {
        Class<?> type = userClass(bean);
        List<ViewDecorator> classDecorators = decoratorsOf(type.getAnnotation(Decorate.class), decorators);
        for (Method m : type.getDeclaredMethods()) {
            if (m.isSynthetic() || m.isBridge()) {
                continue;
            }
            registerView(target, bean, m, classDecorators, decorators);
            registerHooks(target, bean, m, isBlueprint);
        }
    }

    private static List<ViewDecorator> decoratorsOf(Decorate decorate, Function<Class<?>, Object> decorators) {
        if (decorate == null) {
            return List.of();
        }
        List<ViewDecorator> out = new ArrayList<>();
        for (Class<? extends ViewDecorator> c : decorate.value()) {
            out.add((ViewDecorator) decorators.apply(c));
        }
        return out;
    }

    private static void registerView(Scaffold target, Object bean, Method m, List<ViewDecorator> classDecorators,
            Function<Class<?>, Object> decorators) {
        RouteSpec spec = RouteSpec.of(m);
        if (spec == null) {
            return;
        }
        MethodInvoker invoker = new MethodInvoker(bean, m);
        View view = args -> invoker.invoke(args);
        List<ViewDecorator> all = new ArrayList<>(classDecorators);
        all.addAll(decoratorsOf(m.getAnnotation(Decorate.class), decorators));
        for (int i = all.size() - 1; i >= 0; i--) {
            view = all.get(i).decorate(view);
        }
        for (String rule : spec.rules()) {
            target.addUrlRule(rule, spec.endpoint(), view, spec.options());
        }
    }

    private static void registerHooks(Scaffold target, Object bean, Method m, boolean isBlueprint) {
        if (m.isAnnotationPresent(BeforeRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m);
            target.beforeRequest(() -> inv.invoke(null));
        }
        if (m.isAnnotationPresent(AfterRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, Response.class);
            target.afterRequest(response -> (Response) inv.invoke(null, response));
        }
        if (m.isAnnotationPresent(TeardownRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, Throwable.class);
            target.teardownRequest(error -> inv.invoke(null, error));
        }
        ErrorHandler eh = m.getAnnotation(ErrorHandler.class);
        if (eh != null) {
            registerErrorHandler(eh.code(), eh.exception(), new MethodInvoker(bean, m, Throwable.class), target, false);
        }
        if (m.isAnnotationPresent(ContextProcessor.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m);
            target.contextProcessor(contextSupplier(inv));
        }
        if (m.isAnnotationPresent(UrlValuePreprocessor.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, String.class, Map.class);
            target.urlValuePreprocessor((endpoint, values) -> inv.invoke(null, endpoint, values));
        }
        if (m.isAnnotationPresent(UrlDefaults.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, String.class, Map.class);
            target.urlDefaults((endpoint, values) -> inv.invoke(null, endpoint, values));
        }
        TemplateGlobal global = m.getAnnotation(TemplateGlobal.class);
        if (global != null) {
            MethodInvoker inv = new MethodInvoker(bean, m);
            target.templateGlobal(global.value().isEmpty() ? m.getName() : global.value(),
                    (Callable<Object>) () -> inv.invoke(null));
        }
        TemplateFilter filter = m.getAnnotation(TemplateFilter.class);
        if (filter != null) {
            PositionalInvoker inv = new PositionalInvoker(bean, m);
            target.templateFilter(filter.value().isEmpty() ? m.getName() : filter.value(), inv::invoke);
        }
        TemplateTest test = m.getAnnotation(TemplateTest.class);
        if (test != null) {
            PositionalInvoker inv = new PositionalInvoker(bean, m);
            target.templateTest(test.value().isEmpty() ? m.getName() : test.value(),
                    (value, args) -> Boolean.TRUE.equals(inv.invoke(value, args)));
        }
        registerAppHooks(target, bean, m, isBlueprint);
    }

    private static void registerAppHooks(Scaffold target, Object bean, Method m, boolean isBlueprint) {
        boolean any = m.isAnnotationPresent(BeforeAppRequest.class) || m.isAnnotationPresent(AfterAppRequest.class)
                || m.isAnnotationPresent(TeardownAppRequest.class) || m.isAnnotationPresent(AppErrorHandler.class)
                || m.isAnnotationPresent(AppContextProcessor.class) || m.isAnnotationPresent(TeardownAppContext.class);
        if (!any) {
            return;
        }
        if (m.isAnnotationPresent(TeardownAppContext.class)) {
            if (!(target instanceof Flask app)) {
                throw new IllegalArgumentException("@TeardownAppContext belongs on app-level @Views: " + m);
            }
            MethodInvoker inv = new MethodInvoker(bean, m, Throwable.class);
            app.teardownAppcontext(error -> inv.invoke(null, error));
        }
        if (!isBlueprint) {
            // On the app, the app-wide variants are the plain hooks.
            if (m.isAnnotationPresent(BeforeAppRequest.class)) {
                MethodInvoker inv = new MethodInvoker(bean, m);
                target.beforeRequest(() -> inv.invoke(null));
            }
            if (m.isAnnotationPresent(AfterAppRequest.class)) {
                MethodInvoker inv = new MethodInvoker(bean, m, Response.class);
                target.afterRequest(response -> (Response) inv.invoke(null, response));
            }
            if (m.isAnnotationPresent(TeardownAppRequest.class)) {
                MethodInvoker inv = new MethodInvoker(bean, m, Throwable.class);
                target.teardownRequest(error -> inv.invoke(null, error));
            }
            AppErrorHandler aeh = m.getAnnotation(AppErrorHandler.class);
            if (aeh != null) {
                registerErrorHandler(aeh.code(), aeh.exception(), new MethodInvoker(bean, m, Throwable.class), target, false);
            }
            if (m.isAnnotationPresent(AppContextProcessor.class)) {
                target.contextProcessor(contextSupplier(new MethodInvoker(bean, m)));
            }
            return;
        }
        Blueprint bp = (Blueprint) target;
        if (m.isAnnotationPresent(BeforeAppRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m);
            bp.beforeAppRequest(() -> inv.invoke(null));
        }
        if (m.isAnnotationPresent(AfterAppRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, Response.class);
            bp.afterAppRequest(response -> (Response) inv.invoke(null, response));
        }
        if (m.isAnnotationPresent(TeardownAppRequest.class)) {
            MethodInvoker inv = new MethodInvoker(bean, m, Throwable.class);
            bp.teardownAppRequest(error -> inv.invoke(null, error));
        }
        AppErrorHandler aeh = m.getAnnotation(AppErrorHandler.class);
        if (aeh != null) {
            registerErrorHandler(aeh.code(), aeh.exception(), new MethodInvoker(bean, m, Throwable.class), bp, true);
        }
        if (m.isAnnotationPresent(AppContextProcessor.class)) {
            bp.appContextProcessor(contextSupplier(new MethodInvoker(bean, m)));
        }
    }

    private static void registerErrorHandler(int[] codes, Class<? extends Throwable>[] types, MethodInvoker inv,
            Scaffold target, boolean appWide) {
        for (int code : codes) {
            if (appWide) {
                ((Blueprint) target).appErrorHandler(code, e -> inv.invoke(null, e));
            } else {
                target.errorHandler(code, e -> inv.invoke(null, e));
            }
        }
        for (Class<? extends Throwable> type : types) {
            if (appWide) {
                ((Blueprint) target).appErrorHandler(type, e -> inv.invoke(null, e));
            } else {
                target.errorHandler(type, e -> inv.invoke(null, e));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Map<String, ?>> contextSupplier(MethodInvoker inv) {
        return () -> {
            try {
                return (Map<String, ?>) inv.invoke(null);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The rules, endpoint and options of one annotated view method. */
    private record RouteSpec(List<String> rules, String endpoint, RuleOptions options) {

        static RouteSpec of(Method m) {
            Route route = m.getAnnotation(Route.class);
            if (route != null) {
                RuleOptions.Builder b = RuleOptions.builder();
                if (route.methods().length > 0) {
                    b.methods(route.methods());
                }
                if (!route.strictSlashes().isEmpty()) {
                    b.strictSlashes(Boolean.parseBoolean(route.strictSlashes()));
                }
                if (route.defaults().length > 0) {
                    b.defaults(parseDefaults(route.defaults()));
                }
                if (!route.subdomain().isEmpty()) {
                    b.subdomain(route.subdomain());
                }
                if (!route.host().isEmpty()) {
                    b.host(route.host());
                }
                if (!route.redirectTo().isEmpty()) {
                    b.redirectTo(route.redirectTo());
                }
                if (!route.provideAutomaticOptions().isEmpty()) {
                    b.provideAutomaticOptions(Boolean.parseBoolean(route.provideAutomaticOptions()));
                }
                return new RouteSpec(List.of(route.value()), endpointOf(route.endpoint(), m), b.build());
            }
            Object[][] shortcuts = {{m.getAnnotation(Get.class), "GET"}, {m.getAnnotation(Post.class), "POST"},
                {m.getAnnotation(Put.class), "PUT"}, {m.getAnnotation(Delete.class), "DELETE"},
                {m.getAnnotation(Patch.class), "PATCH"}};
            for (Object[] s : shortcuts) {
                if (s[0] != null) {
                    java.lang.annotation.Annotation a = (java.lang.annotation.Annotation) s[0];
                    String[] rules = (String[]) attribute(a, "value");
                    String endpoint = (String) attribute(a, "endpoint");
                    return new RouteSpec(List.of(rules), endpointOf(endpoint, m),
                            RuleOptions.builder().methods((String) s[1]).build());
                }
            }
            return null;
        }

        private static Object attribute(java.lang.annotation.Annotation a, String name) {
            try {
                return a.annotationType().getMethod(name).invoke(a);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String endpointOf(String given, Method m) {
            return given.isEmpty() ? m.getName() : given;
        }

        private static Map<String, Object> parseDefaults(String[] pairs) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("A default must be written name=value: '" + pair + "'");
                }
                String value = pair.substring(eq + 1).trim();
                Object parsed = value;
                if (value.matches("-?\\d+")) {
                    parsed = Integer.valueOf(value);
                }
                out.put(pair.substring(0, eq).trim(), parsed);
            }
            return out;
        }
    }
}
