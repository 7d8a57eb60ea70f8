"""Records how Werkzeug 3.1.8 parses and answers HTTP headers, for HttpVectorTests.

Run from the root of the repository with Flask 3.1.3 / Werkzeug 3.1.8 installed:

    python3 flask-spring-autoconfigure/src/test/python/record_werkzeug_http.py

It writes flask-spring-autoconfigure/src/test/resources/vectors/werkzeug_http.json: hand-picked
and generated header values (fixed seed) with what Werkzeug makes of them (accept headers, options,
lists, dicts, etags, ranges, content ranges, authorization, cache control, dates), conditional
responses (make_conditional as sent by the WSGI layer), secure_filename and safe_join on POSIX and
as on Windows, the headers Flask sends for conditional requests of a static file, and the Set-Cookie
headers of Response.delete_cookie. CI does not run this script.
"""

import base64
import importlib.metadata
import json
import ntpath
import os
import platform
import posixpath
import random
import tempfile
from datetime import datetime
from datetime import timezone
from unittest import mock

import flask
import werkzeug.security
import werkzeug.utils
import werkzeug.wrappers
from werkzeug import http
from werkzeug.datastructures import Accept
from werkzeug.datastructures import Authorization
from werkzeug.datastructures import CharsetAccept
from werkzeug.datastructures import LanguageAccept
from werkzeug.datastructures import MIMEAccept
from werkzeug.datastructures import RequestCacheControl
from werkzeug.exceptions import HTTPException
from werkzeug.test import create_environ

OUT = os.path.join(
    os.path.dirname(__file__), "..", "resources", "vectors", "werkzeug_http.json"
)
RNG = random.Random(18)


def generated(pieces, count, max_len=8):
    """``count`` strings made of 1..max_len random ``pieces``, from the fixed seed."""
    return ["".join(RNG.choice(pieces) for _ in range(RNG.randint(1, max_len))) for _ in range(count)]


def call(f, *args):
    """f(*args), or {"error": name} where Werkzeug raises."""
    try:
        return f(*args)
    except Exception as e:  # recorded, not hidden: the Java side must not fail here
        return {"error": type(e).__name__}


def epoch(dt):
    return None if dt is None else int(dt.timestamp())


# Accept headers ------------------------------------------------------------------------------

ACCEPT_PIECES = [
    "text/html", "text/*", "*/*", "*", "application/json", "image/png", ";q=0.5", ";q=0", ";q=1",
    ";q=0.8", ";level=1", "; level=2", ",", ", ", " ", "q=", "=", '"', "\\", "en", "en-US", "en_gb",
    "de", "utf-8", "UTF8", "iso-8859-1", "latin1", "gzip", ";q=1.5", ";q=-1", ";q=.5", "é", ";Q=0.3",
    "/", ";", "a", "1",
]
ACCEPT_HEADERS = [
    "", "text/xml,application/xml,application/xhtml+xml,text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5",
    "text/*, text/html, text/html;level=1, */*", "en-us,ru;q=0.5", "ISO-8859-1,utf-8;q=0.7,*;q=0.7",
    "de-AT,de;q=0.8,en;q=0.5", "gzip,deflate", 'application/x-special; z="a b";q=0.5',
    "foo=,application/xml,application/xhtml+xml,text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5",
    "en;q=1.0", "en;q=0.0", "en;q=5", "en,jp;q=.5", "en,jp;q=+0.5", "en,jp;q=0.5_1", "*/*;q=0", "text/html;q=0.001",
    ";q=0.5", "a/b/c, a/b;x=1;y=2", "text/html ; level=1 ; q=0.7", ",,,", 'text/"html', "*/html", "text/HTML",
] + generated(ACCEPT_PIECES, 60)
MIME_OFFERS = [
    ["text/html"], ["application/json", "text/html"], ["image/png", "text/plain"], ["text/html; level=1"],
    ["text/html;level=1", "text/html"], ["application/xml", "text/xml"], ["foo/bar"], ["*/*"],
]
LANGUAGE_OFFERS = [["en"], ["en-US", "en"], ["de", "en"], ["en_US"], ["de-AT", "fr"], ["aus-EN"], ["enx", "en-GB"]]
CHARSET_OFFERS = [["utf-8"], ["UTF8", "latin1"], ["ascii"], ["ebcdic", "utf_8"]]
PLAIN_OFFERS = [["gzip"], ["deflate", "br"], ["identity"], ["GZIP", "x"]]
KEYS = {
    "MIMEAccept": ["text/html", "image/png", "foo/bar", "application/json", "text/html; level=1"],
    "LanguageAccept": ["en", "en-us", "de_AT", "fr"],
    "CharsetAccept": ["utf-8", "UTF8", "iso8859-1", "ebcdic"],
    "Accept": ["gzip", "deflate", "x"],
}
CLASSES = {
    "MIMEAccept": (MIMEAccept, MIME_OFFERS),
    "LanguageAccept": (LanguageAccept, LANGUAGE_OFFERS),
    "CharsetAccept": (CharsetAccept, CHARSET_OFFERS),
    "Accept": (Accept, PLAIN_OFFERS),
}


