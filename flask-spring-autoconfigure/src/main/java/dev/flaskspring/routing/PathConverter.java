package dev.flaskspring.routing;

/** Text that may contain slashes, {@code <path:page>}; Werkzeug's {@code PathConverter}. */
public final class PathConverter implements UrlConverter {

    @Override
    public Object toJava(String segment) {
        return segment;
    }

    @Override
    public String regex() {
        return "[^/].*?";
    }

    @Override
    public int weight() {
        return 200;
    }

    @Override
    public boolean partIsolating() {
        return false;
    }
}
