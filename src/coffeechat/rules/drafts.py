"""Message drafts: the facts of a conversation rendered through a sandboxed template.

A draft never holds a hole. A fact that was not recorded is falsy inside a template (so a
sentence can be left out) and raises if printed; each kind declares the facts it needs,
and the ones missing are listed on the draft in the user's words.
"""

from __future__ import annotations

import contextlib
import functools
import re
import traceback
from collections.abc import Mapping
from dataclasses import astuple, dataclass
from typing import Any

from jinja2 import (
    Template,
    TemplateError,
    TemplateSyntaxError,
    Undefined,
)
from jinja2.exceptions import SecurityError, UndefinedError

from coffeechat.rules.background import background_sentence, goal_tells_background
from coffeechat.rules.draft_templates import (
    CONTACT_WORDS,
    FACT_WORDS,
    KIND_FACT_WORDS,
    ME_WORDS,
    NOBODY,
    RECORDED_WITH,
    REQUIRED_FACTS,
    SOURCE_OPENERS,
)
from coffeechat.rules.draft_templates import (
    DEFAULT_TEMPLATES as DEFAULT_TEMPLATES,
)
from coffeechat.rules.draft_text import _ENV, leftovers
from coffeechat.rules.draft_text import and_list as and_list
from coffeechat.rules.draft_text import reply_subject as reply_subject
from coffeechat.rules.draft_text import word_count as word_count
from coffeechat.rules.kinds import DraftKind as DraftKind
from coffeechat.rules.phrasing import Noticed, noticed
from coffeechat.rules.wording import as_sent
from coffeechat.rules.wording import first_name as first_name
from coffeechat.rules.wording import gist as gist

# Kinds whose body must stay under 100 words (the forwardable blurb aside).
SHORT_KINDS = frozenset(
    {DraftKind.OUTREACH, DraftKind.INTRO_REQUEST, DraftKind.FOLLOW_UP, DraftKind.REFERRAL_OUTREACH}
)


@dataclass(frozen=True)
class Me:
    name: str
    goal: str = ""
    email: str = ""
    background: str = ""  # one line: "9 years teaching middle-school science"
    stage: str = ""  # a CareerStage value, or "" when not said
    school: str = ""  # the school fellow alumni share with me
    new_role: str = ""
    new_organisation: str = ""
    new_email: str = ""
    new_phone: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    title: str = ""
    organisation: str = ""
    source: str = ""  # friend, family, alumni, colleague, linkedin, referral, other
    research: str = ""
    organisation_notes: str = ""
    email: str = ""


@dataclass(frozen=True)
class DraftFacts:
    me: Me
    person: Contact  # the recipient
    about: Contact | None = None  # the target (intro_request) or the referral met
    connector: Contact | None = None  # who introduced or referred me to `person`
    they_will: tuple[str, ...] = ()
    i_will: tuple[str, ...] = ()
    learned: tuple[str, ...] = ()
    about_learned: tuple[str, ...] = ()
    meeting_minutes: int | None = None
    last_subject: str = ""
    sent: str = ""  # what I actually sent them: the note logged with `contacted`
    introduced: bool = False  # `connector` introduced us, to both of us
    their_words: str = ""  # what they said when they asked me to write again later
    asked_until: str = ""  # the day they named, in words ("Tue 1 Dec")
    met: bool = False  # I have met `person`
    declined: bool = False  # `person` declined to meet
    joining_them: bool = False  # I landed at `person`'s organisation
    led_to: tuple[str, ...] = ()  # whom `person` referred or introduced me to, and I met
    led_on_to: tuple[str, ...] = ()  # whom those led me to in turn, and I met


@dataclass(frozen=True)
class Draft:
    kind: DraftKind
    subject: str
    body: str
    missing: tuple[str, ...]  # as the terminal says it: with the command that records each
    said: tuple[str, ...] = ()  # the same in words alone, for the web page


class DraftTemplateError(ValueError):
    """A template that cannot be rendered: names the kind and, when known, the line."""

    def __init__(self, kind: str, line: int | None, reason: str) -> None:
        where = f"the {kind} template" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {reason}")
        self.kind = kind
        self.line = line
        self.reason = reason


