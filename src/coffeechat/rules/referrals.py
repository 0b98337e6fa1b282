"""Who referred whom, in the order things happened rather than the order they were typed.

A person has one referrer: whoever named them at the earliest meeting. Someone I had
already met when they were named was not sent to me by that mention.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime


def first_referrer(
    mentions: Iterable[tuple[int, datetime]], first_met: datetime | None
) -> tuple[int, datetime] | None:
    """The (referrer, when) that counts among every mention of a person as a referral:
    the earliest one made before I first met them; None when none was."""
    before = [m for m in mentions if first_met is None or m[1] < first_met]
    return min(before, key=lambda m: (m[1], m[0])) if before else None
