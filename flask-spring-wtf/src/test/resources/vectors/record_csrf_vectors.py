"""Records csrf_vectors.json: CSRF tokens and session cookies minted by the real Flask-WTF.

Run from this directory with Flask 3.1.3, Werkzeug 3.1.8, itsdangerous 2.2.0 and Flask-WTF 1.3.0
installed (``pip install flask==3.1.3 flask-wtf==1.3.0``):

    python3 record_csrf_vectors.py > csrf_vectors.json

The signing clock (itsdangerous' ``time.time``) is frozen for every token and cookie, so a replay
at the recorded time gives the recorded outcome. Raw tokens are random: each run records new ones.

Sections of the output:
- ``signing``: ``URLSafeTimedSerializer(key, salt="wtf-csrf-token").dumps(raw)`` at a frozen time,
  for assorted keys, raw tokens and times.
- ``requests``: one request each to a real Flask app with ``CSRFProtect``, carrying a session cookie
  and a token that Flask-WTF itself issued (``generate_csrf`` in a request), and the status and
  body Flask-WTF answered with.
- ``same_origin``: Flask-WTF's ``same_origin(referrer, "https://<host>/")`` for assorted referrers.
"""

import importlib.metadata
import json
import sys
from contextlib import contextmanager

import itsdangerous.timed
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from flask_wtf.csrf import generate_csrf
from flask_wtf.csrf import same_origin
from itsdangerous import URLSafeTimedSerializer

VERSIONS = {"flask": "3.1.3", "werkzeug": "3.1.8", "itsdangerous": "2.2.0", "flask-wtf": "1.3.0"}
SECRET_KEY = "the secret key of the python app"
T0 = 1_767_225_600  # 2026-01-01T00:00:00Z


class FrozenTime:
    """Stands in for the time module inside itsdangerous.timed."""

    def __init__(self):
        self.now = T0

    def time(self):
        return float(self.now)


CLOCK = FrozenTime()
itsdangerous.timed.time = CLOCK


@contextmanager
def frozen_at(seconds):
    saved = CLOCK.now
    CLOCK.now = seconds
    try:
        yield
    finally:
        CLOCK.now = saved


def check_versions():
    for package, version in VERSIONS.items():
        found = importlib.metadata.version(package)
        if found != version:
            sys.exit(f"{package} {found} is installed; these vectors are recorded with {version}")


