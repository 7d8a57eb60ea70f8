"""Records what the Flask-Login interop tests compare against, made by the real Python packages.

Run with Python 3.11, Flask 3.1.3, Werkzeug 3.1.8 and Flask-Login 0.6.3 installed
(``pip install flask==3.1.3 flask-login==0.6.3``):

    python3 flask-spring-login/src/test/resources/vectors/record_login_vectors.py

It writes login_vectors.json beside itself. The clock is fixed (Flask-Login's remember-cookie
expiry, itsdangerous' timestamp, Flask's permanent-session expiry), so every cookie is
deterministic and the Java side, run with the same fixed clock, must produce the same bytes.
The build does not run this script.

Sections:
- identifiers: Flask-Login's _create_identifier for a remote address and request headers.
- remember_cookies: encode_cookie / decode_cookie for keys and payloads.
- next_params, login_urls: make_next_param and login_url.
- exchanges: requests to one Flask-Login app under a given config, with the response Python gave
  (status, Location, body, Set-Cookie headers, Vary). The Cookie headers of later exchanges are
  the cookies Python minted in earlier ones.
"""

import base64
import datetime as real_datetime
import hashlib
import hmac
import importlib.metadata
import json
import os
import platform
import types
from unittest import mock

from flask import Blueprint, Flask, request, session
import flask_login
from flask_login import (
    LoginManager,
    UserMixin,
    confirm_login,
    current_user,
    decode_cookie,
    encode_cookie,
    fresh_login_required,
    login_fresh,
    login_remembered,
    login_required,
    login_url,
    login_user,
    logout_user,
    make_next_param,
)
from flask_login.utils import _create_identifier

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "login_vectors.json")

NOW = real_datetime.datetime(2026, 1, 1, 0, 0, 0)
NOW_TS = int(NOW.replace(tzinfo=real_datetime.timezone.utc).timestamp())
SECRET = "interop secret key"
UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
OTHER_UA = "curl/8.5.0"
ADDR = "192.0.2.10"


class User(UserMixin):
    def __init__(self, id, name, active=True):
        self.id = id
        self.name = name
        self.active = active

    @property
    def is_active(self):
        return self.active


USERS = {u.get_id(): u for u in [
    User("1", "Notch"),
    User("2", "Steve"),
    User("3", "Creeper", active=False),
    User("佐藤", "Müller"),
    User("user|7", "Pipe"),
]}


# ---- a fixed clock ----------------------------------------------------------------------------

class FixedDatetime(real_datetime.datetime):
    @classmethod
    def utcnow(cls):
        return NOW

    @classmethod
    def now(cls, tz=None):
        return NOW.replace(tzinfo=real_datetime.timezone.utc) if tz else NOW


def fixed_clock():
    return [
        mock.patch("flask_login.login_manager.datetime", FixedDatetime),
        mock.patch("flask.sessions.datetime", FixedDatetime),
        mock.patch("itsdangerous.timed.time", types.SimpleNamespace(time=lambda: NOW_TS)),
    ]


# ---- encoding of values in the JSON file ------------------------------------------------------

def encode_value(value):
    """Config values: timedelta and bytes get a tag; everything else is JSON as is."""
    if isinstance(value, real_datetime.timedelta):
        return {"timedelta_seconds": value.total_seconds()}
    if isinstance(value, bytes):
        return {"bytes_base64": base64.b64encode(value).decode("ascii")}
    return value


def decode_value(value):
    if isinstance(value, dict) and "timedelta_seconds" in value:
        return real_datetime.timedelta(seconds=value["timedelta_seconds"])
    if isinstance(value, dict) and "bytes_base64" in value:
        return base64.b64decode(value["bytes_base64"])
    return value


# ---- the app ----------------------------------------------------------------------------------

