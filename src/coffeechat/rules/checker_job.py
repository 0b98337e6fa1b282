"""Asking for a job: hiring, openings, referrals for a role, interviews, "keep me in mind"."""

from __future__ import annotations

import re

from coffeechat.rules import patterns
from coffeechat.rules.checker_text import Span

_JOB_NOUN = (
    r"(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|opportunit(?:y|ies)|"
    r"spots?|places?|employment)"
)
_ORG = (
    r"(?:company|firm|team|organi[sz]ation|org|agency|group|department|office|practice|lab|studio)"
)
_STAFF = r"(?:hiring|recruit\w*|hr\b|human resources|talent|people team|boss|manager)"
# Whoever decides on applicants: "the hiring team", "your recruiter", "HR", and the person
# who picks their own team ("the team lead", "the practice manager"): handing them the
# writer's resume is an application however politely it follows the recommended ask.
_HIRING = (
    r"(?:hiring|recruit\w*|hr|human resources|talent acquisition|(?:team |department |"
    r"practice |program )?(?:lead|leads|manager|head|director|supervisor))\b"
)
# Whoever fills the opening, named by what they do: "whoever is hiring", "the person
# recruiting for that team".
_WHOEVER_HIRES = (
    r"(?:(?:whoever|whomever|anyone|someone|the (?:person|people)) (?:is |who(?:'s| is) )?"
    r"(?:hiring|recruiting)|(?:the )?(?:person|people|one) who (?:hires|recruits|does the "
    r"hiring))"
)
# Counts of past applications report the search; they ask nothing of this reader.
_TALLY = patterns.compile(
    r"\b(?:\d+|dozens|hundreds|scores|countless|many|several|numerous|more than|over|so many|"
    r"a lot|lots|tons|loads|a bunch|a ton|a few|a couple|a handful|some|multiple|various)\b",
    re.I,
)