def make_app(config):
    app = Flask("vectors")
    app.config["SECRET_KEY"] = SECRET_KEY
    app.config.update(config)
    CSRFProtect(app)

    @app.route("/", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    def index():
        return "ok"

    @app.route("/token")
    def token():
        return generate_csrf()

    return app


def mint(app, at, token_at):
    """A fresh session from GET /token at ``at``, then its token issued again at ``token_at``:
    (session cookie, raw token, signed token)."""
    client = app.test_client()
    with frozen_at(at):
        client.get("/token")
        cookie = client.get_cookie("session").value
        data = app.session_interface.get_signing_serializer(app).loads(cookie)
    with frozen_at(token_at):
        token = client.get("/token").get_data(as_text=True)
    field = app.config["WTF_CSRF_FIELD_NAME"]
    return cookie, data[field], token


def signing_vectors():
    keys = [SECRET_KEY, "", "dev", "ключ ünïcode", "k" * 100]
    raws = ["0123456789abcdef0123456789abcdef01234567", "a" * 200, "tökén \"quoted\" \\ \n\t\u0001 ✓", ""]
    times = [T0, 0, 1, 255, 256, 2**31 + 5, 2**40 + 1]
    cases = []
    for key in keys:
        for raw in raws:
            for at in times if key == SECRET_KEY else [T0]:
                with frozen_at(at):
                    token = URLSafeTimedSerializer(key, salt="wtf-csrf-token").dumps(raw)
                cases.append({"secret_key": key, "raw_token": raw, "timestamp": at, "token": token})
    return cases


def tamper(token):
    """The token with its last signature character changed."""
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def request_vectors():
    cases = []

    def record(name, config=None, cookie_at=T0, token_at=T0, at=T0 + 10, method="POST", base_url="http://localhost",
               headers=None, form=None, token_in=None, session=True, token=None, other_session=False):
        app = make_app(config or {})
        # Tokens are issued by GET /token, which a WTF_CSRF_METHODS with GET would refuse.
        issuer = make_app({k: v for k, v in (config or {}).items() if k != "WTF_CSRF_METHODS"})
        cookie, raw, issued = mint(issuer, cookie_at, token_at)
        sent = issued if token is None else token(issued)
        if other_session:
            sent = mint(issuer, cookie_at, token_at)[2]
        headers = dict(headers or {})
        form = dict(form or {})
        if token_in is not None:
            kind, field = token_in
            (headers if kind == "header" else form)[field] = sent
        client = app.test_client()
        if session:
            client.set_cookie("session", cookie)
        with frozen_at(at):
            response = client.open("/", method=method, base_url=base_url, headers=headers, data=form)
        cases.append({
            "name": name,
            "config": config or {},
            "session_cookie": cookie if session else None,
            "raw_token": raw,
            "issued_token": issued,
            "session_at": cookie_at,
            "issued_at": token_at,
            "request_at": at,
            "method": method,
            "base_url": base_url,
            "headers": headers,
            "form": form,
            "status": response.status_code,
            "body": response.get_data(as_text=True),
        })

    field = ("form", "csrf_token")
    record("form field", token_in=field)
    record("prefixed form field", token_in=("form", "user-csrf_token"))
    record("empty field then prefixed field", form={"csrf_token": ""}, token_in=("form", "x-csrf_token"))
    record("X-CSRFToken header", token_in=("header", "X-CSRFToken"))
    record("X-CSRF-Token header", token_in=("header", "X-CSRF-Token"))
    record("form field wins over a wrong header", headers={"X-CSRFToken": "wrong"}, token_in=field)
    record("token missing")
    record("empty token", form={"csrf_token": ""})
    record("session token missing", session=False, token_in=field)
    record("expired by one second", at=T0 + 3601, token_in=field)
    record("at the time limit", at=T0 + 3600, token_in=field)
    record("signed in the future", token_at=T0 + 50, token_in=field)
    record("no time limit", config={"WTF_CSRF_TIME_LIMIT": None}, at=T0 + 2_000_000, token_in=field)
    record("no time limit, signed in the future", config={"WTF_CSRF_TIME_LIMIT": None}, token_at=T0 + 50,
           token_in=field)
    record("the session's token issued again later", cookie_at=T0 - 3000, token_in=field)
    record("time limit 60, expired", config={"WTF_CSRF_TIME_LIMIT": 60}, at=T0 + 61, token_in=field)
    record("tampered signature", token_in=field, token=tamper)
    record("truncated", token_in=field, token=lambda t: t[: len(t) // 2])
    record("no dot", token_in=field, token=lambda t: t.replace(".", ""))
    record("garbage", token_in=field, token=lambda t: "not a token")
    record("signed with another key", token_in=field,
           token=lambda t: URLSafeTimedSerializer("another key", salt="wtf-csrf-token").dumps("x" * 40))
    record("signed with another salt", token_in=field,
           token=lambda t: URLSafeTimedSerializer(SECRET_KEY, salt="other").dumps("x" * 40))
    record("tokens do not match", token_in=field,
           token=lambda t: URLSafeTimedSerializer(SECRET_KEY, salt="wtf-csrf-token").dumps("x" * 40))
    record("token of another session", token_in=field, other_session=True)
    record("WTF_CSRF_SECRET_KEY", config={"WTF_CSRF_SECRET_KEY": "a separate csrf key"}, token_in=field)
    record("WTF_CSRF_SECRET_KEY refuses SECRET_KEY tokens", config={"WTF_CSRF_SECRET_KEY": "a separate csrf key"},
           token_in=field,
           token=lambda t: URLSafeTimedSerializer(SECRET_KEY, salt="wtf-csrf-token").dumps("x" * 40))
    record("custom field name", config={"WTF_CSRF_FIELD_NAME": "_csrf"}, token_in=("form", "_csrf"))
    record("custom field name, default field ignored", config={"WTF_CSRF_FIELD_NAME": "_csrf"},
           token_in=("form", "csrf_token"))
    record("custom header", config={"WTF_CSRF_HEADERS": ["X-My-Token"]}, token_in=("header", "X-My-Token"))
    record("default header ignored with custom headers", config={"WTF_CSRF_HEADERS": ["X-My-Token"]},
           token_in=("header", "X-CSRFToken"))
    record("GET is not checked", method="GET")
    record("PUT is checked", method="PUT")
    record("PATCH is checked", method="PATCH")
    record("DELETE is checked", method="DELETE")
    record("DELETE with header", method="DELETE", token_in=("header", "X-CSRFToken"))
    record("only GET checked", config={"WTF_CSRF_METHODS": ["GET"]}, method="GET")
    record("only GET checked, POST passes", config={"WTF_CSRF_METHODS": ["GET"]})
    record("disabled", config={"WTF_CSRF_ENABLED": False})
    record("not checked by default", config={"WTF_CSRF_CHECK_DEFAULT": False})

    https = "https://localhost"
    record("https without referrer", base_url=https, token_in=("header", "X-CSRFToken"))
    for referrer in ["https://localhost/", "https://localhost/some/page?q=1", "https://LocalHost/", "http://localhost/",
                     "https://other/", "https://localhost:8080/", "https://localhost:443/", "//localhost/",
                     "https://user:pw@localhost/", "localhost", ""]:
        record(f"https referrer {referrer!r}", base_url=https, headers={"Referer": referrer},
               token_in=("header", "X-CSRFToken"))
    record("https on a port", base_url="https://localhost:8443", headers={"Referer": "https://localhost:8443/form"},
           token_in=("header", "X-CSRFToken"))
    record("https on a port, referrer without it", base_url="https://localhost:8443",
           headers={"Referer": "https://localhost/form"}, token_in=("header", "X-CSRFToken"))
    record("https, bad token checked before the referrer", base_url=https, token_in=field, token=tamper)
    record("https, not strict", config={"WTF_CSRF_SSL_STRICT": False}, base_url=https, token_in=field)
    record("http ignores the referrer", headers={"Referer": "https://other/"}, token_in=field)
    return cases


def same_origin_vectors():
    referrers = ["https://localhost/", "https://localhost", "https://LOCALHOST/a", "HTTPS://localhost/",
                 "http://localhost/", "https://localhost:443/", "https://localhost:8080/", "https://localhost:/",
                 "https://user@localhost/", "https://u:p@localhost/", "https://localhost.evil/", "https://evil/localhost/",
                 "https://evil?localhost", "https://localhost#x", "//localhost/", "localhost", "", "https:",
                 "https://[::1]/", "https://[::1]:8443/", "https://localhost:0/", "https://localhost:65535/",
                 "https://localhost:65536/", "https://localhost:abc/", "https://localhost:-1/", "https://localhost:٣/",
                 "https://local host/", "https://localhost\\@evil/", "ftp://localhost/", " https://localhost/",
                 "https://localhost:8443/", "https://localhost:08443/", "https://localhost:+80/",
                 "https://localhost: 80/", "https://localhost:99999999999999999999/", "https://[::1/",
                 "https://::1]/", "https://[evil]/", "\thttps://local\nhost/", "https://localhost\t/",
                 "https://localhost%2f/", "https://ｌocalhost/", "https://localhost./"]
    goods = ["https://localhost/", "https://localhost:8443/", "https://[::1]/"]
    cases = []
    for good in goods:
        for referrer in referrers:
            try:
                result = same_origin(referrer, good)
            except ValueError:
                result = "ValueError"
            cases.append({"referrer": referrer, "good_referrer": good, "same_origin": result})
    return cases


def main():
    check_versions()
    vectors = {
        "recorded_with": VERSIONS,
        "python_secret_key": SECRET_KEY,
        "signing": signing_vectors(),
        "requests": request_vectors(),
        "same_origin": same_origin_vectors(),
    }
    json.dump(vectors, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
