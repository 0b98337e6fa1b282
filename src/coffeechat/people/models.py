from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models


class Source(models.TextChoices):
    """How I know someone."""

    FRIEND = "friend"
    FAMILY = "family"
    ALUMNI = "alumni"
    COLLEAGUE = "colleague"
    LINKEDIN = "linkedin"
    REFERRAL = "referral"
    OTHER = "other"


class Organisation(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    notes = models.TextField(blank=True, help_text="research on the organisation")

    class Meta:
        constraints = [models.UniqueConstraint("owner", "name", name="unique_organisation")]

    def __str__(self) -> str:
        return self.name


class Tag(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=60)
    check_in_days = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint("owner", "name", name="unique_tag")]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    email = models.EmailField(blank=True)
    # More addresses a contacts file gave (Google keeps several): kept for matching and export.
    other_emails = models.JSONField(default=list, blank=True)
    phone = models.CharField(max_length=60, blank=True)
    linkedin_url = models.URLField(blank=True)
    location = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.OTHER)
    notes = models.TextField(blank=True, help_text="research on the person")
    check_in_days = models.PositiveIntegerField(null=True, blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="people")
    created_at = models.DateTimeField()
    connected_on = models.DateField(null=True, blank=True, help_text="connected on LinkedIn")
    # Who this is across exports and restores: the vCard UID and calendar UIDs derive from it.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name


class Tie(models.Model):
    """Who knows whom: `person` knows `knows` (and, socially, the other way round)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="ties")
    knows = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="known_by")
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint("person", "knows", name="unique_tie")]

    def __str__(self) -> str:
        return f"{self.person} knows {self.knows}"


class PastOrganisation(models.Model):
    """An organisation a person worked at before (their current one is
    `Person.organisation`). A set, without years: no contacts file gives them, and a
    shared past employer is one weak link whenever it was."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="past")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="former_people"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint("person", "organisation", name="unique_past_organisation")
        ]
        indexes = [models.Index(fields=["owner", "organisation"])]

    def __str__(self) -> str:
        return f"{self.person} worked at {self.organisation}"
