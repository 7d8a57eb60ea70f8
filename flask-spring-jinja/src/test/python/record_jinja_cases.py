"""Records what Flask 3.1.3 with Jinja2 3.1 renders for each case of the Jinja corpus.

Run from the root of the repository with Flask 3.1.3 installed:

    python3 flask-spring-jinja/src/test/python/record_jinja_cases.py

It writes flask-spring-jinja/src/test/resources/cases/jinja-cases.json: each case's template (a
template string, or a file under src/test/resources/cases/templates), its context, the request it
is rendered in, and the text Flask rendered. JinjaCasesTests renders every case with
flask-spring-jinja and compares. CI does not run this script.

Context values are JSON, with {"$datetime": iso}, {"$date": iso}, {"$markup": html} for Python's
datetime, date and markupsafe.Markup.
"""

import datetime
import json
import os

from markupsafe import Markup

import flask

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "resources", "cases")

CONTEXT = {
    "name": "<World>",
    "html": {"$markup": "<em>safe</em>"},
    "n": 42,
    "x": 2.5,
    "zero": 0,
    "yes": True,
    "no": False,
    "nothing": None,
    "empty": "",
    "words": ["apple", "Banana", "cherry"],
    "nums": [3, 1, 2],
    "user": {"name": "ann", "id": 7, "admin": False, "tags": ["a", "b"]},
    "users": [
        {"name": "ann", "age": 31, "active": True},
        {"name": "bob", "age": 25, "active": False},
        {"name": "cid", "age": 31, "active": True},
    ],
    "pairs": [["a", 1], ["b", 2]],
    "when": {"$datetime": "2021-02-01T07:05:09"},
    "day": {"$date": "2021-12-25"},
    "text": "Hello, <b>World</b>! Jinja templates render unchanged.",
    "path": "/admin/users",
}