def _names(facts: DraftFacts) -> dict[str, str]:
    people = {"person": facts.person, "about": facts.about, "connector": facts.connector}
    return {
        role: first_name(c.name) if c and c.name.strip() else NOBODY[role]
        for role, c in people.items()
    }


def describe(kind: DraftKind, path: str, facts: DraftFacts, *, terminal: bool = True) -> str:
    """A fact in the user's words: "Dana's organisation", "the goal statement", and in the
    terminal how to record it: "the goal statement (coffeechat goal "...")"."""
    words = _words(kind, path, facts)
    if terminal and path in RECORDED_WITH:
        return f"{words} ({RECORDED_WITH[path]})"
    return words


def in_words(said: str) -> str:
    """A fact as `describe` says it in the terminal, without the command that records it
    (the web page has its own forms for them)."""
    for command in RECORDED_WITH.values():
        said = said.removesuffix(f" ({command})")
    return said


def _words(kind: DraftKind, path: str, facts: DraftFacts) -> str:
    names = _names(facts)
    owner, _, attr = path.partition(".")
    if (kind.value, path) in KIND_FACT_WORDS:
        return KIND_FACT_WORDS[(kind.value, path)].format(**names)
    if owner == "me":
        return ME_WORDS.get(attr, f"your {attr}")
    if attr:
        return f"{names[owner]}'s {CONTACT_WORDS.get(attr, attr)}"
    return FACT_WORDS.get(path, path).format(**names)


def required_facts(kind: DraftKind) -> tuple[str, ...]:
    """The facts a kind needs, as paths ("me.goal", "about.name", "learned")."""
    return REQUIRED_FACTS[DraftKind(kind).value]


def _lookup(facts: DraftFacts, path: str) -> object:
    value: object = facts
    for part in path.split("."):
        value = getattr(value, part, None)
    return value