def make_app(config, manager):
    """The app every exchange runs against; the Java tests build the same one."""
    app = Flask("interop")
    app.config["SECRET_KEY"] = SECRET
    for key, value in config.items():
        app.config[key] = decode_value(value)
    lm = LoginManager(app)
    for key, value in manager.items():
        setattr(lm, key, value)

    @lm.user_loader
    def load_user(user_id):
        return USERS.get(str(user_id))

    def yes_no(value):
        return "True" if value else "False"

    @app.route("/")
    def index():
        return "Welcome!"

    @app.route("/login/<user_id>")
    def login(user_id):
        args = request.args
        if args.get("permanent"):
            session.permanent = True
        kwargs = {"remember": bool(args.get("remember")), "force": bool(args.get("force")),
                  "fresh": args.get("fresh") != "0"}
        if args.get("duration"):
            kwargs["duration"] = real_datetime.timedelta(seconds=float(args["duration"]))
        return yes_no(login_user(USERS[user_id], **kwargs))

    @app.route("/logout")
    def logout():
        return yes_no(logout_user())

    @app.route("/confirm")
    def confirm():
        confirm_login()
        return "confirmed"

    @app.route("/whoami")
    def whoami():
        name = current_user.name if current_user.is_authenticated else "Anonymous"
        return f"{name}|fresh={yes_no(login_fresh())}|remembered={yes_no(login_remembered())}"

    @app.route("/signin")
    def signin():
        return "Sign in"

    @app.route("/reauth")
    def reauth():
        return "Reauthenticate"

    @app.route("/secret")
    @app.route("/secret/<path:rest>")
    @login_required
    def secret(rest=None):
        return "Secret"

    @app.route("/fresh")
    @fresh_login_required
    def fresh():
        return "Fresh"

    admin = Blueprint("admin", "admin", url_prefix="/admin")

    @admin.route("/signin", endpoint="signin")
    def admin_signin():
        return "Admin sign in"

    @admin.route("/panel")
    @login_required
    def panel():
        return "Panel"

    app.register_blueprint(admin)
    return app


# ---- exchanges --------------------------------------------------------------------------------

def cookie_value(set_cookie, name):
    """The value a browser sends back for ``name`` (quotes kept), or None."""
    for header in set_cookie:
        first = header.split(";", 1)[0]
        key, _, value = first.partition("=")
        if key == name:
            return value
    return None


