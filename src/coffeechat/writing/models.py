"""What the user writes for themself: their own draft templates and their own questions."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from coffeechat.rules.kinds import Category, DraftKind, choices

# A user adds questions to any category but the two asks, which every plan ends with.
OWN_CATEGORIES = [c for c in Category if c is not Category.ASKS]


class DraftTemplate(models.Model):
    """The user's own template for one kind of draft; without one, the default is used."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(max_length=20, choices=choices(DraftKind))
    source = models.TextField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint("owner", "kind", name="unique_draft_template")]

    def __str__(self) -> str:
        return f"{self.kind} template"


class CustomQuestion(models.Model):
    """A question the user added to the bank; the planner weighs it with the others."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    text = models.TextField()
    category = models.CharField(max_length=20, choices=choices(OWN_CATEGORIES))
    minutes = models.FloatField(default=3.0)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint("owner", "text", name="unique_custom_question")]

    def __str__(self) -> str:
        return self.text
