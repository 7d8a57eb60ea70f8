"""Records the pages Python flaskr renders, to compare them with flaskr's templates rendered by flask-spring-jinja.

Run from the root of the repository with Flask 3.1.3 installed and a checkout of Flask's
examples/tutorial on PYTHONPATH (the folder that holds the ``flaskr`` package):

    PYTHONPATH=/path/to/flask/examples/tutorial \
        python3 flask-spring-jinja/src/test/resources/flaskr/record_flaskr_pages.py

It registers two users, writes two posts with fixed dates, then records each page of flaskr (anonymous,
logged in, and after a form error) in pages/, and the rows the pages were rendered from in data.json
(the index query's posts and the logged-in user). FlaskrTemplatesTests renders flaskr's own templates
(templates/, copied unchanged from examples/tutorial/flaskr/templates) with those rows and expects the
same bytes. CI does not run this script.
"""

import json
import os
import shutil
import tempfile

from flaskr import create_app
from flaskr.db import get_db
from flaskr.db import init_db

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "pages")

POSTS = [
    ("alice", "First <post> & 'quotes'", "Hello from alice\nsecond line", "2024-01-15 09:30:00"),
    ("bob", "Bob's post", "Written by bob", "2024-02-01 18:05:00"),
]


def main():
    os.makedirs(PAGES, exist_ok=True)
    work = tempfile.mkdtemp()
    app = create_app({"TESTING": True, "DATABASE": os.path.join(work, "flaskr.sqlite")})
    with app.app_context():
        init_db()

    clients = {}
    for username in ("alice", "bob"):
        client = app.test_client()
        assert client.post("/auth/register", data={"username": username, "password": "pw"}).status_code == 302
        assert client.post("/auth/login", data={"username": username, "password": "pw"}).status_code == 302
        clients[username] = client
    for username, title, body, created in POSTS:
        assert clients[username].post("/create", data={"title": title, "body": body}).status_code == 302
    with app.app_context():
        db = get_db()
        for i, (_, _, _, created) in enumerate(POSTS, start=1):
            db.execute("UPDATE post SET created = ? WHERE id = ?", (created, i))
        db.commit()

    alice = clients["alice"]
    anonymous = app.test_client()
    pages = {
        "index-anonymous.html": anonymous.get("/"),
        "index-logged-in.html": alice.get("/"),
        "login.html": anonymous.get("/auth/login"),
        "login-incorrect-username.html": anonymous.post("/auth/login", data={"username": "nobody", "password": "x"}),
        "register.html": anonymous.get("/auth/register"),
        "register-already-registered.html": anonymous.post(
            "/auth/register", data={"username": "alice", "password": "x"}),
        "create.html": alice.get("/create"),
        "create-title-required.html": alice.post("/create", data={"title": "", "body": "kept <body>"}),
        "update.html": alice.get("/1/update"),
        "update-title-required.html": alice.post("/1/update", data={"title": "", "body": "changed"}),
    }
    for name, response in pages.items():
        assert response.status_code == 200, (name, response.status)
        with open(os.path.join(PAGES, name), "wb") as f:
            f.write(response.data)

    with app.app_context():
        db = get_db()
        posts = db.execute(
            "SELECT p.id, title, body, created, author_id, username"
            " FROM post p JOIN user u ON p.author_id = u.id"
            " ORDER BY created DESC"
        ).fetchall()
        user = db.execute("SELECT id, username FROM user WHERE username = 'alice'").fetchone()
        data = {
            "posts": [dict(row, created=row["created"].isoformat()) for row in posts],
            "user": dict(user),
        }
    with open(os.path.join(HERE, "data.json"), "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
