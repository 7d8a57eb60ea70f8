package dev.flaskspring.login;

import dev.flaskspring.Globals;
import java.util.Map;

/** Flask-Login's URL helpers: {@code make_next_param}, {@code expand_login_view} and {@code login_url}. */
final class LoginUrls {

    private LoginUrls() {
    }

    /** {@code current}, reduced to its path and query when {@code loginUrl} has the same (or no) scheme and host. */
    static String makeNextParam(String loginUrl, String current) {
        UrlParse.SplitUrl login = UrlParse.split(loginUrl);
        UrlParse.SplitUrl here = UrlParse.split(current);
        if ((login.scheme().isEmpty() || login.scheme().equals(here.scheme()))
                && (login.netloc().isEmpty() || login.netloc().equals(here.netloc()))) {
            return UrlParse.unsplit(new UrlParse.SplitUrl("", "", here.path(), here.query(), ""));
        }
        return current;
    }

    /** The URL of {@code loginView}: itself when it is a URL, else {@code url_for(loginView)}. */
    static String expandLoginView(String loginView) {
        if (loginView.startsWith("https://") || loginView.startsWith("http://") || loginView.startsWith("/")) {
            return loginView;
        }
        return Globals.urlFor(loginView);
    }

    /**
     * The login URL with {@code next} in the query field {@code nextField} (replacing one already there), on
     * the host {@code FORCE_HOST_FOR_REDIRECTS} when set; just the login view's URL when {@code next} is null.
     */
    static String loginUrl(String loginView, String next, String nextField) {
        String base = expandLoginView(loginView);
        if (next == null) {
            return base;
        }
        UrlParse.SplitUrl parts = UrlParse.split(base);
        Map<String, Object> query = UrlParse.parseQs(parts.query());
        query.put(nextField, makeNextParam(base, next));
        Object forceHost = Globals.currentApp().config().get("FORCE_HOST_FOR_REDIRECTS");
        String netloc = LoginConfig.truthy(forceHost) ? String.valueOf(forceHost) : parts.netloc();
        return UrlParse.unsplit(parts.withNetloc(netloc).withQuery(UrlParse.urlencode(query)));
    }
}
