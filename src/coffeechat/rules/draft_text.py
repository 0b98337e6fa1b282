"""The words around a draft's facts: text helpers every template may use as filters
("a, b and c", a note mid-sentence, "Re: ..."), the sandboxed Jinja environment that
renders the templates, and what is checked on a rendered draft."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import StrictUndefined, TemplateRuntimeError, Undefined, pass_context
from jinja2.bccache import BytecodeCache
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from coffeechat.rules import patterns
from coffeechat.rules.checker import Finding, check_message
from coffeechat.rules.grammar import with_article
from coffeechat.rules.phrasing import is_verb_phrase, promise, takeaway
from coffeechat.rules.wording import first_name


def clause(text: str, proper_names: frozenset[str] = frozenset({"I"})) -> str:
    """A text to embed mid-sentence: no final full stop, a lower-case first word unless
    it is a name ("Led the churn rebuild." -> "led the churn rebuild")."""
    text = " ".join(str(text).split()).rstrip(".;:!")
    first = text.split(" ", 1)[0] if text else ""
    ordinary = first.isalpha() and first[0].isupper() and (first[1:].islower() or len(first) == 1)
    if ordinary and first not in proper_names:
        text = text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """A text as a sentence of its own: a capital first letter and a final full stop."""
    text = " ".join(str(text).split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def and_join(items: Any) -> str:
    """ "a", "a and b", "a, b and c", each item as written."""
    if isinstance(items, Undefined):
        return str(items)  # a missing list: raises, naming the fact
    parts = [str(i) for i in items]
    return "".join(parts) if len(parts) < 2 else ", ".join(parts[:-1]) + " and " + parts[-1]


def and_list(
    items: Any, proper_names: frozenset[str] = frozenset({"I"}), you: tuple[str, ...] = ()
) -> str:
    """Promises as "a, b and c", each as it reads after "to" or "I will", turned to speak
    to the person they are about (`you`: their names): "her team lead" -> "your team lead"."""
    if isinstance(items, Undefined):
        return str(items)  # a missing list: raises, naming the fact
    return and_join([clause(promise(i, you), proper_names) for i in items])


def reply_subject(subject: str) -> str:
    subject = " ".join(str(subject).split())
    return subject if re.match(r"re:", subject, re.I) else f"Re: {subject}"


@pass_context
def _clause_filter(context: Context, text: str) -> str:
    return clause(text, context.get("proper_names", frozenset({"I"})))


@pass_context
def _and_list_filter(context: Context, items: Any) -> str:
    return and_list(items, context.get("proper_names", frozenset({"I"})),
                    context.get("you_names", ()))


@pass_context
def _promise_filter(context: Context, text: str) -> str:
    return and_list([text], context.get("proper_names", frozenset({"I"})),
                    context.get("you_names", ()))


@pass_context
def _verb_phrases_test(context: Context, items: Any) -> bool:
    """Every promise in `items` reads after "to" ("send the deck", not "coffee in May")."""
    if isinstance(items, Undefined) or not items:
        return False
    names = context.get("you_names", ())
    return all(is_verb_phrase(str(i), names) for i in items)


def _finalize(value: object) -> object:
    """What `{{ ... }}` may print: never none, never a function (an empty or odd hole)."""
    if isinstance(value, Undefined):
        return value  # printing it raises, naming the fact
    if value is None:
        raise TemplateRuntimeError("prints an empty value (none)")
    if callable(value):
        raise TemplateRuntimeError("prints a function, not a value")
    return value


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        clause=_clause_filter,
        sentence=sentence,
        and_list=_and_list_filter,
        and_join=and_join,
        promise=_promise_filter,
        with_article=with_article,
        takeaway=takeaway,
        first_name=first_name,
        reply_subject=reply_subject,
    )
    env.tests["verb_phrases"] = _verb_phrases_test
    return env


_ENV = _environment()


def keep_compiled(cache: BytecodeCache) -> None:
    """Where the default templates' compiled code is kept between processes: the app's
    choice of folder (`writing/compiled.py`), not a rule's."""
    _ENV.bytecode_cache = cache
_LEFTOVER = patterns.compile(
    r"\{\{|\}\}|\{%|%\}|\{#|#\}|\[[A-Z][A-Z0-9 _]*\]|<[A-Z][A-Z0-9 _]*>"
    r"|\b(?:TBD|TODO|None|undefined)\b|(?<=\w) [.,;:!?](?!\S)"
)


def leftovers(text: str) -> tuple[str, ...]:
    """Placeholder debris in a text: "{{", "[NAME]", "TBD", "None", "at ." and the like."""
    return tuple(dict.fromkeys(m.group(0).strip() or m.group(0) for m in _LEFTOVER.finditer(text)))


def word_count(body: str) -> int:
    """Words a reader reads in my part: quoted ("> ") forwardable lines do not count."""
    lines = [line for line in body.splitlines() if not line.lstrip().startswith(">")]
    return sum(1 for line in lines for w in line.split() if any(c.isalnum() for c in w))


def _only(body: str, quoted: bool) -> str:
    """The body with the other part's lines blanked, each character kept in place (so a
    finding's offsets and lines read on the whole body); "> " becomes two spaces."""
    lines = []
    for line in body.split("\n"):
        is_quote = line.lstrip().startswith(">")
        if is_quote == quoted:
            lines.append(re.sub(r"^(\s*)>", r"\1 ", line) if quoted else line)
        else:
            lines.append(" " * len(line))
    return "\n".join(lines)


def check_draft(body: str) -> list[Finding]:
    """The mistake checker on a draft: a note to forward ("> " lines) is a message of its
    own, checked apart from mine, so neither is long for the other's words."""
    if not any(line.lstrip().startswith(">") for line in body.splitlines()):
        return check_message(body)
    found = check_message(_only(body, quoted=False)) + check_message(_only(body, quoted=True))
    return sorted(found, key=lambda f: (f.start, f.code))