def accept_cases():
    cases = []
    for header in ACCEPT_HEADERS:
        for name, (cls, offers) in CLASSES.items():
            a = http.parse_accept_header(header, cls)
            cases.append({
                "class": name,
                "header": header,
                "provided": a.provided,
                "entries": [[v, q] for v, q in a],
                "best": a.best,
                "to_header": a.to_header(),
                "best_match": [{"offers": o, "result": call(a.best_match, o)} for o in offers],
                "quality": {k: call(a.quality, k) for k in KEYS[name]},
                "contains": {k: call(a.__contains__, k) for k in KEYS[name]},
            })
    return cases


# Generic header syntax -----------------------------------------------------------------------

SYNTAX_PIECES = [
    "a", "b", "key", "=", ";", ",", " ", '"', "\\", "*", "'", "%22", "%C2%B5", "%ff", "UTF-8''", "utf-8'en'",
    "iso-8859-1''", "ascii''", "*0", "*1", "µ", "é", "x y", "\t", "q=0.5",
]
OPTIONS_HEADERS = [
    None, "", ";a=b", "v", "v;", "v;a=b;c=d;", "v;  ; a=b ; ", "v;a", "v;a=", "v;=b", 'v;a="b"', "v;a=µ",
    'v;a="\';\'";b="µ";', 'v;a="b c"', 'v;a="b\\"c";d=e', 'v;a="c:\\\\"', 'v;a="c:\\"', 'v;a="b\\\\\\"c"',
    'v;a="b%22c"', "v;a*=b", "v;a*=ASCII'en'b", "v;a*=US-ASCII''%62", "v;a*=UTF-8''%C2%B5",
    "v;a*=US-ASCII''%C2%B5", "v;a*=BAD''%62", "v;a*=UTF-8'''%F0%9F%90%8D'.txt", 'v;a="🐍.txt"',
    "v;a*0=b;a*1=c;d=e", "v;a*0*=b", "v;a*0*=UTF-8''b;a*1=c;a*2*=%C2%B5", 'v;a="' + "\\" * 40, " ", " , ",
    " ; ", " ,; ", " , a ", " ; a ", 'something; fileName="File.ext"', "text/html; charset=utf-8",
    "multipart/form-data; boundary=----abc", "v;a*=UTF-8''%E2%82", "v;a*=iso-8859-1''%e9;b*=%41",
] + ["v;" + s for s in generated(SYNTAX_PIECES, 120)]
LIST_HEADERS = [
    "a b", "a b, c", 'a b, "c, d"', '"a\\"b", c', 'a"b,c", "d e"', "a, ,,b,", 'a, "b, c", "d, e', "",
    '"\\\\"', '"a\\', 'token, "quoted value"',
] + generated(SYNTAX_PIECES, 120)
DICT_HEADERS = [
    'foo="bar baz", blah=42', "foo, bar=", "=foo, =", 'a=1, b="2, 3", c="4, d=5', "a*=UTF-8''%C2%B5",
    "a*=BAD''x, b", 'realm="x\\"y", qop=auth',
] + generated(SYNTAX_PIECES, 120)


def syntax_cases():
    return {
        "options": [{"value": v, "result": list(http.parse_options_header(v))} for v in OPTIONS_HEADERS],
        "list": [{"value": v, "result": http.parse_list_header(v)} for v in LIST_HEADERS],
        "dict": [{"value": v, "result": list(http.parse_dict_header(v).items())} for v in DICT_HEADERS],
    }


# ETags, ranges, dates ------------------------------------------------------------------------

ETAG_PIECES = ['"a"', '"b"', 'W/"c"', "w/", "W/", "*", ",", ", ", " ", '"', "d", '""', "e f", "\t", '"x" y', " , ",
               '"a,b"', 'W/"', '\\"', "  ", "\u00a0"]