# Wording that is a request for a job whatever the surrounding sentence says.
_DIRECT = [
    r"\bhir(?:e|ing) me\b",
    r"\bbring(?:ing)? me (?:on|onto|into|aboard|in)\b",
    r"\bconsider(?:ing)? (?:me|my application|my candidacy|my resume|my cv)\b",
    r"\b(?:be|being) considered(?: for\b|(?=\s*(?:[.!?]|$)))",
    r"\bi (?:\w+ )?need (?:a |an |some )?(?:job|work|employment|internship|position|role)\b"
    r"(?! (?:experience|history|samples?|ethic|visa|permit|advice))",
    # "any work for me", but not "would Saturday work for me", where work is the verb.
    r"\b(?:job|(?:any|some|enough|more|find|have|got|there|there's) work|position|role|place|"
    r"spot|room|opening|something) for me\b",
    r"\b(?:keep|kept|keeping) me in mind\b",
    r"\bthink of me (?:for|if|when)\b",
    r"\b(?:anything|something|(?:a|an|any|the) (?:[\w-]+ )?(?:role|spot|position|job|opening|"
    r"vacancy|internship)s?) (?:opens|opened|comes|came|becomes|frees) (?:up|open|available)\b",
    r"\bget me (?:in|hired|a job|a position|a role|an offer|a foot)\b",
    r"\b(?:take|taking|took|have|bring|hire|hiring) me on\b",
    r"\b(?:hire|take|bring|have) me (?:on )?as an?\b",
    r"\bhire\b[^.?!]{0,30}\b(?:me|my)\b",
    rf"\b(?:put me in touch with|connect me (?:with|to)|introduce me to) (?:the |your |a |"
    rf"their )?{_STAFF}",
    r"\binterest(?:ed)? in employment\b",
    r"\bfor an interview\b",
    r"\bput(?:ting)? in a (?:good )?word\b",
    r"\bput(?:ting)? (?:my name (?:forward|in)|me forward)\b",
    # "put my application in front of the team": placing it before whoever decides.
    r"\b(?:put|place|get|bring)(?:ting)? (?:my|our) (?:application|resume|résumé|cv|name|profile|"
    r"portfolio) (?:in front of|before|on the desk of|into the hands of)\b",
    r"\bvouch(?:ing)? for me\b",
    r"\brecommend(?:ing)? me for (?:the|a|an|this|that|your|any|one)\b",
    rf"\brecommend(?:ing)? me to (?:(?:the |your |a |their )?{_STAFF}|{_WHOEVER_HIRES})",
    r"\b(?:my|me a) foot in the door\b",
    r"\b(?:i|me)\b[^.?!]{0,30}\bget(?:ting)? hired\b",
    rf"\b(?:room|space|a place|a spot) (?:in|on|at|within) your (?:\w+ )?{_ORG}\b",
    # "Who should I send my application to?": where to apply, asked of an insider.
    r"\b(?:who|whom|where)\b[^?.!]{0,40}\b(?:send|submit|address|direct)\b (?:my|our) "
    r"(?:resume|résumé|cv|application)\b",
    # "What roles do you have open?": their openings, asked outright.
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:jobs|positions|roles|openings|vacancies|"
    r"internships)\s+(?:do|does|might|will|would)\s+(?:you|your \w+)\s+(?:have|has)\b",
    r"\brefer(?:ring)? me\b(?!\s+to\b)",
    rf"\brefer(?:ring)? me to (?:the |your |a |their )?{_STAFF}",
    rf"\breferral (?:for|to) (?:the|a|an|this|that|your|any|"
    rf"one)\b(?:\s+\S+){{0,3}}?\s+{_JOB_NOUN}\b",
    r"\binterview(?:ing)? me\b",
    rf"\binterview(?:ing)? for (?:the|a|an|this|that|your|any|"
    rf"one)\b(?:\s+\S+){{0,3}}?\s+{_JOB_NOUN}",
    r"\b(?:get|land|secure|arrange|set up|schedule|grant|give)(?: me)? (?:an?|"
    r"the) (?:job )?interview\b",
    r"\bjob interview\b",
    r"\bset me up with (?:an?|the) (?:job )?interview\b",
    r"\bwho(?:ever|m)?(?:'s| is| are)(?: \w+)? hiring\b",
    # "help me find a job", and in other Englishes "help me for job", "assist me to get
    # employment", "requesting for job opportunity"
    r"\b(?:help|assist|support) me (?:find|get|land|secure|obtain|for|with|in getting|to get|"
    r"to find|to obtain|to secure) (?:a |an |the |any |some )?(?:\w+ )?(?:job|jobs|position|role|"
    r"internship|employment|placement)\b",
    r"\brequest(?:ing)? (?:you )?(?:for )?(?:a |an |any )?(?:suitable )?(?:job|employment|"
    r"position|vacancy|placement|internship)\b(?![- ](?:shadow|search|hunt|market|fair|advice))",
    rf"\bfit (?:in|into|at|on|with) (?:your|the) {_ORG}",
    r"\b(?:do|does|would|could|will|might) (?:you|your \w+|[A-Z]\w+)(?: guys| ever)? (?:hire|have|"
    r"take on|offer|need)\b(?: any| an?| more)? (?:[\w-]+ ){0,4}?(?:interns?|internships?|jobs?|"
    r"openings?|positions?|roles?|vacanc\w+|new grads?|apprentices?|apprenticeships?)\b",
    # "Are you taking on apprentices?", "Is the bakery looking for any new bakers?"
    r"\b(?:are|is) (?:you|your \w+|the \w+|[A-Z]\w+)(?: \w+ly)? (?:taking on|bringing on|"
    r"recruiting|adding|looking for) (?:any |new |more |additional )*(?:[\w-]+ ){0,2}?"
    r"(?:interns?|apprentices?|hires|staff|people|team members|grads|"
    r"\w+(?:ers|ists|ors|ants|ians))\b",
    r"\b(?:is|are) there (?:any |an? )?(?:[\w-]+ ){0,4}?"
    r"(?:openings?|vacanc\w+|open (?:positions?|roles?)|jobs?|positions?|roles?|internships?)\b"
    r".{0,30}\b(?:your|you|for me|available|open)\b",
]
_APPLYING = (
    # "before applying to analyst roles" is about when, not an application to this reader.
    rf"\bi(?:'\w+)?(?:\s+\w+){{0,3}}?(?<!before)(?<!after)(?<!when)(?<!while)(?<!without) "
    rf"(?:apply|applying|applied) (?:to|for)\b"
    rf"(?:\s+\S+){{0,5}}?\s+{_JOB_NOUN}\b"
    # "I'd love to apply." / "...and would like to apply if there is room": to their team.
    r"|\b(?:love|like|want|hope|hoping|plan|planning|intend|eager|keen|excited) to apply\b"
    r"(?=\s*(?:[.!?]|$|\bif\b|\bfor (?:it|this|that|one)\b|\bto (?:your|this|that)\b))"
)
# Handing the writer's application to whoever hires: "pass my resume along", "forward it to
# the hiring team".
_FORWARD = (
    r"\b(?:you(?:'d|'ll)?|please)\b(?:\s+\S+){0,4}?\s+"
    r"(?:pass|forward|send|submit|give|hand|share|get|flag)(?:s|es|ed|ing)?\b"
    r"(?: along| on| over)? (?:(?:my|our) "
    r"(?:resume|résumé|cv|application|information|info|details|name|portfolio|profile)\b"
    rf"|(?:it|them|this|that)(?: along| on| over)? (?:to|with|for) (?:(?:the|your|a|their) "
    rf"(?:\w+ )?{_HIRING}|hr\b|human resources|{_WHOEVER_HIRES}))"
)
# "...if you would recommend me or pass my name along to HR": the writer handed on to whoever
# hires, however far back the "you" is (but "I'll send my resume to the hiring manager" is
# the writer applying).
_HANDED_ON = (
    r"\b(?:pass|forward|send|hand|give|submit|mention)(?:ing)? (?:along |on )?(?:my|our) "
    r"(?:name|resume|"
    r"résumé|cv|application|profile|details|info)(?: along| on| over)? (?:to|with) "
    rf"(?:the |your |a |their )?(?:\w+ )?{_HIRING}"
)
_HIRING_QUESTION = (
    r"\b(?:(?:are|is|r) (?:you guys|u guys|you all|you|u|(?:your|ur) \w+|[A-Z]\w+|they|the \w+)|"
    r"you're|they're"
    r"|(?:you|(?:your|ur) \w+|they|the \w+) (?:are|is)"
    # Spoken shorthand with the verb dropped: "you guys hiring?", "y'all hiring interns?",
    # "u hiring?"
    r"|(?:^\W*|(?<=[,;:!] ))(?:you|u|you guys|u guys|you all|y'all|your \w+))"
    r"(?: \w+ly| still| now)? hiring\b"
)
_OPENINGS = rf"\b(?:any|open|available|vacant|current|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_JOB_NOUN}\b"
# An opening placed with the reader: "an opening for a new nurse on your team"; not "an
# opening in your calendar".
_AT_READER = (
    rf"{_JOB_NOUN}\b(?:\s+\S+){{0,4}}?\s+(?:at|with|on|in|within) (?:your|you)\b"
    r"(?! (?:calendar|schedule|diary|busy|day|week|time)\b)|\bfor me\b"
)
# "jobs in your field" are anywhere in that line of work, not with the reader.
_OPENINGS_AT_READER = (
    r"\b(?:opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|jobs?|internships?|employment)"
    r" (?:at|with|on|in|within) (?:your|you)\b"
    r"(?! (?:field|industry|sector|profession|line of work|career)\b)"
)
# Working for them: "I'd love to work for you", "join your team"; not "the work you've done"
# or "joining you for a morning", which is a visit.
_WORK_FOR = (
    rf"\b(?:to work|working|to join|joining|be (?:a )?part of)(?: for| at| with)? "
    rf"(?:you\b(?!'| for| at| on| in| to| when)|your {_ORG})\b"
)
# "I'm looking for a new role": telling a stranger you want a job is asking them for one
# ("a role like yours" is an ambition, not a request).
_SEEKING = (
    r"\b(?:looking|searching|seeking|hunting|(?:hoping|trying|need|want) to (?:find|land|get))"
    r"(?: for)? (?:a |an |my |some |any )?(?:[\w-]+ ){0,3}?(?:jobs?|positions?|roles?|"
    r"internships?|openings?|employment|apprenticeships?|placements?|work(?!-)|"
    r"opportunit(?:y|ies)(?! to\b))\b(?! like\b)"
)

