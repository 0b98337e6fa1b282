"""The goal statement as drafts will quote it: what the mistake checker would say of it."""

from __future__ import annotations

from coffeechat.rules.checker import Finding, check_message

# A goal is one sentence, not a message: it names no reader and asks nothing, so the
# codes about greetings, personalisation and length say nothing useful about it.
_RELEVANT = frozenset({"asks_for_job", "me_centered", "too_much_time", "resume_attached"})


def goal_findings(goal: str) -> list[Finding]:
    """Mistakes every draft quoting this goal would carry."""
    return [f for f in check_message(goal) if f.code in _RELEVANT]
