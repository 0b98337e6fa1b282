"""The prep sheet's facts, read from the database: the person, how I know them, my goal,
the planned conversation, what I can offer, and when and where we meet."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User

from coffeechat.accounts.services import policy_of
from coffeechat.people.models import Person
from coffeechat.rules.prep import PrepFacts
from coffeechat.rules.question_bank import Category
from coffeechat.writing.questions import plan_for


def prep_facts(
    *, owner: User, person: Person, now: datetime, minutes: int | None = None
) -> PrepFacts:
    planned = plan_for(owner=owner, person=person, minutes=minutes)
    record, profile = planned.record, planned.profile
    person = record.person
    meeting, arranged, held = record.upcoming, record.arranged, record.held
    introducer = record.sender  # their referrer, else whoever introduced us
    promised = tuple(
        f"{c.text} (you offered)" for c in record.commitments if c.mine and c.done_at is None
    )
    skills = ", ".join(profile.skills)
    offers = promised + ((f"What I know well: {skills}",) if skills else ())
    org = person.organisation
    return PrepFacts(
        person_name=person.name,
        plan=planned.plan,
        prepared_on=now.date(),
        title=person.title,
        organisation=org.name if org else "",
        email=person.email,
        linkedin=person.linkedin_url,
        location=person.location,
        source=person.source,
        connector=introducer.name if introducer else "",
        goal=profile.goal,
        research_notes=person.notes,
        organisation_notes=org.notes if org else "",
        offers=offers,
        meeting_at=meeting.meeting_at if meeting else None,
        met_at=held.at if held else None,
        where=arranged.where if arranged else "",
        agreed_minutes=(arranged.minutes or None) if arranged else None,
        open_items=tuple(
            f"No interview so far covered {Category(c).label.lower()}"
            for c in planned.left_open
        ),
        thank_you_hours=policy_of(profile).thank_you_hours,
    )
