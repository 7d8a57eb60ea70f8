package dev.flaskspring.helpers;

import java.net.IDN;
import java.util.List;
import java.util.Locale;

/** Checks a request's host against {@code TRUSTED_HOSTS}; Werkzeug's {@code host_is_trusted}. */
public final class TrustedHosts {

    private TrustedHosts() {
    }

    /** Whether {@code host} (port ignored) is in {@code trusted}: a host or a list; {@code .example.com} also allows subdomains. */
    public static boolean isTrusted(String host, Object trusted) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String name;
        try {
            name = idna(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
        Iterable<?> refs = trusted instanceof Iterable<?> many ? many : List.of(trusted);
        for (Object r : refs) {
            String ref = String.valueOf(r);
            boolean suffix = ref.startsWith(".");
            if (suffix) {
                ref = ref.substring(1);
            }
            try {
                ref = idna(ref);
            } catch (IllegalArgumentException e) {
                return false;
            }
            if (ref.equals(name) || (suffix && name.endsWith("." + ref))) {
                return true;
            }
        }
        return false;
    }

    private static String idna(String host) {
        String h = host;
        if (!h.startsWith("[")) {
            int colon = h.indexOf(':');
            if (colon >= 0) {
                h = h.substring(0, colon);
            }
        }
        return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    }
}
