"""The benchmark's /template page on Python Flask and Jinja2, for bench/template-load.sh.

It renders the same Jinja templates as the flask-spring app in Jinja mode
(bench/app/src/main/resources/templates/jinja/) with the same values, so the two answer the same bytes.
"""

import os
from collections import namedtuple

from flask import Flask
from flask import render_template

HERE = os.path.dirname(os.path.abspath(__file__))

app = Flask(__name__, template_folder=os.path.join(HERE, "..", "app", "src", "main", "resources", "templates", "jinja"))

Item = namedtuple("Item", "id title")
ITEMS = [Item(i, f"Item {i}") for i in range(1, 11)]


@app.route("/plaintext")
def plaintext():
    return "Hello, World!", 200, {"Content-Type": "text/plain"}


@app.route("/template")
def template():
    return render_template("page.html", items=ITEMS, warning="<script>alert(1)</script>")
