#!/usr/bin/env bash
# Serves bench/python/app.py with gunicorn's threaded workers, as a Flask app is deployed:
#   bench/python/run.sh            (env: PORT=8000 WORKERS=2*cores+1, gunicorn's advice, THREADS=4)
# Needs Flask 3.1 and gunicorn (pip install flask==3.1.3 gunicorn).
set -euo pipefail
cd "$(dirname "$0")"
exec python3 -m gunicorn --worker-class gthread --workers "${WORKERS:-$(( 2 * $(nproc) + 1 ))}" --threads "${THREADS:-4}" \
  --bind "127.0.0.1:${PORT:-8000}" --access-logfile /dev/null --error-logfile - --log-level warning app:app