# (name, template string or "file:NAME", extra context, request)
CASES = [
    # Output and escaping
    ("print-values", "{{ name }}|{{ html }}|{{ n }}|{{ x }}|{{ yes }}|{{ no }}|{{ zero }}|{{ empty }}", {}, None),
    ("print-collections", "{{ words }}|{{ nums }}|{{ user.tags }}", {}, None),
    ("print-dict", "{{ {'a': 1, 'b': 'two'} }}", {}, None),
    ("print-undefined", "[{{ missing }}][{{ user.missing }}][{{ user['missing'] }}]", {}, None),
    ("print-literals", "{{ 'single' }} {{ \"double\" }} {{ 1.5 }} {{ 10 }} {{ true }} {{ false }}", {}, None),
    ("print-datetime", "{{ when }} | {{ day }}", {}, None),
    ("escape-quotes", "{{ '\"quoted\" & \\'single\\'' }}", {}, None),
    ("escape-filter", "{{ name|e }} {{ name|escape }} {{ html|e }} {{ html|forceescape }}", {}, None),
    ("safe-filter", "{{ '<b>bold</b>'|safe }} {{ name|safe }}", {}, None),
    ("autoescape-block", "{% autoescape false %}{{ name }}{% endautoescape %} {{ name }}"
                         " {% autoescape true %}{{ name }}{% endautoescape %}", {}, None),
    ("markup-concat", "{{ html ~ name }}|{{ name ~ html }}", {}, None),
    ("raw-block", "{% raw %}{{ not rendered }}{% if %}{% endraw %}", {}, None),
    ("comments", "a{# comment #}b{# multi\nline #}c", {}, None),

    # Arithmetic and operators
    ("arithmetic", "{{ 1 + 2 }} {{ 7 - 10 }} {{ 3 * 4 }} {{ 7 / 2 }} {{ 8 / 4 }} {{ 7 // 2 }} {{ 7 % 3 }}"
                   " {{ -7 % 3 }} {{ 2 ** 10 }} {{ x * 2 }} {{ n + x }}", {}, None),
    ("comparisons", "{{ 1 < 2 }} {{ 2 <= 1 }} {{ n == 42 }} {{ n != 42 }} {{ 'a' == 'a' }} {{ 1 == 1.0 }}"
                    " {{ 'a' == 1 }} {{ nothing == none }} {{ yes == 1 }}", {}, None),
    ("logic", "{{ yes and 'both' }}|{{ no and 'never' }}|{{ empty or 'fallback' }}|{{ n or 'x' }}"
              "|{{ not no }}|{{ not words }}", {}, None),
    ("in-operator", "{{ 'a' in 'cat' }} {{ 'apple' in words }} {{ 'name' in user }} {{ 5 in nums }}"
                    " {{ 'z' not in words }}", {}, None),
    ("concat-tilde", "{{ 'n=' ~ n ~ '!' }} {{ name ~ '' }}", {}, None),
    ("string-ops", "{{ 'ab' + 'cd' }} {{ '-' * 3 }} {{ [1, 2] + [3] }}", {}, None),
    ("ternary", "{{ 'big' if n > 10 else 'small' }} {{ 'yes' if empty else 'no' }} [{{ 'only' if no }}]", {}, None),
    ("percent-format", "{{ '%s has %d items' % (name, n) }} {{ '%.2f' % x }} {{ '%05.1f|%x' % (x, 255) }}", {}, None),
    ("subscripts", "{{ words[0] }} {{ words[-1] }} {{ nums[1:] }} {{ words[:2] }} {{ 'hello'[1:3] }}"
                   " {{ user['name'] }} {{ user.name }} {{ pairs[1][0] }}", {}, None),

    # Python methods
    ("str-methods", "{{ 'Hi'.upper() }} {{ 'Hi'.lower() }} {{ 'hello world'.title() }} {{ 'hello'.capitalize() }}"
                    " {{ '  pad  '.strip() }}|{{ 'xxhixx'.strip('x') }} {{ path.startswith('/admin') }}"
                    " {{ path.endswith('.py') }} {{ 'a-b-c'.replace('-', '+') }} {{ 'a,b,,c'.split(',') }}"
                    " {{ ' a  b '.split() }} {{ ', '.join(words) }} {{ 'banana'.count('a') }}"
                    " {{ 'banana'.find('n') }} {{ '42'.isdigit() }} {{ '7'.zfill(3) }}", {}, None),
    ("str-format", "{{ '{} and {}'.format('a', 'b') }} {{ '{1}{0}'.format('x', 'y') }}"
                   " {{ 'Hello {name}!'.format(name=user.name) }} {{ '{:.2f}'.format(x) }}"
                   " {{ '{:>5}|{:<5}|{:^5}'.format('r', 'l', 'c') }} {{ '{:,}'.format(1234567) }}"
                   " {{ '{:05d}'.format(n) }} {{ '{0[name]} is {0[id]}'.format(user) }}", {}, None),
    ("dict-methods", "{% for k, v in user.items() if k != 'tags' %}{{ k }}={{ v }};{% endfor %}"
                     " {{ user.keys()|list|sort }} {{ user.get('name') }} {{ user.get('nope', 'dflt') }}"
                     " [{{ user.get('nope') }}] {{ user.values()|list|length }}", {}, None),
    ("datetime-methods", "{{ when.strftime('%Y-%m-%d %H:%M:%S') }} {{ when.strftime('%a %d %b %Y, %I:%M %p') }}"
                         " {{ when.strftime('%A %B %j %y') }} {{ when.isoformat() }} {{ when.year }}/{{ when.month }}"
                         "/{{ when.day }} {{ when.hour }}:{{ when.minute }}:{{ when.second }}"
                         " {{ day.strftime('%d.%m.%Y') }} {{ day.isoformat() }} {{ when.date() }}", {}, None),

    # Filters
    ("filter-default", "{{ missing|default('dflt') }} {{ empty|default('dflt') }} {{ empty|default('dflt', true) }}"
                       " {{ n|default(0) }} {{ missing|d('d') }}", {}, None),
    ("filter-length", "{{ words|length }} {{ words|count }} {{ 'four'|length }} {{ user|length }}", {}, None),
    ("filter-join", "{{ words|join }} {{ words|join(', ') }} {{ users|join(', ', attribute='name') }}"
                    " {{ nums|join('-') }}", {}, None),
    ("filter-case", "{{ 'hello WORLD'|upper }} {{ 'Hello'|lower }} {{ 'hello wORLD'|title }}"
                    " {{ 'hello World'|capitalize }}", {}, None),
    ("filter-trim", "[{{ '  x  '|trim }}] [{{ 'xxhixx'|trim('x') }}]", {}, None),
    ("filter-replace", "{{ 'aaa'|replace('a', 'b') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ name|replace('<', '[') }}",
     {}, None),
    ("filter-truncate", "{{ text|truncate(20) }}|{{ text|truncate(20, true) }}|{{ text|truncate(20, end='…') }}"
                        "|{{ 'short'|truncate(20) }}", {}, None),
    ("filter-wordcount", "{{ text|wordcount }}", {}, None),
    ("filter-first-last", "{{ words|first }} {{ words|last }} {{ 'abc'|first }}", {}, None),
    ("filter-sort", "{{ nums|sort }} {{ nums|sort(reverse=true) }} {{ words|sort }} {{ words|sort(case_sensitive=true) }}"
                    " {{ users|sort(attribute='age')|map(attribute='name')|join(',') }}", {}, None),
    ("filter-reverse", "{{ nums|reverse|list }} {{ 'abc'|reverse }}", {}, None),
    ("filter-unique", "{{ [1, 2, 1, 3, 2]|unique|list }} {{ ['a', 'A', 'b']|unique|list }}", {}, None),
    ("filter-numbers", "{{ nums|sum }} {{ nums|min }} {{ nums|max }} {{ 2.567|round }} {{ 2.567|round(2) }}"
                       " {{ 2.5|round(0, 'floor') }} {{ '42'|int }} {{ 'x'|int }} {{ '2.5'|float }} {{ -3|abs }}"
                       " {{ 3|float }}", {}, None),
    ("filter-list", "{{ 'abc'|list }} {{ nums|list }}", {}, None),
    ("filter-batch-slice", "{% for row in [1, 2, 3, 4, 5]|batch(2) %}{{ row }}{% endfor %}"
                           " {% for col in [1, 2, 3, 4, 5]|slice(2) %}{{ col }}{% endfor %}", {}, None),
    ("filter-select", "{{ users|selectattr('active')|map(attribute='name')|join(',') }}"
                      " {{ users|rejectattr('active')|map(attribute='name')|join(',') }}"
                      " {{ nums|select('odd')|list }} {{ nums|reject('odd')|list }}"
                      " {{ users|selectattr('age', 'equalto', 31)|map(attribute='name')|list }}", {}, None),
    ("filter-map", "{{ words|map('upper')|join(',') }} {{ users|map(attribute='age')|sum }}", {}, None),
    ("filter-groupby", "{% for group in users|groupby('age') %}{{ group.grouper }}:"
                       "{{ group.list|map(attribute='name')|join(',') }};{% endfor %}", {}, None),
    ("filter-dictsort", "{% for k, v in {'b': 1, 'a': 2}|dictsort %}{{ k }}{{ v }}{% endfor %}", {}, None),
    ("filter-striptags", "{{ '<p>Hello <b>you</b></p>'|striptags }}", {}, None),
    ("filter-urlencode", "{{ 'a b&c'|urlencode }} {{ {'q': 'x y', 'n': 1}|urlencode }}", {}, None),
    ("filter-center-indent", "[{{ 'x'|center(5) }}] [{{ 'a\nb'|indent(2) }}] [{{ 'a\nb'|indent(2, true) }}]", {}, None),
    ("filter-format", "{{ '%s-%s'|format('a', 'b') }} {{ '%d%%'|format(50) }}", {}, None),
    ("filter-string", "{{ n|string ~ '!' }} {{ yes|string }}", {}, None),
    ("filter-tojson", "<script>var d = {{ user|tojson }}; var s = {{ name|tojson }}; var l = {{ nums|tojson }};"
                      " var e = {{ {}|tojson }};</script>", {}, None),
    ("filter-tojson-indent", "{{ {'b': [1, 2], 'a': {'c': none} }|tojson(indent=2) }}", {}, None),
    ("filter-tojson-unicode", "{{ 'caf\u00e9 & <tags> \\'q\\''|tojson }}", {}, None),
    ("filter-filesizeformat", "{{ 1000|filesizeformat }} {{ 1024|filesizeformat(true) }} {{ 123456789|filesizeformat }}",
     {}, None),
    ("filter-xmlattr", "<div{{ {'class': 'x', 'id': 'a<b'}|xmlattr }}>", {}, None),
    ("filter-items", "{% for k, v in {'a': 1}|items %}{{ k }}{{ v }}{% endfor %}", {}, None),
    ("filter-attr", "{{ user|attr('name') }}", {}, None),
    ("filter-wordwrap", "{{ 'one two three four five'|wordwrap(9) }}", {}, None),
    ("filter-block", "{% filter upper %}shout {{ name }}{% endfilter %}", {}, None),

    # Tests
    ("tests-defined", "{{ name is defined }} {{ missing is defined }} {{ missing is undefined }}"
                      " {{ nothing is none }} {{ n is none }}", {}, None),
    ("tests-types", "{{ n is number }} {{ name is string }} {{ user is mapping }} {{ words is sequence }}"
                    " {{ words is iterable }} {{ n is integer }} {{ x is float }} {{ yes is boolean }}"
                    " {{ yes is true }} {{ no is false }}", {}, None),
    ("tests-numbers", "{{ 4 is even }} {{ 3 is odd }} {{ 9 is divisibleby(3) }} {{ 10 is divisibleby 4 }}", {}, None),
    ("tests-compare", "{{ n is eq 42 }} {{ n is ne 42 }} {{ n is gt 40 }} {{ n is lt 40 }} {{ n is ge 42 }}"
                      " {{ n is le 41 }} {{ n is equalto 42 }} {{ yes is sameas true }} {{ 'apple' is in words }}",
     {}, None),
    ("tests-case", "{{ 'abc' is lower }} {{ 'ABC' is upper }} {{ 'aBc' is lower }}", {}, None),
    ("tests-not", "{{ n is not none }} {{ missing is not defined }}", {}, None),

    # Control structures
    ("if-elif-else", "{% for v in [0, 5, 50] %}{% if v > 10 %}big{% elif v %}small{% else %}zero{% endif %};"
                     "{% endfor %}", {}, None),
    ("if-truthiness", "{% if empty %}E{% endif %}{% if 'false' %}S{% endif %}{% if [] %}L{% endif %}"
                      "{% if {} %}D{% endif %}{% if zero %}Z{% endif %}{% if nothing %}N{% endif %}"
                      "{% if missing %}M{% endif %}{% if words %}W{% endif %}{% if 0.0 %}F{% endif %}", {}, None),
    ("for-loop-vars", "{% for w in words %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}"
                      "{{ loop.first }}{{ loop.last }}{{ loop.length }}:{{ w }};{% endfor %}", {}, None),
    ("for-else", "{% for w in [] %}{{ w }}{% else %}none{% endfor %}|{% for w in words %}{{ w }}{% else %}none"
                 "{% endfor %}", {}, None),
    ("for-filter", "{% for u in users if u.active %}{{ loop.index }}/{{ loop.length }} {{ u.name }};"
                   "{% endfor %}", {}, None),
    ("for-unpack", "{% for k, v in pairs %}{{ k }}={{ v }};{% endfor %} {% for k, v in user.items()|sort %}"
                   "{{ k }};{% endfor %}", {}, None),
    ("for-dict", "{% for key in {'b': 1, 'a': 2} %}{{ key }}{% endfor %}", {}, None),
    ("for-cycle-prev-next", "{% for w in words %}{{ loop.cycle('odd', 'even') }}:{{ loop.previtem }}>{{ w }}>"
                            "{{ loop.nextitem }};{% endfor %}", {}, None),
    ("for-changed", "{% for u in users %}{% if loop.changed(u.age) %}[{{ u.age }}]{% endif %}{{ u.name }}"
                    "{% endfor %}", {}, None),
    ("for-nested", "{% for a in [1, 2] %}{% for b in 'xy' %}{{ a }}{{ b }}{{ loop.index }}"
                   "{% endfor %}{{ loop.index }};{% endfor %}", {}, None),
    ("for-range", "{% for i in range(3) %}{{ i }}{% endfor %} {% for i in range(1, 10, 3) %}{{ i }}{% endfor %}"
                  " {{ range(5)|list }}", {}, None),
    ("for-scope", "{% set total = 0 %}{% for n in nums %}{% set total = total + n %}{% endfor %}{{ total }}", {}, None),
    ("namespace", "{% set ns = namespace(total=0) %}{% for n in nums %}{% set ns.total = ns.total + n %}"
                  "{% endfor %}{{ ns.total }}", {}, None),
    ("set-and-block-set", "{% set a = 'x' %}{% set b, c = 1, 2 %}{% set block %}<i>{{ a }}</i>{% endset %}"
                          "{{ a }}{{ b }}{{ c }}{{ block }}", {}, None),
    ("with", "{% with a = 1, b = name %}{{ a }}{{ b }}{% endwith %}[{{ a }}]{% with %}{% set inner = 5 %}"
             "{{ inner }}{% endwith %}[{{ inner }}]", {}, None),
    ("macro-args", "{% macro greet(who, greeting='Hello', punct='!') %}{{ greeting }}, {{ who }}{{ punct }}"
                   "{% endmacro %}{{ greet('Ann') }} {{ greet('Bob', 'Hi') }} {{ greet('Cid', punct='?') }}"
                   " {{ greet(name) }}", {}, None),
    ("macro-varargs", "{% macro show() %}{{ varargs|join(',') }}|{{ kwargs|dictsort|map('join', '=')|join(',') }}"
                      "{% endmacro %}{{ show(1, 2, a=3) }}", {}, None),
    ("macro-call-caller", "{% macro box(title) %}<div title=\"{{ title }}\">{{ caller() }}</div>{% endmacro %}"
                          "{% call box(name) %}inside {{ name }}{% endcall %}", {}, None),
    ("macro-import", "{% import 'cases/forms.html' as forms %}{{ forms.field('q', name) }} {{ forms.version }}",
     {}, None),
    ("macro-from-import", "{% from 'cases/forms.html' import field, wrap as w %}{{ field('p', type='password') }}"
                          "{% call w('span') %}{{ name }}{% endcall %}", {}, None),
    ("include", "before {% include 'cases/item.html' %} after", {}, None),
    ("include-with-context", "{% set name = 'local' %}{% include 'cases/item.html' %}", {}, None),
    ("whitespace-control", "<ul>\n  {%- for w in words %}\n  <li>{{ w }}</li>\n  {%- endfor %}\n</ul>\n  {{- ' x ' -}}  \n",
     {}, None),
    ("whitespace-default", "<ul>\n  {% for w in words %}\n  <li>{{ w }}</li>\n  {% endfor %}\n</ul>\n", {}, None),
    ("whitespace-tags-only", "{% if yes %}\nyes\n{% endif %}\n{% set a = 1 %}\nend\n", {}, None),

    # Files: extension, inheritance
    ("file-extends", "file:cases/child.html", {}, None),
    ("file-super-chain", "file:cases/grandchild.html", {}, None),
    ("file-txt-not-escaped", "file:cases/note.txt", {}, None),
    ("file-svg-escaped", "file:cases/pic.svg", {}, None),

    # Flask's context
    ("flask-url-for", "{{ url_for('index') }} {{ url_for('post', id=3) }} {{ url_for('post', id=3, page=2) }}"
                      " {{ url_for('index', _anchor='top') }} {{ url_for('index', _external=True) }}"
                      " {{ url_for('static', filename='style.css') }} {{ url_for('index', q='a b&c') }}"
                      " {{ url_for('post', id=user.id) }}", {}, None),
    ("flask-request", "{{ request.path }} {{ request.method }} {{ request.args.q }} {{ request.args['q'] }}"
                      " {{ request.args.getlist('q') }} {{ 'q' in request.args }} [{{ request.args.nope }}]"
                      " {{ request.args.get('nope', 'dflt') }} {{ request.endpoint }}",
     {}, {"path": "/page?q=flask&q=jinja"}),
    ("flask-request-form", "{{ request.form['title'] }}|{{ request.form['missing'] or 'fallback' }}"
                           "|{{ request.form.get('body', '') }}",
     {}, {"path": "/page", "method": "POST", "form": {"title": "A <title>", "body": ""}}),
    ("flask-config-g-session", "{{ config.DEBUG }} {{ config['TESTING'] }} {{ g.who }} {{ session.visits }}"
                               " {{ session['visits'] + 1 }}", {}, {"path": "/", "g": {"who": "me"},
                                                                  "session": {"visits": 3}}),
    ("flask-flashes", "{% for m in get_flashed_messages() %}[{{ m }}]{% endfor %}", {},
     {"path": "/", "flash": [["message", "Saved <b>"], ["error", "Failed"]]}),
    ("flask-flashes-categories", "{% for c, m in get_flashed_messages(with_categories=true) %}{{ c }}:{{ m }};"
                                 "{% endfor %}", {}, {"path": "/", "flash": [["message", "a"], ["error", "b"]]}),
    ("flask-flashes-filter", "{{ get_flashed_messages(category_filter=['error']) }}", {},
     {"path": "/", "flash": [["message", "a"], ["error", "b"]]}),
    ("flask-dict-global", "{{ dict(a=1, b='x')|dictsort }}", {}, None),

    # More of Jinja
    ("self-block", "{% extends 'cases/layout.html' %}{% block title %}T{% endblock %}"
                   "{% block content %}[{{ self.title() }}]{% endblock %}", {}, None),
    ("call-with-arguments", "{% macro m(items) %}{% for it in items %}{{ caller(it) }}{% endfor %}{% endmacro %}"
                            "{% call(x) m([1, 2]) %}<{{ x }}>{% endcall %}", {}, None),
    ("include-ignore-missing", "{% include 'cases/nope.html' ignore missing %}ok", {}, None),
    ("include-first-found", "{% include ['cases/nope.html', 'cases/item.html'] %}", {}, None),
    ("include-own-autoescape", "{{ name }} {% include 'cases/note.txt' %}", {}, None),
    ("import-with-context", "{% import 'cases/forms.html' as f with context %}{{ f.version }}", {}, None),
    ("extends-expression", "{% set lay = 'cases/layout.html' %}{% extends lay %}{% block title %}V{% endblock %}",
     {}, None),
    ("numbers-python", "{{ -7 // 2 }} {{ 7 // -2 }} {{ 2 ** 0.5 }} {{ 1e3 }} {{ 10 / 3 }} {{ 0.1 + 0.2 }}"
                       " {{ 12345.678|round(1) }} {{ 1234567.0 }} {{ 12345678901234567.0 }}", {}, None),
    ("tuples-and-items", "{{ (1, 2) }} {{ {'a': 1}.items()|list }} {{ user|dictsort|first }} {{ 'abc'|batch(2)|list }}",
     {}, None),
    ("undefined-filters-tests", "{{ missing|length }} [{{ missing|join(',') }}] {{ missing is callable }}"
                                " {{ url_for is callable }} {{ nothing|default('d') }} {{ nothing|default('d', true) }}",
     {}, None),
    ("cycler-joiner", "{% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.current }}{{ c.next() }}"
                      " {% set j = joiner(', ') %}{% for w in words %}{{ j() }}{{ w }}{% endfor %}", {}, None),
    ("string-escapes", "{{ '\\t|\\n|' }} {{ \"it's\" }}", {}, None),
    ("filter-chains", "{{ words|map('lower')|list }} {{ words|select('lower')|list }} {{ user.tags|first|upper }}"
                      " {{ users|map(attribute='name')|map('upper')|join('/') }} {{ words|join(', ')|truncate(9) }}"
                      " {{ x|int }} {{ '3.7'|float|int }} {{ n|float }} {{ 'abc'|upper|replace('B', '-') }}", {}, None),
    ("percent-more", "{{ \"%-5s|\" % 'ab' }} {{ '%s' % nothing }} {{ '%r' % 'q' }} {{ 3|string|length }}", {}, None),
    ("none-tests", "{{ 'x' if nothing is none else 'y' }} {{ nothing is not none }} {{ nothing }}", {}, None),
    ("loop-depth", "{% for a in [[1, 2], [3]] %}{% for b in a %}{{ loop.depth }}{% endfor %}{% endfor %}", {}, None),
    ("filter-block-chain", "{% filter upper|replace('A', '4') %}abc{% endfilter %}", {}, None),
    ("markup-lengths", "{{ html|safe|length }} {{ name|length }} {{ html ~ '' }} {{ (html ~ name)|length }}", {}, None),
]


