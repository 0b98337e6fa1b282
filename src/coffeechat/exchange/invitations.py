"""`coffeechat import invite.ics`: a meeting someone sent is logged as `scheduled` with
the person it is with."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction

from coffeechat.accounts.services import profile_for
from coffeechat.errors import UserError, plain
from coffeechat.exchange.importing import ImportReport, known_people
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Event
from coffeechat.pipeline.services import log_event
from coffeechat.rules.contacts.invitation import Invitation, invited_person, read_invitations
from coffeechat.rules.contacts.record import FileError, Format, RowError
from coffeechat.rules.dates import stamp
from coffeechat.rules.matching import index_of
from coffeechat.rules.timeline import Kind


@transaction.atomic
def import_invitations(
    *, owner: User, text: str, name: str, now: datetime, dry_run: bool = False
) -> ImportReport:
    try:
        invitations = read_invitations(text)
    except FileError as error:
        raise UserError(f"{name}: {error}", plain=f"{name}: {error.plain}") from None
    report = ImportReport(name, Format.CALENDAR, dry_run)
    index = index_of(k.identity() for k in known_people(owner))
    own = [profile_for(owner).email]
    for invitation in invitations:
        if invitation.cancelled:
            report.skipped.append(
                RowError(invitation.line, "STATUS", "a cancelled meeting: nothing to log")
            )
            continue
        found = invited_person(invitation, index, own)
        if found is None:
            raise UserError(f"{name}, line {invitation.line}: {_nobody(invitation)}",
                            plain=f"{name}, line {invitation.line}: "
                            f"{_nobody(invitation, terminal=False)}")
        person = Person.objects.get(owner=owner, id=found[0])
        if _already_logged(person, invitation):
            report.unchanged += 1
            continue
        _log(owner, person, invitation, now, name, dry_run)
        report.scheduled.append(
            {
                "line": invitation.line,
                "person": person.name,
                "person_id": person.id,
                "matched_by": found[1].value,
                "meeting_at": stamp(invitation.start),
                "minutes": invitation.minutes,
                "where": invitation.where,
            }
        )
    return report


def _nobody(invitation: Invitation, *, terminal: bool = True) -> str:
    who = ", ".join(n or e for n, e in invitation.people if n or e) or "nobody named"
    how = ('(coffeechat add "NAME" --email ADDRESS)' if terminal
           else "on People, with their e-mail address")
    return (
        f"nobody here matches the invitation {invitation.summary!r} ({who}): add them first "
        f"{how}, then import it again"
    )


def _already_logged(person: Person, invitation: Invitation) -> bool:
    return Event.objects.filter(
        conversation__person=person, kind=Kind.SCHEDULED, meeting_at=invitation.start
    ).exists()


def _log(
    owner: User, person: Person, invitation: Invitation, now: datetime, name: str, dry_run: bool
) -> None:
    sent = invitation.stamped
    at = sent if sent is not None and sent <= now else now
    try:
        with transaction.atomic():
            log_event(
                owner=owner,
                person=person,
                kind=Kind.SCHEDULED,
                at=at,
                meeting_at=invitation.start,
                minutes=invitation.minutes,
                where=invitation.where[:200],
                note=invitation.summary,
            )
            if dry_run:
                transaction.set_rollback(True)
    except UserError as error:
        raise UserError(f"{name}, line {invitation.line}: {error}",
                        plain=f"{name}, line {invitation.line}: {plain(error)}") from None
