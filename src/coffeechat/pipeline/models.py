from __future__ import annotations

from django.conf import settings
from django.db import models

from coffeechat.people.models import Person
from coffeechat.rules.kinds import InsightKind, choices
from coffeechat.rules.timeline import Kind


class Conversation(models.Model):
    """The informational interview with one person; its stage is derived from its events."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="conversation")
    referred_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    referred_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"conversation with {self.person}"


class Event(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=choices(Kind))
    at = models.DateTimeField()
    # The connector of an intro request, the referral an update is about.
    other = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting_at = models.DateTimeField(null=True, blank=True)
    minutes = models.PositiveIntegerField(null=True, blank=True)
    # postponed: the day they asked to be written to again.
    until = models.DateTimeField(null=True, blank=True)
    where = models.CharField(max_length=200, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["conversation", "at"])]
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class Commitment(models.Model):
    """A promise made at a meeting: by me (`mine`) or by them."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="commitments"
    )
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL)
    mine = models.BooleanField()
    text = models.TextField()
    made_at = models.DateTimeField()
    due = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.text


class Insight(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="insights"
    )
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL)
    kind = models.CharField(max_length=20, choices=choices(InsightKind))
    text = models.TextField()

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


class Landing(models.Model):
    """Where the job search ended: the news every person met should hear."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=200)
    organisation = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    on = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.role} at {self.organisation}"
