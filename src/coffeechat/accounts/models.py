from __future__ import annotations

from django.conf import settings
from django.db import models


class Profile(models.Model):
    """The job seeker: their goal statement, their skills and their rule settings."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    name = models.CharField(max_length=200, blank=True, help_text="how drafts are signed")
    email = models.EmailField(blank=True)
    goal = models.TextField(blank=True)
    skills = models.JSONField(default=list, blank=True)
    # Overrides of coffeechat.rules.policy.Policy, by setting name.
    policy = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"profile of {self.owner}"
