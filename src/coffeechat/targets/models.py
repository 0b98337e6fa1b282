from __future__ import annotations

from django.conf import settings
from django.db import models


class Target(models.Model):
    """An organisation the job seeker would like to work at, scored as the LAMP method
    scores it: motivation 0 (don't know them) to 3 (dream employer), relevant postings
    1 to 3. Advocacy (who I know there) is computed from the people, never stored."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    organisation = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    motivation = models.PositiveSmallIntegerField(default=0)
    postings = models.PositiveSmallIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint("owner", "organisation", name="unique_target"),
        ]

    def __str__(self) -> str:
        return self.organisation