def decode(value):
    if isinstance(value, dict):
        if "$datetime" in value:
            return datetime.datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return datetime.date.fromisoformat(value["$date"])
        if "$markup" in value:
            return Markup(value["$markup"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def make_app():
    app = flask.Flask(__name__, template_folder=os.path.join(RESOURCES, "templates"),
                      static_folder=None)
    app.config.update(TESTING=True, SECRET_KEY="test key", SERVER_NAME=None)
    app.add_url_rule("/", "index", lambda: "")
    app.add_url_rule("/page", "page", lambda: "", methods=["GET", "POST"])
    app.add_url_rule("/post/<int:id>", "post", lambda id: "")
    app.add_url_rule("/static/<path:filename>", "static", lambda filename: "")
    return app


def render(app, template, context, request):
    request = request or {"path": "/"}
    with app.test_request_context(request["path"], method=request.get("method", "GET"),
                                  data=request.get("form")):
        for key, value in request.get("g", {}).items():
            setattr(flask.g, key, value)
        for key, value in request.get("session", {}).items():
            flask.session[key] = value
        for category, message in request.get("flash", []):
            flask.flash(message, category)
        if template.startswith("file:"):
            return flask.render_template(template[5:], **context)
        return flask.render_template_string(template, **context)


def main():
    app = make_app()
    cases = []
    for name, template, extra, request in CASES:
        context = dict(CONTEXT, **extra)
        try:
            expected = render(app, template, decode(context), request)
        except Exception as e:  # a case Jinja refuses is a bug in the corpus
            raise SystemExit(f"{name}: {e!r}")
        case = {"name": name, "template": template, "context": extra, "expected": expected}
        if request:
            case["request"] = request
        cases.append(case)
    with open(os.path.join(RESOURCES, "jinja-cases.json"), "w") as f:
        json.dump({"context": CONTEXT, "cases": cases}, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