class Recorder:
    def __init__(self):
        self.exchanges = []
        self.by_id = {}

    def run(self, id, description, path, config=None, manager=None, cookies=None, headers=None,
            remote_addr=ADDR, method="GET", base_url="http://localhost/", user_agent=UA):
        config = config or {}
        manager = manager or {}
        app = make_app(config, manager)
        sent = []
        if user_agent is not None:
            sent.append(["User-Agent", user_agent])
        sent.extend(headers or [])
        if cookies:
            sent.append(["Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items())])
        client = app.test_client(use_cookies=False)
        patches = fixed_clock()
        for p in patches:
            p.start()
        try:
            rv = client.open(path, method=method, base_url=base_url, headers=sent,
                             environ_base={"REMOTE_ADDR": remote_addr})
        finally:
            for p in reversed(patches):
                p.stop()
        set_cookie = rv.headers.getlist("Set-Cookie")
        response = {
            "status": rv.status_code,
            "location": rv.headers.get("Location"),
            "body": rv.get_data(as_text=True) if rv.status_code == 200 else None,
            "set_cookie": set_cookie,
            "vary": rv.headers.get("Vary"),
        }
        exchange = {
            "id": id,
            "description": description,
            "config": config,
            "manager": manager,
            "request": {"method": method, "path": path, "base_url": base_url, "remote_addr": remote_addr,
                        "headers": sent},
            "response": response,
        }
        self.exchanges.append(exchange)
        self.by_id[id] = exchange
        return set_cookie

    def cookie(self, id, name):
        value = cookie_value(self.by_id[id]["response"]["set_cookie"], name)
        assert value is not None, (id, name)
        return value


def record_exchanges():
    r = Recorder()
    # Logging in: the session and remember cookies Python mints.
    r.run("login", "login_user(notch)", "/login/1")
    r.run("login-remember", "login_user(notch, remember=True)", "/login/1?remember=1")
    r.run("login-remember-duration", "remember=True, duration=timedelta(hours=7)",
          "/login/1?remember=1&duration=25200")
    r.run("login-remember-fractional-duration", "duration=timedelta(seconds=90061.25): _remember_seconds is a float",
          "/login/1?remember=1&duration=90061.25")
    r.run("login-not-fresh", "login_user(notch, fresh=False)", "/login/1?fresh=0")
    r.run("login-inactive", "an inactive user is refused: no cookie", "/login/3")
    r.run("login-inactive-forced", "force=True logs an inactive user in", "/login/3?force=1")
    r.run("login-unicode-id-remember", "a non-ASCII user id: the remember cookie value is quoted",
          "/login/%E4%BD%90%E8%97%A4?remember=1")
    r.run("login-pipe-id-remember", "a user id holding '|'", "/login/user%7C7?remember=1")
    r.run("login-permanent", "session.permanent = True before login_user", "/login/1?permanent=1")
    r.run("login-custom-cookie", "every REMEMBER_COOKIE_* setting; the duration as an int",
          "/login/1?remember=1",
          config={"REMEMBER_COOKIE_NAME": "keep_me", "REMEMBER_COOKIE_DURATION": 172800,
                  "REMEMBER_COOKIE_DOMAIN": ".example.com", "REMEMBER_COOKIE_PATH": "/app",
                  "REMEMBER_COOKIE_SECURE": True, "REMEMBER_COOKIE_HTTPONLY": False,
                  "REMEMBER_COOKIE_SAMESITE": "Lax"})
    r.run("login-timedelta-duration", "REMEMBER_COOKIE_DURATION as a timedelta", "/login/2?remember=1",
          config={"REMEMBER_COOKIE_DURATION": encode_value(real_datetime.timedelta(days=2, seconds=5))})
    latin1 = {"SECRET_KEY": "clé secrète"}
    r.run("login-latin1-key", "a non-ASCII str key: the session signs its UTF-8, the remember cookie its latin-1",
          "/login/1?remember=1", config=latin1)
    raw = {"SECRET_KEY": encode_value(b"\x9e\x8f\x14 raw key \xff")}
    r.run("login-bytes-key", "a bytes SECRET_KEY", "/login/1?remember=1", config=raw)
    r.run("login-x-forwarded-for", "the identifier uses X-Forwarded-For's first address", "/login/1",
          headers=[["X-Forwarded-For", "203.0.113.7, 10.0.0.1"]])

    # Reading cookies Python minted.
    session_cookie = r.cookie("login", "session")
    remembered = r.cookie("login-remember", "session")
    token = r.cookie("login-remember", "remember_token")
    r.run("read-session", "the session of a plain login", "/whoami", cookies={"session": session_cookie})
    r.run("read-session-and-remember", "session and remember cookie", "/whoami",
          cookies={"session": remembered, "remember_token": token})
    r.run("read-remember-only", "the browser dropped the session: loaded from the remember cookie, not fresh",
          "/whoami", cookies={"remember_token": token})
    r.run("read-remember-only-custom-duration", "the remember cookie of a custom-duration login", "/whoami",
          cookies={"remember_token": r.cookie("login-remember-duration", "remember_token")})
    r.run("read-remember-unicode-id", "the quoted remember cookie of a non-ASCII id", "/whoami",
          cookies={"remember_token": r.cookie("login-unicode-id-remember", "remember_token")})
    r.run("read-remember-pipe-id", "a remember cookie whose id holds '|'", "/whoami",
          cookies={"remember_token": r.cookie("login-pipe-id-remember", "remember_token")})
    r.run("read-remember-latin1-key", "the remember cookie signed with a latin-1 key", "/whoami", config=latin1,
          cookies={"remember_token": r.cookie("login-latin1-key", "remember_token")})
    r.run("read-remember-bytes-key", "the remember cookie signed with a bytes key", "/whoami", config=raw,
          cookies={"remember_token": r.cookie("login-bytes-key", "remember_token")})
    r.run("read-remember-custom-name", "REMEMBER_COOKIE_NAME", "/whoami",
          config={"REMEMBER_COOKIE_NAME": "keep_me"},
          cookies={"keep_me": r.cookie("login-custom-cookie", "keep_me")})
    forged = token[:-1] + ("0" if token[-1] != "0" else "1")
    r.run("read-remember-forged", "a remember cookie with a wrong digest is ignored", "/whoami",
          cookies={"remember_token": forged})
    r.run("read-remember-unknown-user", "a valid remember cookie of an unknown id: anonymous, but the id is stored",
          "/whoami", cookies={"remember_token": encode_cookie_with("999", SECRET)})
    r.run("read-basic-other-agent", "basic protection: another User-Agent makes the login not fresh", "/whoami",
          cookies={"session": session_cookie}, user_agent=OTHER_UA)
    r.run("read-basic-other-address", "basic protection: another address", "/whoami",
          cookies={"session": session_cookie}, remote_addr="198.51.100.99")
    r.run("read-basic-forwarded-same", "X-Forwarded-For's first address matches the login's", "/whoami",
          cookies={"session": r.cookie("login-x-forwarded-for", "session")},
          headers=[["X-Forwarded-For", "203.0.113.7, 10.9.9.9"]], remote_addr="10.0.0.5")
    r.run("read-strong-other-agent", "strong protection: another User-Agent logs out and clears the remember cookie",
          "/whoami", config={"SESSION_PROTECTION": "strong"},
          cookies={"session": remembered, "remember_token": token}, user_agent=OTHER_UA)
    r.run("read-strong-permanent-other-agent", "strong protection on a permanent session acts as basic", "/whoami",
          config={"SESSION_PROTECTION": "strong"}, cookies={"session": r.cookie("login-permanent", "session")},
          user_agent=OTHER_UA)
    r.run("read-protection-off-other-agent", "SESSION_PROTECTION None: nothing happens", "/whoami",
          config={"SESSION_PROTECTION": None}, cookies={"session": session_cookie}, user_agent=OTHER_UA)
    r.run("read-refresh-each-request", "REMEMBER_COOKIE_REFRESH_EACH_REQUEST re-sets the remember cookie", "/whoami",
          config={"REMEMBER_COOKIE_REFRESH_EACH_REQUEST": True},
          cookies={"session": remembered, "remember_token": token})
    r.run("read-index-untouched", "a view that never reads current_user", "/",
          cookies={"session": remembered, "remember_token": token})
    r.run("read-int-user-id", "a session whose _user_id is an int (an app whose get_id returns int)", "/whoami",
          cookies={"session": python_session({"_user_id": 1, "_fresh": True,
                                             "_id": identifier(ADDR, [["User-Agent", UA]])})})
    r.run("logout-remembered", "logout_user with a remember cookie: both cookies cleared", "/logout",
          cookies={"session": remembered, "remember_token": token})
    r.run("logout-custom-duration", "logout drops _remember_seconds", "/logout",
          cookies={"session": r.cookie("login-remember-duration", "session"),
                   "remember_token": r.cookie("login-remember-duration", "remember_token")})
    r.run("logout-plain", "logout_user without a remember cookie", "/logout", cookies={"session": session_cookie})
    r.run("confirm-remembered", "confirm_login after a remember-cookie load", "/confirm",
          cookies={"remember_token": token})

    # Refused requests.
    r.run("unauthorized-no-login-view", "no login view: 401", "/secret")
    signin = {"login_view": "signin"}
    r.run("unauthorized-login-view", "redirect to the login view with next, message flashed", "/secret",
          manager=signin)
    r.run("unauthorized-quoting", "next of a path and query needing quoting",
          "/secret/caf%C3%A9%20b/%E2%82%AC?q=%C3%B6&x=%20&y=a+b&z=%zz&p=%2F", manager=signin)
    r.run("unauthorized-external-login-view", "an absolute login URL with a query: next is the whole URL", "/secret?a=1",
          manager={"login_view": "https://auth.example.com/login?x=1&x=2&e="})
    r.run("unauthorized-session-next", "USE_SESSION_FOR_NEXT keeps next in the session", "/secret?a=1",
          manager=signin, config={"USE_SESSION_FOR_NEXT": True})
    r.run("unauthorized-force-host", "FORCE_HOST_FOR_REDIRECTS", "/secret", manager=signin,
          config={"FORCE_HOST_FOR_REDIRECTS": "good.example"}, base_url="http://bad.example/")
    r.run("unauthorized-blueprint-login-view", "the blueprint's login view wins", "/admin/panel",
          manager={"login_view": "signin", "blueprint_login_views": {"admin": "admin.signin"}})
    r.run("unauthorized-app-view-beside-blueprint-views", "an app view uses login_view", "/secret",
          manager={"login_view": "signin", "blueprint_login_views": {"admin": "admin.signin"}})
    r.run("unauthorized-no-message", "login_message None: nothing flashed", "/secret",
          manager={"login_view": "signin", "login_message": None})
    r.run("unauthorized-custom-message", "a message and category of the app's", "/secret",
          manager={"login_view": "signin", "login_message": "Bitte anmelden – über", "login_message_category": "warning"})
    r.run("unauthorized-script-root", "an app under /app on port 8080", "/secret?x=1", manager=signin,
          base_url="http://foo.example:8080/app/")
    r.run("unauthorized-with-session", "a session that already holds data", "/secret", manager=signin,
          cookies={"session": python_session({"cart": [1, 2]})})
    r.run("unauthorized-strong-session-next", "strong protection and USE_SESSION_FOR_NEXT", "/secret",
          manager=signin, config={"SESSION_PROTECTION": "strong", "USE_SESSION_FOR_NEXT": True})
    r.run("needs-refresh-no-view", "fresh_login_required, no refresh view: 401", "/fresh",
          cookies={"remember_token": token})
    refresh = {"refresh_view": "reauth", "needs_refresh_message": "Confirm it is you",
               "needs_refresh_message_category": "info"}
    r.run("needs-refresh-view", "redirect to the refresh view", "/fresh", manager=refresh,
          cookies={"remember_token": token})
    r.run("needs-refresh-session-next", "the refresh view with USE_SESSION_FOR_NEXT", "/fresh", manager=refresh,
          config={"USE_SESSION_FOR_NEXT": True}, cookies={"remember_token": token})
    r.run("fresh-passes", "a fresh login passes", "/fresh", cookies={"session": session_cookie})
    r.run("login-disabled", "LOGIN_DISABLED lets everyone in", "/secret", config={"LOGIN_DISABLED": True})
    return r.exchanges


def encode_cookie_with(payload, key):
    app = Flask("keys")
    app.config["SECRET_KEY"] = key
    with app.test_request_context():
        return encode_cookie(payload)


def python_session(data):
    """A session cookie Flask signs for ``data`` with the fixed clock."""
    app = Flask("sessions")
    app.config["SECRET_KEY"] = SECRET
    with mock.patch("itsdangerous.timed.time", types.SimpleNamespace(time=lambda: NOW_TS)):
        return app.session_interface.get_signing_serializer(app).dumps(data)


# ---- identifiers ------------------------------------------------------------------------------

def identifier(remote_addr, headers):
    app = Flask("ids")
    with app.test_request_context(headers=headers, environ_base={"REMOTE_ADDR": remote_addr}):
        return _create_identifier()


def record_identifiers():
    cases = [
        ("127.0.0.1", [["User-Agent", "Werkzeug/3.1.8"]]),
        ("127.0.0.1", []),
        ("::1", [["User-Agent", UA]]),
        (ADDR, [["User-Agent", UA]]),
        ("10.0.0.1", [["X-Forwarded-For", "203.0.113.5"], ["User-Agent", UA]]),
        ("10.0.0.1", [["X-Forwarded-For", "203.0.113.5, 10.0.0.2, 10.0.0.3"]]),
        ("10.0.0.1", [["X-Forwarded-For", "  203.0.113.5  ,10.0.0.2"]]),
        ("10.0.0.1", [["X-Forwarded-For", "\t198.51.100.1\t"]]),
        ("10.0.0.1", [["X-Forwarded-For", ""]]),
        ("10.0.0.1", [["X-Forwarded-For", ","]]),
        ("10.0.0.1", [["X-Forwarded-For", "spoofed, 10.0.0.2"], ["User-Agent", ""]]),
        ("10.0.0.1", [["X-Forwarded-For", "é"]]),
        (ADDR, [["User-Agent", "It's mine"]]),
        (ADDR, [["User-Agent", "say \"hi\""]]),
        (ADDR, [["User-Agent", "both ' and \""]]),
        (ADDR, [["User-Agent", "back\\slash"]]),
        (ADDR, [["User-Agent", "Müller/1.0 佐藤 🙂"]]),
        (ADDR, [["User-Agent", "ctl \x01\x1f\x7f tab\tend"]]),
        (ADDR, [["User-Agent", "\x80\xff latin-1 range"]]),
        (ADDR, [["User-Agent", "a|b"]]),
    ]
    return [{"remote_addr": addr, "headers": headers, "identifier": identifier(addr, headers)}
            for addr, headers in cases]


# ---- remember cookies -------------------------------------------------------------------------

def key_for_json(key):
    return encode_value(key)


def record_remember_cookies():
    encoded = []
    for key, payload in [
        ("deterministic", "1"),
        (SECRET, "1"),
        (SECRET, "佐藤"),
        (SECRET, "user|7"),
        (SECRET, ""),
        ("clé secrète", "1"),
        (b"\x9e\x8f\x14 raw key \xff", "1"),
        ("", "1"),
    ]:
        app = Flask("keys")
        app.config["SECRET_KEY"] = key
        with app.test_request_context():
            encoded.append({"secret_key": key_for_json(key), "payload": payload, "cookie": encode_cookie(payload)})

    valid = encode_cookie_with("1", SECRET)
    digest = valid.split("|", 1)[1]
    decoded = []
    for cookie in [
        valid,
        encode_cookie_with("user|7", SECRET),
        encode_cookie_with("", SECRET),
        "1|" + digest.upper(),
        "2|" + digest,
        "1|" + digest[:-2],
        "1|" + digest + "0",
        "1" + digest,
        "no bar",
        "",
        "|",
        "1|",
        "|" + digest,
        "Foo|BAD_BASH",
        encode_cookie_with("1", "another key"),
        " 1|" + digest,
        "1|" + digest + " ",
        "1|é",
    ]:
        app = Flask("keys")
        app.config["SECRET_KEY"] = SECRET
        with app.test_request_context():
            try:
                result = {"decoded": decode_cookie(cookie)}
            except Exception as e:  # compare_digest refuses non-ASCII text
                result = {"decoded": None, "python_raises": type(e).__name__}
        decoded.append({"secret_key": SECRET, "cookie": cookie, **result})
    return {"encoded": encoded, "decoded": decoded}


# ---- next and login URLs ----------------------------------------------------------------------

def record_urls():
    app = Flask("urls")

    @app.route("/signin")
    def signin():
        return ""

    next_cases = [
        ("/login", "http://localhost/profile"),
        ("https://localhost/login", "http://localhost/profile"),
        ("http://accounts.localhost/login", "http://localhost/profile"),
        ("http://localhost/login", "http://localhost/profile?a=1#frag"),
        ("//localhost/login", "http://localhost/p"),
        ("HTTP://localhost/login", "http://localhost/p"),
        ("http://LOCALHOST/login", "http://localhost/p"),
        ("/login", "http://localhost//evil.example/x"),
        ("/login", "/relative?x=1"),
        ("", "http://localhost/p?q"),
        ("/login", "http://localhost:8080/p?x=%20"),
        ("/login", "http://localhost/café?q=ö"),
        ("mailto:x", "http://localhost/p"),
        ("\t /login", " http://localhost/\np"),
    ]
    login_cases = [
        ("/login", "http://localhost/protected", "n"),
        ("/login", "http://localhost/protected", "next"),
        ("https://auth.localhost/login", "http://localhost/protected", "next"),
        ("/login?affil=cgnu", "http://localhost/protected", "next"),
        ("/login?a=1&a=2&b=", "http://localhost/protected", "next"),
        ("/login?next=old&x=1", "http://localhost/protected", "next"),
        ("/login?q=a+b%20c&r=%7E~*", "http://localhost/protected", "next"),
        ("/login?flag&&x=%zz&y=%C3%28", "http://localhost/protected", "next"),
        ("/login#frag", "http://localhost/protected?x=1&y=2", "next"),
        ("signin", "/protected", "next"),
        ("signin", "http://localhost/p/ä ö?x=ü&y=a+b", "next"),
        ("/login", "http://localhost/p?next=/x", "next"),
        ("/login", None, "next"),
        ("http://localhost/login", "http://localhost/protected", "next"),
        ("/login", "http://localhost/p", "weird key&="),
    ]
    nexts, logins = [], []
    with app.test_request_context():
        for login, current in next_cases:
            nexts.append({"login_url": login, "current_url": current, "result": make_next_param(login, current)})
        for force_host in (None, "good.example"):
            app.config["FORCE_HOST_FOR_REDIRECTS"] = force_host
            for view, next_url, field in login_cases:
                logins.append({"login_view": view, "next_url": next_url, "next_field": field,
                               "force_host": force_host, "result": login_url(view, next_url, field)})
    return nexts, logins


def main():
    nexts, logins = record_urls()
    data = {
        "kind": "flask-login-vectors",
        "format_version": 1,
        "generated_with": {
            "python": platform.python_version(),
            "flask": importlib.metadata.version("flask"),
            "werkzeug": importlib.metadata.version("werkzeug"),
            "itsdangerous": importlib.metadata.version("itsdangerous"),
            "flask_login": importlib.metadata.version("flask-login"),
        },
        "now": NOW_TS,
        "secret_key": SECRET,
        "users": [{"id": u.id, "name": u.name, "active": u.active} for u in USERS.values()],
        "identifiers": record_identifiers(),
        "remember_cookies": record_remember_cookies(),
        "next_params": nexts,
        "login_urls": logins,
        "exchanges": record_exchanges(),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
