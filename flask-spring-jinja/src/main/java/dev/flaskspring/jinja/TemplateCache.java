package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.AutoCloseableSupplier.AutoCloseableImpl;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.tree.Node;
import dev.flaskspring.templating.MustacheEngine;
import dev.flaskspring.templating.TemplateLoader;
import dev.flaskspring.templating.TemplateNotFound;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Compiled templates by name, each parsed once and parsed again when its file changed if auto-reload is on;
 * Jinja's {@code Environment.cache} with {@code auto_reload}. Template strings are kept too, the most recent few
 * hundred, so that a page rendering the same string does not parse it at each request.
 * <p>The text a template is parsed from is Jinja's: line endings made {@code \n} and one trailing newline dropped
 * ({@code keep_trailing_newline=False}).
 */
final class TemplateCache {

    private static final int STRINGS = 256;

    private final FlaskJinjava jinjava;
    private final TemplateLoader loader;
    private final BooleanSupplier autoReload;
    private final Map<String, CompiledTemplate> byName = new ConcurrentHashMap<>();
    private final Map<String, Node> byText = new ConcurrentHashMap<>();
    private final Map<String, CompiledTemplate> strings = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompiledTemplate> eldest) {
                    return size() > STRINGS;
                }
            });

    TemplateCache(FlaskJinjava jinjava, TemplateLoader loader, BooleanSupplier autoReload) {
        this.jinjava = jinjava;
        this.loader = loader;
        this.autoReload = autoReload;
    }

    /**
     * The template {@code name} ({@code "blog/index.html"}, {@code "./admin/index.html"}), compiled.
     *
     * @throws TemplateNotFound when no template folder holds it, or the name climbs out of the folder
     */
    CompiledTemplate get(String name) {
        CompiledTemplate known = byName.get(name);
        String clean = known != null ? name : splitTemplatePath(name);
        if (known == null) {
            known = byName.get(clean);
        }
        if (known != null && (!autoReload.getAsBoolean() || loader.isUpToDate(known.source()))) {
            return known;
        }
        TemplateLoader.Source source = loader.load(clean).orElseThrow(() -> loader.notFound(name));
        CompiledTemplate compiled = compile(clean, source.text(), source);
        byText.put(compiled.text(), compiled.root());
        CompiledTemplate replaced = byName.put(clean, compiled);
        if (replaced != null && !replaced.text().equals(compiled.text())) {
            byText.remove(replaced.text(), replaced.root());
        }
        return compiled;
    }

    /** A template made from source text, autoescaped as Flask's template strings are. */
    CompiledTemplate fromString(String source) {
        CompiledTemplate known = strings.get(source);
        if (known == null) {
            known = compile(null, source, null);
            strings.put(source, known);
        }
        return known;
    }

    /** The parsed tree of a named template's text, for the tags that load templates by name; null if not one. */
    Node parsed(String text) {
        return byText.get(text);
    }

    private CompiledTemplate compile(String name, String source, TemplateLoader.Source origin) {
        String text = lexerText(source);
        JinjavaInterpreter parser = new JinjavaInterpreter(jinjava, new RenderContext(jinjava, null),
                jinjava.getGlobalConfig());
        Node root;
        // Jinjava reads some syntax settings (strict whitespace control) from the current interpreter.
        try (AutoCloseableImpl<JinjavaInterpreter> pushed = JinjavaInterpreter.closeablePushCurrent(parser).get()) {
            root = parser.parse(text);
        }
        for (TemplateError error : parser.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new TemplateSyntaxError(error.getMessage(), name, Math.max(error.getLineno(), 1));
            }
        }
        return new CompiledTemplate(name, text, root, MustacheEngine.autoescapes(name), origin);
    }

    /** {@code source} as Jinja's lexer reads it: {@code \r\n} and {@code \r} as {@code \n}, one final newline gone. */
    static String lexerText(String source) {
        String text = source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The template name with {@code .} and empty segments removed; a {@code ..} segment is refused, as Jinja's
     * {@code split_template_path} does.
     */
    private String splitTemplatePath(String name) {
        List<String> pieces = new ArrayList<>();
        for (String piece : name.split("/")) {
            if (piece.equals("..") || piece.indexOf('\\') >= 0) {
                throw loader.notFound(name);
            }
            if (!piece.isEmpty() && !piece.equals(".")) {
                pieces.add(piece);
            }
        }
        return String.join("/", pieces);
    }
}
