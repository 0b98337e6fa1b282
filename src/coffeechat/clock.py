"""The one place coffeechat reads the current moment.

Local wall-clock time, naive, as the user types dates. `COFFEECHAT_NOW` ("YYYY-MM-DD
HH:MM") fixes it: the tests give it to the processes they start (the CLI, the web
server), and anyone can see the agenda, drafts and pages as they would be at that moment.
"""

from __future__ import annotations

import os
from datetime import datetime

VARIABLE = "COFFEECHAT_NOW"


def now() -> datetime:
    """The current local moment, or the one `COFFEECHAT_NOW` fixes."""
    fixed = os.environ.get(VARIABLE)
    if fixed:
        from coffeechat.errors import UserError
        from coffeechat.rules.dates import DateError, parse_when

        try:
            return parse_when(fixed)
        except DateError as error:
            raise UserError(f"{VARIABLE}: {error}") from None
    return datetime.now()
