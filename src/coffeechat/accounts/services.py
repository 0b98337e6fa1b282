"""The job seeker's own settings: who they are, their goal, how the rules are timed."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User

from coffeechat.accounts.local import local_username
from coffeechat.accounts.models import BACKGROUND_MAX_CHARS, Profile
from coffeechat.checks import GOAL_CHARS, NAME_CHARS, email_address, within
from coffeechat.errors import UserError
from coffeechat.rules.kinds import CareerStage
from coffeechat.rules.policy import DEFAULTS, Policy, coerce

STAGES = ", ".join(s.value for s in CareerStage)


def local_owner() -> User:
    """The one user of a laptop install (the command line acts as them)."""
    user, _ = get_user_model().objects.get_or_create(username=local_username())
    return user


def profile_for(owner: User) -> Profile:
    profile, _ = Profile.objects.get_or_create(owner=owner)
    return profile


def set_goal(*, owner: User, text: str) -> Profile:
    text = within(" ".join(text.split()), GOAL_CHARS, "the goal")
    if not text:
        raise UserError(
            "the goal is empty: write one sentence, e.g. coffeechat goal "
            '"I\'m exploring entry-level roles in digital marketing in Oregon"',
            plain="the goal is empty: write one sentence, e.g. "
            '"I\'m exploring entry-level roles in digital marketing in Oregon"',
        )
    profile = profile_for(owner)
    profile.goal = text
    profile.save(update_fields=["goal"])
    return profile


def set_me(
    *,
    owner: User,
    name: str | None = None,
    email: str | None = None,
    skills: list[str] | None = None,
    background: str | None = None,
    stage: str | None = None,
    school: str | None = None,
) -> Profile:
    """Change what is given (None leaves a field as it is; an empty text clears it)."""
    profile = profile_for(owner)
    changes = {
        "name": within(" ".join(name.split()), NAME_CHARS, "--name")
        if name is not None else None,
        "email": email_address(email) if email is not None else None,
        "skills": list(dict.fromkeys(s.strip() for s in skills if s.strip()))
        if skills is not None
        else None,
        "background": checked_background(background) if background is not None else None,
        "stage": checked_stage(stage) if stage is not None else None,
        "school": within(" ".join(school.split()), NAME_CHARS, "--school")
        if school is not None else None,
    }
    for field, value in changes.items():
        if value is not None:
            setattr(profile, field, value)
    profile.save(update_fields=[f for f, v in changes.items() if v is not None])
    return profile


def checked_background(text: str) -> str:
    """One line a draft can quote, within the limit, or one line saying what to write."""
    if "\n" in text.strip() or "\r" in text.strip():
        raise UserError(
            "--background takes one line: write where you come from in a phrase, e.g. "
            '"9 years teaching middle-school science"',
            plain="the background takes one line: write where you come from in a phrase, "
            'e.g. "9 years teaching middle-school science"',
            field="background",
        )
    line = " ".join(text.split())
    if len(line) > BACKGROUND_MAX_CHARS:
        raise UserError(
            f"--background is {len(line)} characters: keep it to {BACKGROUND_MAX_CHARS} "
            '(one line drafts quote, e.g. "9 years teaching middle-school science")',
            plain=f"the background is {len(line)} characters: keep it to "
            f'{BACKGROUND_MAX_CHARS} (one line drafts quote, e.g. "9 years teaching '
            'middle-school science")',
            field="background",
        )
    return line


def checked_stage(text: str) -> str:
    """A stage in any case ("Career-Changer"); "" or "none" clears it."""
    if text.strip().lower() in ("", "none"):
        return ""
    try:
        return CareerStage.read(text).value
    except ValueError:
        raise UserError(
            f"unknown --stage {text!r}: write one of {STAGES} (or none to clear it)",
            plain=f"unknown stage {text!r}: write one of {STAGES} (or none to clear it)",
            field="stage",
        ) from None


def policy_for(owner: User) -> Policy:
    return policy_of(profile_for(owner))


def policy_of(profile: Profile) -> Policy:
    """The rule timings: the defaults with the user's own settings over them."""
    return Policy().with_overrides(profile.policy)


def change_setting(*, owner: User, name: str, value: Any | None) -> Policy:
    """Set one rule setting, or restore its default when `value` is None."""
    profile = profile_for(owner)
    try:
        if value is None:
            coerce(name, DEFAULTS.get(name))  # refuses an unknown name
            profile.policy.pop(name, None)
        else:
            profile.policy[name] = coerce(name, value)
    except ValueError as error:
        raise UserError(str(error)) from None
    profile.save(update_fields=["policy"])
    return Policy().with_overrides(profile.policy)
