"""What the user writes for themself: their own draft templates and their own questions."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from coffeechat.rules.kinds import Category as Categories
from coffeechat.rules.kinds import DraftKind as Kinds


class DraftKind(models.TextChoices):
    """The kinds of `coffeechat.rules.drafts.DraftKind`, as database choices."""

    INTRO_REQUEST = Kinds.INTRO_REQUEST.value
    OUTREACH = Kinds.OUTREACH.value
    FOLLOW_UP = Kinds.FOLLOW_UP.value
    THANK_YOU = Kinds.THANK_YOU.value
    REFERRAL_OUTREACH = Kinds.REFERRAL_OUTREACH.value
    UPDATE_REFERRER = Kinds.UPDATE_REFERRER.value
    CHECK_IN = Kinds.CHECK_IN.value
    LANDING = Kinds.LANDING.value


class Category(models.TextChoices):
    """The categories of `coffeechat.rules.question_bank.Category` a user may add to."""

    PATH = Categories.PATH.value
    DAY = Categories.DAY.value
    SKILLS = Categories.SKILLS.value
    TRENDS = Categories.TRENDS.value
    CULTURE = Categories.CULTURE.value
    ADVICE = Categories.ADVICE.value
    ORGANISATIONS = Categories.ORGANISATIONS.value
    RESOURCES = Categories.RESOURCES.value
    ASSIGNMENTS = Categories.ASSIGNMENTS.value


class DraftTemplate(models.Model):
    """The user's own template for one kind of draft; without one, the default is used."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(max_length=20, choices=DraftKind.choices)
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
    category = models.CharField(max_length=20, choices=Category.choices)
    minutes = models.FloatField(default=3.0)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint("owner", "text", name="unique_custom_question")]

    def __str__(self) -> str:
        return self.text
