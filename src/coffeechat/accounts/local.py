"""Who the command line acts as, without importing Django."""

from __future__ import annotations

import os

LOCAL_USER = "me"


def local_username() -> str:
    """The one user of a laptop install: `me`, or `COFFEECHAT_USER`."""
    return os.environ.get("COFFEECHAT_USER", LOCAL_USER)