ETAG_HEADERS = [
    "", '"foo", "bar", W/"baz", blar', 'W/"foo"', "*", '"*"', 'W/"foo", bar, "baz"', '""', '"a", *', " , ",
] + generated(ETAG_PIECES, 300)
ETAG_KEYS = ["a", "b", "c", "d", "foo", "bar", "baz", "blar", "*", "e f"]


def etag_cases():
    cases = []
    for v in ETAG_HEADERS:
        e = http.parse_etags(v)
        cases.append({
            "value": v,
            "strong": sorted(e.as_set(), key=str),
            "weak": sorted(e._weak, key=str),
            "star": e.star_tag,
            "empty": not e,
            "contains": {k: e.contains(k) for k in ETAG_KEYS},
            "contains_weak": {k: e.contains_weak(k) for k in ETAG_KEYS},
            "unquote": list(http.unquote_etag(v)),
        })
    return cases


RANGE_PIECES = ["bytes", "=", "0", "5", "52", "99", "-", ",", " ", "-1000", "bad", "1_0", "+1", "items", "BYTES", "9" * 25]
RANGE_HEADERS = [
    "bytes=52", "bytes=52-", "bytes=52-99", "bytes=52-99,-1000", "bytes = 1 - 100", "AWesomes=0-999", "bytes=-",
    "bytes=bad", "bytes=bad-1", "bytes=-bad", "bytes=52-99, bad", "🯱🯲🯳", "+1-", "1-1_23", "", "bytes=0-0",
    "bytes=5-3", "bytes=0-1,5-6", "bytes=-0", "bytes=0-" + "9" * 25, "bytes=" + "9" * 25 + "-", "bytes=10-5,20-30",
] + generated(RANGE_PIECES, 150)
LENGTHS = [None, 0, 1, 11, 100, 1000]


def range_cases():
    cases = []
    for v in RANGE_HEADERS:
        r = http.parse_range_header(v)
        case = {"value": v, "result": None}
        if r is not None:
            case["result"] = {
                "units": r.units,
                "ranges": [list(x) for x in r.ranges],
                "to_header": r.to_header(),
                "for_length": [[n, None if (x := r.range_for_length(n)) is None else list(x)] for n in LENGTHS],
                "content_range": [[n, r.to_content_range_header(n)] for n in LENGTHS],
            }
        cases.append(case)
    return cases


CONTENT_RANGE_PIECES = ["bytes", " ", "0", "-", "98", "99", "/", "*", "100", "-1", "1_0", "+2", "asd"]
CONTENT_RANGE_HEADERS = [
    None, "bytes 0-98/*", "bytes 0-98/*asdfsa", "bytes */-1", "bytes 0-99/100", "bytes */100", "bytes */🯱🯲🯳",
    "bytes 1-+2/3", "bytes 1_23-125/*", "  bytes   0-0/1  ", "bytes 5-4/10", "bytes 10-10/10", "bytes */*",
] + generated(CONTENT_RANGE_PIECES, 120)


def content_range_cases():
    cases = []
    for v in CONTENT_RANGE_HEADERS:
        c = http.parse_content_range_header(v)
        cases.append({
            "value": v,
            "result": None if c is None else [c.units, c.start, c.stop, c.length, c.to_header()],
        })
    return cases


DATE_PIECES = [
    "Sun,", "Sun", "06", "6", "Nov", "november", "1994", "94", "08:49:37", "8:9", "08.49.37", "GMT", "EST", "+0100",
    "-0000", "+2400", "Z", " ", "  ", "-", ",", "33", "2008", "13:61:00", "x", "٣", "1_994",
]
DATE_VALUES = [
    "Sun, 06 Nov 1994 08:49:37 GMT    ", "Sunday, 06-Nov-94 08:49:37 GMT", " Sun Nov  6 08:49:37 1994", "foo",
    " Sun 02 Feb 1343 08:49:37 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "Thu, 33 Jan 1970 00:00:00 GMT", "",
    "Sun, 06 Nov 1994 08:49:37 +2400", "Sun, 06 Nov 1994 08:49:37 +2359", "Sun, 06 Nov 1994 08:49:37 -0000",
    "Sun, 06 Nov 1994 08:49:37 EST", "06 Nov 1_994 08:49:37", "06 Nov 94 8:9", "Nov 06 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 08:49:60 GMT", "Sun, 06 Nov 1994 08.49.37 GMT", "Sun, 06 Nov 1994 08:49:37 +0100x",
    "Tue, 22 Jan 2008 11:18:44 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
    "Sun, 06 Nov 1994 08:49:37 -2359", "Sun, 06 Nov 1994 08:49:37 +9999999999999999999999", "29 Feb 2001 00:00:00", "29 Feb 2000 00:00:00", "06 Nov 1994 25:00:00",
] + generated(DATE_PIECES, 200)