_DIRECT_RE = patterns.compile("|".join(_DIRECT), re.I)
_SOFT_RE = patterns.compile(
    f"(?P<apply>{_APPLYING})|(?P<forward>{_FORWARD})|(?P<hiring>{_HIRING_QUESTION})"
    f"|(?P<openings>{_OPENINGS})|(?P<work>{_WORK_FOR})|(?P<at_reader>{_OPENINGS_AT_READER})"
    f"|(?P<seeking>{_SEEKING})|(?P<handed>{_HANDED_ON})",
    re.I,
)
_REQUEST = patterns.compile(
    r"\?|\b(could|would|can|will|please|let me know|if|whether|appreciate|grateful|love to|"
    r"like to|hoping|hope|wondering|interested|interest|welcome|discuss|ask|seeking)\b",
    re.I,
)
_READER = patterns.compile(r"\b(you|your|yours|for me|available|open)\b", re.I)
_UNAMBIGUOUS_OPENINGS = patterns.compile(r"openings|vacanc|open (?:position|role|job)", re.I)
# The recommended ask: "Have you heard of any opportunities that match my goals?"
_CANONICAL = patterns.compile(
    r"\b(heard|hear|know|knew|aware|come across|came across|see|notice)\b(?: of| about)?\s+(?:any|"
    r"of)",
    re.I,
)
# "nobody wants to hire a guy my age" is a fear, not a request.
_NEGATION = patterns.compile(
    r"\b(not|n't|never|no|nor|without|nobody|no one|noone)\b(?:\s+\S+){0,4}\s*$", re.I
)
_WRITER = patterns.compile(r"\b(?:i|i'm|im)\b", re.I)
_WRITER_DOES = patterns.compile(r"\b(?:i|i'll|i've|i'd|we|we'll)\b(?:\s+\w+){0,2}\s*$", re.I)
_WISH = patterns.compile(
    r"(?:would|'d|really) (?:love|like)|\b(?:want|hope|hoping|chance|opportunity|interested|"
    r"eager|keen|dream)\b",
    re.I,
)
_STATED = patterns.compile(r"\b(?:are|is)\b|'re\b", re.I)
# "if your team is hiring", "any chance your company is hiring?": a question all the same.
_IF_BEFORE = patterns.compile(r"\b(if|whether|(?:any )?chance(?: that)?)\s*$", re.I)
_THANKS_FOR = patterns.compile(
    r"\b(thank|thanks|offered|offering|agreed|as you (?:said|suggested))\b", re.I
)


