"""Records timestamp_signer.json: values signed by itsdangerous 2.2's TimestampSigner.

Run from this directory with itsdangerous 2.2.0 installed:

    python3 record_timestamp_signer_vectors.py > timestamp_signer.json

Each case signs ``value`` at the frozen time ``signed_at`` with SHA-1 and the case's key derivation,
then records what ``unsign(signed, max_age)`` raises or returns at ``verify_at``.
"""

import importlib.metadata
import json
import sys

import itsdangerous.timed
from itsdangerous import BadSignature
from itsdangerous import SignatureExpired
from itsdangerous import TimestampSigner


class FrozenTime:
    """Stands in for the time module inside itsdangerous.timed."""

    now = 0

    def time(self):
        return float(self.now)


CLOCK = FrozenTime()
itsdangerous.timed.time = CLOCK


def outcome(signer, signed, max_age):
    try:
        return {"unsigned": signer.unsign(signed, max_age=max_age).decode("utf-8")}
    except SignatureExpired:
        return {"error": "SignatureExpired"}
    except BadSignature:
        return {"error": "BadSignature"}


def main():
    if importlib.metadata.version("itsdangerous") != "2.2.0":
        sys.exit("these vectors are recorded with itsdangerous 2.2.0")
    cases = []
    specs = [
        # key, salt, derivation, value, signed_at, verify_at, max_age
        ("secret", "wtf-csrf-token", "django-concat", "payload", 1_767_225_600, 1_767_225_610, 3600),
        ("secret", "wtf-csrf-token", "django-concat", "payload", 1_767_225_600, 1_767_229_201, 3600),
        ("secret", "wtf-csrf-token", "django-concat", "payload", 1_767_225_600, 1_767_225_599, 3600),
        ("secret", "wtf-csrf-token", "django-concat", "payload", 1_767_225_600, 1_767_225_599, None),
        ("secret", "wtf-csrf-token", "django-concat", "payload", 1_767_225_600, 1_900_000_000, None),
        ("", "itsdangerous.Signer", "django-concat", "ünïcode ✓", 1, 2, 10),
        ("k" * 200, "a salt", "django-concat", "", 2**40, 2**40, 0),
        ("secret", "cookie-session", "hmac", "payload", 1_767_225_600, 1_767_225_610, 3600),
        ("secret", "cookie-session", "hmac", "payload", 1_767_225_600, 1_767_225_599, 3600),
    ]
    for key, salt, derivation, value, signed_at, verify_at, max_age in specs:
        signer = TimestampSigner(key, salt=salt, key_derivation=derivation)
        CLOCK.now = signed_at
        signed = signer.sign(value).decode("utf-8")
        CLOCK.now = verify_at
        cases.append({
            "secret_key": key, "salt": salt, "key_derivation": derivation, "value": value,
            "signed_at": signed_at, "signed": signed, "verify_at": verify_at, "max_age": max_age,
            "other_key": outcome(TimestampSigner(key + "x", salt=salt, key_derivation=derivation), signed, max_age),
            **outcome(signer, signed, max_age),
        })
    json.dump({"recorded_with": {"itsdangerous": "2.2.0"}, "cases": cases}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
