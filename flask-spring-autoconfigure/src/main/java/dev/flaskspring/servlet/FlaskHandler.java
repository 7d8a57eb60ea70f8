package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.MatchResult;
import dev.flaskspring.wrappers.Request;

/** What the handler mapping found for a request: the app, the wrapped request, its URL adapter and the routing outcome. */
public record FlaskHandler(Flask app, Request request, MapAdapter urlAdapter, MatchResult match) {
}
