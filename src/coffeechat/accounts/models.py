from __future__ import annotations

from django.conf import settings
from django.db import models

from coffeechat.rules.kinds import CareerStage, choices

# One line a draft can quote ("9 years teaching middle-school science"), not a CV.
BACKGROUND_MAX_CHARS = 200


class Profile(models.Model):
    """The job seeker: their goal statement, their skills and their rule settings."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    name = models.CharField(max_length=200, blank=True, help_text="how drafts are signed")
    email = models.EmailField(blank=True)
    goal = models.TextField(blank=True)
    skills = models.JSONField(default=list, blank=True)
    background = models.CharField(
        max_length=BACKGROUND_MAX_CHARS, blank=True, help_text="where I come from, one line"
    )
    stage = models.CharField(
        max_length=20, choices=choices(CareerStage), blank=True,
        help_text="student, graduate, career-changer or experienced; empty when not said",
    )
    school = models.CharField(
        max_length=200, blank=True, help_text="the school my alumni contacts share with me"
    )
    # Overrides of coffeechat.rules.policy.Policy, by setting name.
    policy = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"profile of {self.owner}"


class DataVersion(models.Model):
    """One row whose counter changes on every write to any coffeechat table, from any
    process: database triggers bump it (`accounts.version`), so the web UI knows whether
    what it derived from the data (the agenda, everyone's stage) still holds.

    The database's bookkeeping, nobody's data: a backup leaves it out."""

    counter = models.BigIntegerField(default=0)

    backed_up = False

    def __str__(self) -> str:
        return f"data version {self.counter}"
