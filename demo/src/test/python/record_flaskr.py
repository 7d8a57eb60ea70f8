"""Records what the interop tests compare against, made by the real Python flaskr.

Run from the root of the repository with Flask 3.1.3 installed and a checkout of
Flask's examples/tutorial on PYTHONPATH (the folder that holds the ``flaskr`` package):

    PYTHONPATH=/path/to/flask/examples/tutorial python3 demo/src/test/python/record_flaskr.py

It writes demo/src/test/resources/interop/: a database made by registering a user and
writing a post, the session cookie Python flaskr issued at login (SECRET_KEY "dev"), and
the pages Python flaskr rendered from that database. CI does not run this script.
"""

import json
import os
import shutil
import tempfile
import time

from flaskr import create_app
from flaskr.db import init_db

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "interop")

USERNAME = "pyuser"
PASSWORD = "written in python"


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp()
    db_path = os.path.join(work, "flaskr.sqlite")
    # SECRET_KEY stays flaskr's default, "dev"; TESTING only stops the instance config loading.
    app = create_app({"TESTING": True, "DATABASE": db_path})
    assert app.config["SECRET_KEY"] == "dev"
    with app.app_context():
        init_db()

    client = app.test_client()
    rv = client.post("/auth/register", data={"username": USERNAME, "password": PASSWORD})
    assert rv.status_code == 302, rv.status
    rv = client.post("/auth/login", data={"username": USERNAME, "password": PASSWORD})
    assert rv.status_code == 302, rv.status
    minted_at = int(time.time())
    cookie = client.get_cookie("session").value
    rv = client.post("/create", data={"title": "Hello from <Python>", "body": "first line\nsecond & last"})
    assert rv.status_code == 302, rv.status

    pages = {
        "index-logged-in.html": client.get("/").data,
        "create.html": client.get("/create").data,
        "update.html": client.get("/1/update").data,
        "create-title-required.html": client.post("/create", data={"title": "", "body": "kept"}).data,
        "update-missing-post.html": client.get("/2/update").data,
    }
    anonymous = app.test_client()
    pages["index-anonymous.html"] = anonymous.get("/").data
    pages["login.html"] = anonymous.get("/auth/login").data
    pages["register.html"] = anonymous.get("/auth/register").data
    pages["login-incorrect-username.html"] = anonymous.post(
        "/auth/login", data={"username": "nobody", "password": "x"}).data
    pages["register-already-registered.html"] = anonymous.post(
        "/auth/register", data={"username": USERNAME, "password": "x"}).data
    for name, body in pages.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(body)

    shutil.copy(db_path, os.path.join(OUT, "flaskr-python.sqlite"))
    with open(os.path.join(OUT, "python-session.json"), "w") as f:
        json.dump({"cookie": cookie, "minted_at": minted_at, "secret_key": "dev",
                   "user_id": 1, "username": USERNAME, "password": PASSWORD}, f, indent=2)
        f.write("\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