def date_cases():
    return [{"value": v, "epoch": epoch(x) if not isinstance(x := call(http.parse_date, v), dict) else x}
            for v in DATE_VALUES]


# Authorization and cache control -------------------------------------------------------------

AUTH_VALUES = [
    "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "Basic 0YDRg9GB0YHQutC40IE60JHRg9C60LLRiw==", "Basic 5pmu6YCa6K+dOuS4reaWhw==",
    'Digest username="Mufasa", realm="testrealm@host.invalid", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093",'
    ' uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b",'
    ' response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    "", "foo", "Digest foo, bar=, =qux, =", "Token " + base64.b64encode(b"This has base64 padding").decode(),
    "Token " + base64.b64encode(b"This has base64 padding..").decode(), "Basic foo",
    "Basic " + base64.b64encode(b"\xffser:pass").decode(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ", "Basic QWxh!ZGRp",
    "Basic QQ==QQ==", "Basic Q===", "Basic QQ=x=", "Basic =QQ==", "Basic    QWxhZGRpbjpvcGVuIHNlc2FtZQ==   ",
    "basic", "Bearer", "Bearer  abc def", "Digest a=b, c", "Token abc==", "Token a=b=", "  Basic x",
    "Basic V2Vya3pldWc6V2VrcnpldWc=", "BEARER xyz", "Basic " + base64.b64encode(b"no colon").decode(),
    "Basic " + base64.b64encode(b"a:b:c").decode(), "Basic QWxh ZGRp bjpv", "Basic QQ", "Basic QUI=",
    "Digest realm=\"a\\\"b\"", "Basic \u00e9",
] + ["Basic " + s for s in generated(list("QWxhZGRpbjpvcGVuIHNlc2FtZQ=+/ !-_"), 80, 16)]


def authorization_cases():
    cases = []
    for v in AUTH_VALUES:
        a = call(Authorization.from_header, v)
        if isinstance(a, dict) or a is None:
            cases.append({"value": v, "result": a})
        else:
            cases.append({"value": v, "result": {
                "type": a.type, "parameters": list(a.parameters.items()), "token": a.token,
                "to_header": a.to_header(),
            }})
    return cases


CC_PIECES = ["max-age=0", "max-age=60", "max-age", "no-cache", "no-store", "private", 'community="UCI"', ",", ", ",
             "max-stale", "max-stale=5", "min-fresh=x", "min-fresh=1_0", "only-if-cached", "=", " ", "max-age=-1",
             "max-age= 7", 'max-age="8"', "no-transform", "stale-if-error=3"]
CC_VALUES = ["", "max-age=0, no-cache", "no-store, no-cache", "private, max-stale", "max-age=99999999999999"] + generated(
    CC_PIECES, 120, 5)


def cache_control_cases():
    cases = []
    for v in CC_VALUES:
        cc = http.parse_cache_control_header(v, None, RequestCacheControl)
        cases.append({
            "value": v, "directives": list(cc.items()), "to_header": cc.to_header(),
            "no_cache": cc.no_cache, "no_store": cc.no_store, "max_age": cc.max_age,
            "max_stale": cc.max_stale, "min_fresh": cc.min_fresh, "only_if_cached": cc.only_if_cached,
            "no_transform": cc.no_transform, "stale_if_error": cc.stale_if_error,
        })
    return cases


# Conditional responses -----------------------------------------------------------------------

LAST_MODIFIED = "Tue, 22 Jan 2008 11:18:44 GMT"
ETAG = '"abc"'
REQUESTS = [
    {}, {"If-None-Match": ETAG}, {"If-None-Match": 'W/"abc"'}, {"If-None-Match": '"other"'}, {"If-None-Match": "*"},
    {"If-Match": '"other"'}, {"If-Match": ETAG}, {"If-Match": "*"}, {"If-Modified-Since": LAST_MODIFIED},
    {"If-Modified-Since": "Tue, 22 Jan 2008 11:18:43 GMT"}, {"If-Modified-Since": "garbage"},
    {"Range": "bytes=0-4"}, {"Range": "bytes=6-666"}, {"Range": "bytes=-3"}, {"Range": "bytes=20-"},
    {"Range": "bytes=-"}, {"Range": ""}, {"Range": "bytes=0-1,3-4"}, {"Range": "items=0-1"},
    {"Range": "bytes=0-4", "If-Range": ETAG}, {"Range": "bytes=0-4", "If-Range": '"other"'},
    {"Range": "bytes=0-4", "If-Range": LAST_MODIFIED}, {"Range": "bytes=0-4", "If-Range": "Mon, 21 Jan 2008 00:00:00 GMT"},
    {"If-Range": ETAG}, {"Range": "bytes=0-4", "If-None-Match": ETAG},
    {"If-None-Match": ETAG, "If-Modified-Since": "Mon, 21 Jan 2008 00:00:00 GMT"},
]
RESPONSES = [
    {}, {"ETag": ETAG}, {"Last-Modified": LAST_MODIFIED}, {"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
    {"ETag": 'W/"abc"', "Cache-Control": "max-age=60", "Expires": LAST_MODIFIED, "Content-Location": "/x"},
]
OPTIONS = [(False, None), (True, 11), (True, None), (True, 0), ("units", 11)]


def conditional_cases():
    cases = []
    for method in ("GET", "HEAD", "POST"):
        for req in REQUESTS:
            for resp_headers in RESPONSES if method == "GET" else RESPONSES[3:4]:
                for accept_ranges, length in OPTIONS if method != "POST" else OPTIONS[1:2]:
                    env = create_environ(method=method, headers=req)
                    rv = flask.Response("Hello World", headers=resp_headers)
                    case = {"method": method, "request": req, "response": resp_headers,
                            "accept_ranges": accept_ranges, "complete_length": length}
                    try:
                        rv.make_conditional(env, accept_ranges=accept_ranges, complete_length=length)
                    except HTTPException as e:
                        case["error"] = e.code
                        cases.append(case)
                        continue
                    body, status, headers = rv.get_wsgi_response(env)
                    case["status"] = int(status.split()[0])
                    case["headers"] = sorted([k, v] for k, v in headers if k != "Date")
                    case["date"] = any(k == "Date" for k, _ in headers)
                    case["body"] = b"".join(body).decode()
                    cases.append(case)
    return cases


# secure_filename and safe_join ---------------------------------------------------------------

FILENAMES = [
    "My cool movie.mov", "../../../etc/passwd", "i contain cool \xfcml\xe4uts.txt", "__filename__", "foo$&^*)bar",
    "CON", "con.txt", "NUL", "aux.tar.gz", "COM1", "com¹.txt", "LPT9", "CONIN$", "a\\b\\c.txt", "C:\\Windows\\x.ini",
    "", ".", "..", "...", "._.", "\u00a0x\u00a0", "x\ty\nz", "ﬁle.txt", "日本語.txt", "\U0001f40d.py", "a/./b",
    " spaced out ", "--dash--", "a..b", "PRN.", "file\x00name", "résumé.pdf", "x" * 10 + "/" + "y",
] + generated(["a", "B", "/", "\\", ".", "_", " ", "é", "ü", "CON", "nul", "-", "$", "\t", "..", "ﬁ"], 120)
JOINS = [
    ("a", ["b/c"]), ("a", ["../b/c"]), ("a", ["b\\c"]), ("a", ["//b/c"]), ("", ["c:test.txt"]), ("foo", ["bar/baz*"]),
    ("a", ["CON"]), ("a", ["CON.txt"]), ("a", ["CON.txt.html"]), ("a", ["CON  "]), ("a", ["CON . txt"]),
    ("a", ["b/CON"]), ("a", ["nul"]), ("a", ["com\u00b9"]), ("a", [""]), ("a", []), ("a/", ["b"]), ("a", ["b", "c"]),
    ("a", ["b", "../c"]), ("a", ["b/../../c"]), ("a", ["b/..", "c"]), ("a", ["/b"]), ("a", ["C:/x"]), ("a", ["C:\\x"]),
    ("a", ["\\\\server\\share"]), ("a", ["."]), ("a", ["./"]), ("a", ["x/.."]), ("a", ["..."]), ("a", ["..a"]),
    ("a", ["a\x00b"]), ("a", ["CON\u00a0"]), ("", ["b"]), ("/abs", ["b"]), ("a", ["b//c/./d"]),
] + [("a", [s]) for s in generated(["b", "/", "\\", "..", ".", "CON", "c:", " ", "x.txt", "//"], 150)]


def on_windows(f, *args):
    """f(*args) with Werkzeug's Windows rules: os.name "nt", "\\" the separator, ntpath.isabs."""
    with mock.patch("os.name", "nt"), mock.patch.object(werkzeug.security, "_os_alt_seps", ["\\"]), \
            mock.patch("os.sep", "\\"), mock.patch.object(posixpath, "altsep", "/"), \
            mock.patch.object(os.path, "isabs", ntpath.isabs):
        return f(*args)


def filename_cases():
    return [{"value": v, "posix": werkzeug.utils.secure_filename(v),
             "nt": on_windows(werkzeug.utils.secure_filename, v)} for v in FILENAMES]


def join_cases():
    return [{"directory": d, "parts": p, "posix": werkzeug.security.safe_join(d, *p),
             "nt": on_windows(werkzeug.security.safe_join, d, *p)} for d, p in JOINS]


# Flask static files --------------------------------------------------------------------------

STATIC_BODY = "body{}\n"
STATIC_REQUESTS = [
    ("GET", {}), ("GET", {"If-None-Match": "{etag}"}), ("HEAD", {"If-None-Match": "{etag}"}),
    ("GET", {"If-Modified-Since": "{last_modified}"}), ("GET", {"If-Match": '"zzz"'}), ("GET", {"Range": "bytes=2-"}),
    ("GET", {"Range": "bytes=20-"}), ("GET", {"Range": "bytes=2-", "If-Range": "{etag}"}),
    ("GET", {"Range": "bytes=2-", "If-Range": '"old"'}),
]


def static_cases():
    root = tempfile.mkdtemp()
    os.makedirs(os.path.join(root, "static"))
    with open(os.path.join(root, "static", "style.css"), "w") as f:
        f.write(STATIC_BODY)
    app = flask.Flask("static_vectors", root_path=root)
    client = app.test_client()
    first = client.get("/static/style.css")
    values = {"etag": first.headers["ETag"], "last_modified": first.headers["Last-Modified"]}
    cases = []
    for method, headers in STATIC_REQUESTS:
        sent = {k: v.format(**values) for k, v in headers.items()}
        rv = client.open("/static/style.css", method=method, headers=sent)
        cases.append({"method": method, "request": headers, "status": rv.status_code,
                      "header_names": sorted({k for k, _ in rv.headers}), "body": rv.get_data(as_text=True)})
    return {"body": STATIC_BODY, "cases": cases}


# delete_cookie -------------------------------------------------------------------------------

DELETE_COOKIE_OPTIONS = [
    {}, {"path": "/blub"}, {"path": None}, {"domain": "example.org"}, {"domain": ".example.org"},
    {"domain": "\N{SNOWMAN}.com"}, {"secure": True}, {"httponly": True}, {"samesite": "Strict"},
    {"samesite": "lax"}, {"samesite": "None", "secure": True}, {"partitioned": True},
    {"path": "/a", "domain": "example.org", "secure": True, "httponly": True, "samesite": "Lax",
     "partitioned": True},
]


def delete_cookie_cases():
    cases = []
    for options in DELETE_COOKIE_OPTIONS:
        rv = werkzeug.wrappers.Response()
        rv.delete_cookie("foo", **options)
        cases.append({"options": options, "set_cookie": rv.headers.getlist("Set-Cookie")})
    return cases


def main():
    data = {
        "kind": "werkzeug-http",
        "format_version": 1,
        "generated_with": {
            "python": platform.python_version(),
            "flask": importlib.metadata.version("flask"),
            "werkzeug": importlib.metadata.version("werkzeug"),
        },
        "recorded_at": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "accept": accept_cases(),
        **syntax_cases(),
        "etags": etag_cases(),
        "range": range_cases(),
        "content_range": content_range_cases(),
        "dates": date_cases(),
        "authorization": authorization_cases(),
        "cache_control": cache_control_cases(),
        "conditional": conditional_cases(),
        "secure_filename": filename_cases(),
        "safe_join": join_cases(),
        "static": static_cases(),
        "delete_cookie": delete_cookie_cases(),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("{\n")
        for i, (key, value) in enumerate(data.items()):
            f.write(f" {json.dumps(key)}: ")
            if isinstance(value, list):
                f.write("[\n" + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in value) + "\n ]")
            else:
                f.write(json.dumps(value, ensure_ascii=False))
            f.write(",\n" if i < len(data) - 1 else "\n")
        f.write("}\n")


if __name__ == "__main__":
    main()