def _present(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return any(str(item).strip() for item in value)
    return value is not None and value != 0


def missing_facts(
    kind: DraftKind, facts: DraftFacts, *, terminal: bool = True
) -> tuple[str, ...]:
    """What the draft of this kind would want but the facts lack, in the user's words."""
    paths = ["person.name", "me.name", *required_facts(kind)]
    if RELATIONSHIPS.get(facts.person.source.strip().lower()) in ("friend", "colleague"):
        paths = [p for p in paths if p != "person.research"]  # they know me: no hook needed
    if kind in INTRODUCING and facts.me.stage in ("career-changer", "experienced"):
        paths.append("me.background")  # where I come from is half of who I am to them
    # Nobody to introduce at all: say so once (their name), not also "their organisation".
    absent = [
        p
        for p in paths
        if not _present(_lookup(facts, p))
        and (p.endswith(".name") or "." not in p or _lookup(facts, p.split(".")[0]) is not None)
    ]
    return tuple(describe(kind, p, facts, terminal=terminal) for p in absent)


class MissingFactError(DraftTemplateError):
    """A template printed a fact that was not recorded (instead of leaving it out)."""

    def __init__(self, kind: str, line: int | None, fact: str) -> None:
        super().__init__(kind, line, f"prints {fact}, which is not recorded")
        self.fact = fact


class _MissingFactUse(UndefinedError):
    pass


class MissingFact(Undefined):
    """A fact not recorded: falsy in `if`, empty in `for`, an error when printed."""

    __slots__ = ()

    def __str__(self) -> str:
        self._fail_with_undefined_error()


def _missing(kind: DraftKind, path: str, facts: DraftFacts) -> MissingFact:
    return MissingFact(hint=describe(kind, path, facts), exc=_MissingFactUse)


def _view(kind: DraftKind, role: str, who: Me | Contact | None, facts: DraftFacts) -> Any:
    """A person as a template sees them: every field, empty ones as MissingFact."""
    fields = ME_WORDS if role == "me" else CONTACT_WORDS
    values = {f: str(getattr(who, f, "") or "").strip() for f in fields if f != "first_name"}
    values["first_name"] = first_name(values["name"])
    return _Person({f: v if v else _missing(kind, f"{role}.{f}", facts) for f, v in values.items()})


class _Person:
    """Plain attributes only, so the sandbox has nothing else to reach."""

    def __init__(self, values: Mapping[str, object]) -> None:
        self.__dict__.update(values)


def _texts(kind: DraftKind, path: str, facts: DraftFacts) -> object:
    # An insight keeps its type (phrasing.Learned): takeaway reads how to say it.
    items = tuple(t if t == t.strip() else t.strip() for t in getattr(facts, path) if t.strip())
    return items if items else _missing(kind, path, facts)


# The first messages to someone new, where my background says who I am.
INTRODUCING = frozenset(
    {
        DraftKind.OUTREACH,
        DraftKind.REFERRAL_OUTREACH,
        DraftKind.INTRO_REQUEST,
        DraftKind.REPLY_TO_INTRO,
    }
)
# How I know someone, as the default templates branch on it.
RELATIONSHIPS = {"friend": "friend", "family": "friend", "colleague": "colleague",
                 "alumni": "alumni"}


def _opener(facts: DraftFacts) -> str:
    source = facts.person.source.strip().lower()
    school = facts.me.school.strip()
    if source == "alumni" and school and school not in facts.me.background:
        if facts.me.stage == "student":  # not an alum yet
            return f"As a current {school} student, I hope you don't mind my note."
        return f"As a fellow {school} alum, I hope you don't mind my note."
    return SOURCE_OPENERS.get(source, "")


def _noticed(who: Contact | None, to_them: bool) -> Noticed:
    """My note on someone, said to them ("I saw that you ...") or about them."""
    if who is None:
        return Noticed()
    names, org = (who.name, first_name(who.name)), (who.organisation,)
    if who.research.strip():
        return noticed(who.research, names, "you" if to_them else first_name(who.name), org)
    return noticed(who.organisation_notes, names, who.organisation or "they", org)


def _context(kind: DraftKind, facts: DraftFacts) -> dict[str, object]:
    minutes = facts.meeting_minutes
    source = facts.person.source.strip().lower()
    people = (("me", facts.me), ("person", facts.person))
    others = (("about", facts.about), ("connector", facts.connector))
    context: dict[str, object] = {
        role: _view(kind, role, who, facts) for role, who in people + others
    }
    for path in ("they_will", "i_will", "learned", "about_learned"):
        context[path] = _texts(kind, path, facts)
    context["meeting_minutes"] = minutes if minutes else _missing(kind, "meeting_minutes", facts)
    context["last_subject"] = facts.last_subject.strip() or _missing(kind, "last_subject", facts)
    context["sent"] = as_sent(facts.sent) or _missing(kind, "sent", facts)
    context["introduced"] = facts.introduced
    context["their_words"] = " ".join(facts.their_words.split()).strip().rstrip(".") or (
        _missing(kind, "their_words", facts)
    )
    context["asked_until"] = facts.asked_until or _missing(kind, "asked_until", facts)
    context["time_ask"] = f"{minutes} minutes" if minutes else "10–20 minutes"
    context["opener"] = _opener(facts) or _missing(kind, "person.source", facts)
    context["proper_names"] = _proper_names(facts)
    context["you_names"] = (facts.person.name, first_name(facts.person.name))
    context["relationship"] = RELATIONSHIPS.get(source, "")
    context["about_me"] = (
        ""
        if goal_tells_background(facts.me.goal, facts.me.background)
        else background_sentence(facts.me.background, facts.me.stage)
    )
    context["noticed"] = _noticed(facts.person, to_them=True)
    context["about_noticed"] = _noticed(facts.about, to_them=False)
    for flag in ("met", "declined", "joining_them"):
        context[flag] = getattr(facts, flag)
    context["led_to"], context["led_on_to"] = facts.led_to, facts.led_on_to
    return context


def _proper_names(facts: DraftFacts) -> frozenset[str]:
    people = (facts.me, facts.person, facts.about, facts.connector)
    texts = [getattr(p, f, "") for p in people if p for f in ("name", "organisation")]
    return frozenset(w.strip(".,'’") for t in texts for w in t.split()) | {"I"}


_DEFAULT_KINDS = {source: str(kind) for kind, source in DEFAULT_TEMPLATES.items()}


@functools.lru_cache(maxsize=64)  # the Today page renders many
def _compile(source: str) -> Template:
    """A template from its source. A default template's compiled code is read back from
    the environment's bytecode cache when the app gave it one (`writing/compiled.py`)
    instead of being compiled again in every process; a user's own template (or one typed
    in a live preview) is compiled each time, so the cache holds one file a kind."""
    cache = _ENV.bytecode_cache
    kind = _DEFAULT_KINDS.get(source)
    if cache is None or kind is None:
        return _ENV.from_string(source)
    bucket = cache.get_bucket(_ENV, f"draft-{kind}", None, source)
    if bucket.code is None:
        bucket.code = _ENV.compile(source)
        with contextlib.suppress(OSError):
            cache.set_bucket(bucket)
    return _ENV.template_class.from_code(_ENV, bucket.code, _ENV.make_globals(None))


def _template_line(error: BaseException) -> int | None:
    if isinstance(error, TemplateSyntaxError):
        return error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
    return frames[-1].lineno if frames else None


def _render(kind: DraftKind, source: str, context: Mapping[str, object]) -> str:
    try:
        return _compile(source).render(context)
    except _MissingFactUse as error:
        raise MissingFactError(kind, _template_line(error), str(error)) from error
    except SecurityError as error:
        raise DraftTemplateError(kind, _template_line(error), f"unsafe: {error}") from error
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as error:
        raise DraftTemplateError(kind, _template_line(error), str(error)) from error


def _tidy(text: str) -> str:
    lines = [re.sub(r"(?<=\S) {2,}", " ", line.rstrip()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _split(kind: DraftKind, text: str) -> tuple[str, str]:
    first, _, body = text.strip().partition("\n")
    label, colon, subject = first.partition(":")
    if not colon or label.strip().lower() != "subject":
        raise DraftTemplateError(kind, 1, 'the first line must be "Subject: ..."')
    return " ".join(subject.split()), _tidy(body)


def render_draft(
    kind: DraftKind, facts: DraftFacts, templates: Mapping[str, str] | None = None
) -> Draft:
    """The draft of `kind` for these facts; `templates` overrides the defaults by kind.

    A user template that prints an unrecorded fact falls back to the default template and
    says so in `missing`; a broken or unsafe template raises DraftTemplateError.
    """
    kind = DraftKind(kind)
    missing = list(missing_facts(kind, facts))
    said = list(missing_facts(kind, facts, terminal=False))
    context = _context(kind, facts)
    written = (templates or {}).get(kind.value) or ""
    custom = written if written.strip() else None  # an emptied template means the default
    try:
        text = _render(kind, custom if custom is not None else DEFAULT_TEMPLATES[kind], context)
    except MissingFactError as error:
        if custom is None:
            raise
        note = "{} (your " + kind.value + " template prints it; the default was used)"
        missing.append(note.format(error.fact))
        said.append(note.format(in_words(error.fact)))
        text = _render(kind, DEFAULT_TEMPLATES[kind], context)
    subject, body = _split(kind, text)
    # "TBD" in my own notes is mine to keep; only debris the template left is reported.
    mine = set(leftovers(_fact_texts(facts)))
    left = [
        f'a placeholder left in the text: "{p}"'
        for p in leftovers(f"{subject}\n{body}")
        if p not in mine
    ]
    return Draft(kind, subject, body, tuple(dict.fromkeys(missing + left)),
                 tuple(dict.fromkeys(said + left)))


def _fact_texts(facts: DraftFacts) -> str:
    """Every text the user recorded that a template may print, one per line."""
    people = (facts.me, facts.person, facts.about, facts.connector)
    texts = [str(value) for who in people if who for value in astuple(who)]
    texts += [*facts.they_will, *facts.i_will, *facts.learned, *facts.about_learned]
    return "\n".join([*texts, facts.last_subject, facts.sent, facts.their_words])