def job_asks(sentence: Span) -> list[tuple[int, int]]:
    """Spans in one sentence where the writer asks the reader for a job."""
    text = sentence.text
    hits = [m.span() for m in _DIRECT_RE.finditer(text)]
    hits += [m.span() for m in _SOFT_RE.finditer(text) if _soft_counts(text, m)]
    kept = [(s, e) for s, e in hits if not _NEGATION.search(text[:s])]
    return sorted({(sentence.start + s, sentence.start + e) for s, e in kept})


def _soft_counts(text: str, m: re.Match[str]) -> bool:
    if m.group("apply"):
        return not _TALLY.search(m.group())
    if m.group("seeking"):
        # The writer is the one looking ("I'm a nurse looking for...", "Looking for a role, I...").
        return bool(_WRITER.search(text[: m.start()]) or not text[: m.start()].strip())
    if m.group("handed"):
        return not _WRITER_DOES.search(text[: m.start()])
    if m.group("forward"):
        return bool(_REQUEST.search(text)) and not _THANKS_FOR.search(text)
    if m.group("hiring"):
        # "Are you hiring?" and the verbless "you guys hiring?" ask; "you're hiring" tells.
        inverted = not _STATED.search(m.group()) or m.group().lower().startswith(("are ", "is "))
        return (inverted and "?" in text) or bool(_IF_BEFORE.search(text[: m.start()]))
    if m.group("at_reader"):
        return bool(_REQUEST.search(text)) and not _CANONICAL.search(text[: m.start()])
    if m.group("work"):
        return bool(_WISH.search(text))
    return _openings_count(text, m)


def _openings_count(text: str, m: re.Match[str]) -> bool:
    if _CANONICAL.search(text[: m.start()]) or not _REQUEST.search(text):
        return False
    phrase = m.group()
    if _UNAMBIGUOUS_OPENINGS.search(phrase):
        return True
    leads_to_reader = re.search(_AT_READER, text[m.start() : m.end() + 40], re.I)
    vague = re.match(r"(?:any|open|available|vacant)\b", phrase, re.I)
    return bool(leads_to_reader or (vague and _READER.search(text)))
