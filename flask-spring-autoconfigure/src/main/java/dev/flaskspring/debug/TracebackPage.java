package dev.flaskspring.debug;

import static dev.flaskspring.templating.Markup.escapeText;

import dev.flaskspring.debug.DebugTraceback.Frame;
import dev.flaskspring.debug.DebugTraceback.Line;
import dev.flaskspring.debug.DebugTraceback.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * The page shown for an unhandled exception in debug mode: the exception's class and message, the request's
 * method and URL, each frame with the source lines around it, and the traceback as text; the page of
 * Werkzeug's debugger ({@code render_debugger_html}), without its console.
 * <p>Every text taken from the exception or the request is HTML-escaped. Frames whose source was not found
 * (libraries, the server) are folded into one line when the application's own frames are there to read.
 */
public final class TracebackPage {

    private static final String STYLE = """
            body { margin: 0; background: #fff; color: #000; font-family: -apple-system, "Segoe UI", Helvetica,\
             Arial, sans-serif; font-size: 15px; }
            .debugger { margin: 1em auto; max-width: 1100px; padding: 0 1em; }
            h1 { font-size: 2em; font-weight: normal; margin: 0.4em 0 0.2em; color: #b11; }
            h2 { font-size: 1.2em; font-weight: normal; margin: 1.2em 0 0.5em; }
            code, pre, textarea, cite { font-family: Consolas, Menlo, "Deja Vu Sans Mono", monospace; }
            .errormsg { font-size: 1.1em; font-family: Consolas, Menlo, monospace; white-space: pre-wrap;\
             background: #fdecec; border-left: 4px solid #b11; padding: 0.6em 0.8em; margin: 0; }
            .request { color: #555; }
            .traceback ul { list-style: none; margin: 0; padding: 0; }
            .frame { margin: 0.6em 0; border: 1px solid #ddd; border-radius: 3px; }
            .frame h4 { margin: 0; padding: 0.4em 0.6em; font-size: 0.95em; font-weight: normal;\
             background: #f4f4f4; }
            .frame cite { font-style: normal; color: #264; }
            .source pre.line { margin: 0; padding: 0 0.6em; white-space: pre; overflow-x: auto; color: #555; }
            .source pre.current { background: #ffe9a8; color: #000; }
            .lineno { display: inline-block; min-width: 3em; color: #999; user-select: none; }
            .no-source summary { cursor: pointer; color: #777; padding: 0.3em 0; }
            .no-source .frame { border: none; margin: 0.1em 0; }
            .exc-divider { margin: 1.2em 0 0.4em; font-weight: bold; }
            .common { color: #777; margin: 0.3em 0; }
            .plain textarea { width: 100%; height: 14em; font-size: 0.85em; }
            .explanation, .footer { color: #555; margin: 1.2em 0; }
            """;

    private TracebackPage() {
    }

    /** The HTML page for {@code traceback}, raised by the request {@code method} {@code url}. */
    public static String html(DebugTraceback traceback, String method, String url) {
        Throwable exception = traceback.exception();
        String summary = exception.toString();
        StringBuilder page = new StringBuilder(8192);
        page.append("<!doctype html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n<title>")
                .append(escapeText(summary.lines().findFirst().orElse(summary)))
                .append(" // Debugger</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<div class=\"debugger\">\n<h1>").append(escapeText(exception.getClass().getSimpleName()))
                .append("</h1>\n<div class=\"detail\">\n  <p class=\"errormsg\">").append(escapeText(summary))
                .append("</p>\n</div>\n<p class=\"request\">Raised by <code>").append(escapeText(method)).append(' ')
                .append(escapeText(url)).append("</code></p>\n")
                .append("<h2 class=\"traceback\">Traceback <em>(most recent call first)</em></h2>\n")
                .append("<div class=\"traceback\">\n");
        boolean fold = traceback.mixesApplicationAndLibraryFrames();
        boolean first = true;
        for (Link link : traceback.chain()) {
            if (!first) {
                page.append("<div class=\"exc-divider\">Caused by: ").append(escapeText(link.exception().toString()))
                        .append("</div>\n");
            }
            first = false;
            appendFrames(page, link, fold);
        }
        page.append("</div>\n<div class=\"plain\">\n  <p>The traceback as text, to copy and paste:</p>\n")
                .append("  <textarea cols=\"50\" rows=\"10\" name=\"code\" readonly>").append(escapeText(traceback.text()))
                .append("</textarea>\n</div>\n<div class=\"explanation\">\n  The application raised this exception")
                .append(" and debug mode is on, so the traceback is shown instead of the plain error page. This page")
                .append(" has no console: nothing typed here runs on the server. Turn debug mode off before the")
                .append(" application faces anyone but its developers.\n</div>\n</div>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void appendFrames(StringBuilder page, Link link, boolean fold) {
        page.append("<ul>\n");
        List<Frame> folded = new ArrayList<>();
        for (Frame frame : link.frames()) {
            if (fold && !frame.hasSource()) {
                folded.add(frame);
                continue;
            }
            appendFolded(page, folded);
            page.append("<li>");
            appendFrame(page, frame);
            page.append("</li>\n");
        }
        appendFolded(page, folded);
        if (link.framesInCommon() > 0) {
            page.append("<li class=\"common\">... ").append(link.framesInCommon())
                    .append(" frames in common with the exception above</li>\n");
        }
        page.append("</ul>\n");
    }

    private static void appendFolded(StringBuilder page, List<Frame> folded) {
        if (folded.isEmpty()) {
            return;
        }
        page.append("<li class=\"no-source\"><details><summary>").append(folded.size())
                .append(folded.size() == 1 ? " frame" : " frames").append(" without source</summary>\n");
        for (Frame frame : folded) {
            appendFrame(page, frame);
        }
        page.append("</details></li>\n");
        folded.clear();
    }

    private static void appendFrame(StringBuilder page, Frame frame) {
        StackTraceElement element = frame.element();
        page.append("<div class=\"frame\">\n  <h4>File <cite class=\"filename\">\"").append(escapeText(frame.file()))
                .append("\"</cite>");
        if (element.getLineNumber() > 0) {
            page.append(", line <em class=\"line\">").append(element.getLineNumber()).append("</em>");
        }
        page.append(", in <code class=\"function\">").append(escapeText(element.getClassName())).append('.')
                .append(escapeText(element.getMethodName())).append("</code></h4>\n");
        if (frame.hasSource()) {
            page.append("  <div class=\"source\">");
            for (Line line : frame.lines()) {
                page.append("<pre class=\"line ").append(line.current() ? "current" : "context")
                        .append("\"><span class=\"lineno\">").append(line.number()).append("</span>")
                        .append(line.text().isBlank() ? " " : escapeText(line.text().stripTrailing())).append("</pre>");
            }
            page.append("</div>\n");
        }
        page.append("</div>\n");
    }

    /** The traceback as plain text, for a client that does not take HTML: the request, then the stack trace. */
    public static String text(DebugTraceback traceback, String method, String url) {
        return method + " " + url + "\n\n" + traceback.text();
    }
}
