"""Records what werkzeug.security.check_password_hash does with scrypt parameters at and past
hashlib's limits (maxmem = 132*N*r*p must stay under 2**31, N a power of 2, OpenSSL's memory checks).

Run with Werkzeug 3.1.8 installed:  python3 record_scrypt_limits.py > scrypt_limits.json
"""
import hashlib
import importlib.metadata
import json
import platform
import ssl
import sys

from werkzeug.security import check_password_hash

PASSWORD = "hunter2"
SALT = "NaClNaClNaClNaCl"

PARAMETERS = [
    ("default", "32768:8:1"),
    ("small", "1024:1:1"),
    ("smallest-n-for-r1-p1-fails-the-memory-check", "16:1:1"),
    ("r1-largest-n", "32768:1:1"),
    ("n-2-30-from-the-issue", "1073741824:8:1"),
    ("p-262143-from-the-issue", "32768:1:262143"),
    ("maxmem-just-over-2-31", "2097152:8:1"),
    ("p-over-2-29", "16:1:536870912"),
    ("r1-n-2-16", "65536:1:1"),
    ("memory-over-maxmem", "2:8:1"),
    ("n-not-power-of-two", "1000:8:1"),
    ("n-one", "1:8:1"),
    ("n-zero", "0:8:1"),
    ("n-negative", "-2:8:1"),
    ("r-zero", "16:0:1"),
    ("p-zero", "16:1:0"),
    ("r-negative", "16:-1:1"),
    ("maxmem-over-c-long", "2:9223372036854775808:1"),
    ("python-int-spellings", " 16 : +1 :1_0 "),
]


def digest(params):
    n, r, p = map(int, params.split(":"))
    key = hashlib.scrypt(PASSWORD.encode(), salt=SALT.encode(), n=n, r=r, p=p, maxmem=132 * n * r * p)
    return key.hex()


cases = []
for case_id, params in PARAMETERS:
    stored = f"scrypt:{params}${SALT}$"
    try:
        stored += digest(params)
    except Exception:  # noqa: BLE001 - the hash cannot be made; check_password_hash fails the same way
        stored += "00"
    try:
        outcome = {"expected": "match" if check_password_hash(stored, PASSWORD) else "mismatch"}
    except Exception as e:  # noqa: BLE001 - recorded as the error Werkzeug raises
        outcome = {"expected": "error", "error": f"{type(e).__name__}: {e}"}
    cases.append({"id": case_id, "password": PASSWORD, "hash": stored, **outcome})

json.dump({
    "kind": "werkzeug-scrypt-limits",
    "generated_with": {"python": platform.python_version(), "werkzeug": importlib.metadata.version("werkzeug"),
                       "openssl": ssl.OPENSSL_VERSION},
    "cases": cases,
}, sys.stdout, indent=2, ensure_ascii=False)
print()
