"""Question rules: yes/no questions and questions a quick search answers."""

from __future__ import annotations

import re

from coffeechat.rules import patterns
from coffeechat.rules.checker_text import Span, sentences

_AUX = (
    r"(?:am|is|are|was|were|do|does|did|have|has|had|can|could|will|would|shall|should|may|"
    r"might|must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|"
    r"can't|couldn't|won't|wouldn't|shouldn't)"
)
_WH = r"(?:what|what's|how|how's|why|which|where|where's|when|who|who's|whom|whose)"
_LEADING = patterns.compile(rf"^\W*(?:(?P<wh>{_WH})|(?P<aux>{_AUX}))\b", re.I)
# "Can you tell me...", "Would you mind sharing..." are polite requests, not yes/no questions.
_INFO_VERB = (
    r"(?:tell|describe|walk|share|sharing|explain|talk|recommend|suggest|name|list|give|"
    r"outline|elaborate|expand|help me understand|say|point|think of|paint|take me|speak|"
    r"offer|telling|describing|walking|explaining|talking|recommending|suggesting)"
)
_REQUEST = patterns.compile(
    rf"^\W*(?:(?:can|could|will) you (?:please |possibly |maybe )?(?:\w+ly )?"
    rf"|(?:would|could|can) you (?:please )?(?:mind |be (?:able|willing) to |be open to ))"
    rf"{_INFO_VERB}\b",
    re.I,
)
_WOULD_RECOMMEND_PEOPLE = patterns.compile(
    r"^\W*would you (?:recommend|suggest) (?:two|three|a few|some|any|anyone|someone|people|"
    r"other)\b",
    re.I,
)
# The recommended ask and its cousins: "Have you heard of any...", "Do you know of any...".
_KNOW_OF_ANY = patterns.compile(
    r"^\W*(?:have|has|do|does|are|is) (?:you|they) (?:ever )?(?:heard|know|aware|come across)"
    r"(?: of| about)? (?:any|anyone|anything|some|other|people|organi[sz]ations|events|groups|"
    r"resources)\b",
    re.I,
)
_INDIRECT_WH = patterns.compile(rf"^\W*(?:do|does|did) (?:you|they) know {_WH}\b", re.I)
_ALTERNATIVE = patterns.compile(r"\b\w+\s+or\s+(?!not\b|so\b|two\b|three\b)\w+", re.I)
_THEN_WH = patterns.compile(rf"(?:,|;|\band\b|\bor\b)\s+(?:and\s+)?{_WH}\b", re.I)
_TAG = patterns.compile(
    r",\s*(?:right|correct|no|yes|true|isn't it|aren't you|don't you|didn't you|doesn't it|"
    r"wasn't it|won't it|is that right|is that true|am i right)\s*\?\s*$",
    re.I,
)


def asked_sentence(text: str) -> Span | None:
    """The sentence that carries the question: the last one ending in '?', else the last one."""
    spans = sentences(text)
    if not spans:
        return None
    asked = [s for s in spans if s.text.endswith("?")]
    return (asked or spans)[-1]


def closed_span(text: str) -> tuple[int, int] | None:
    """Where a yes/no question starts and ends, or None if the question is open."""
    sentence = asked_sentence(text)
    if sentence is None:
        return None
    if _TAG.search(sentence.text):
        return sentence.start, sentence.end
    offset = 0
    for clause in re.split(r"(?<=,)", sentence.text):
        lead = _LEADING.match(clause)
        if lead:
            if lead.group("wh") or _is_open_aux(sentence.text[offset:]):
                return None
            return sentence.start + offset, sentence.end
        offset += len(clause)
    return None


def _is_open_aux(question: str) -> bool:
    return bool(
        _REQUEST.match(question)
        or _WOULD_RECOMMEND_PEOPLE.match(question)
        or _KNOW_OF_ANY.match(question)
        or _INDIRECT_WH.match(question)
        or _THEN_WH.search(question)
        or _ALTERNATIVE.search(question)
    )


_FIRM = (
    r"(?:company|firm|organi[sz]ation|org|agency|startup|business|employer|corporation|"
    r"nonprofit|brand|bank|hospital|school|university|institute|foundation|museum|library|"
    r"district|department|agency|lab|laboratory|studio|publisher|network|newspaper|paper)"
)
_NAME = r"(?-i:[A-Z][\w&.'-]*)(?: (?:of |& |and |for )?(?-i:[A-Z][\w&.'-]*)){0,3}"
# The company as a subject: "your company", "the firm", a name ("Acme", "the Gates Foundation").
_SUBJECT = rf"(?:(?:the|your|this|that) {_FIRM}|(?:the )?{_NAME})"
_POSSESSIVE = rf"(?:(?:the|your|this|that) {_FIRM}'s|(?-i:[A-Z][\w&.-]*)'s|the|its|your {_FIRM}'s)"
_OWNER = rf"(?:(?:the|your|this|that) {_FIRM}'s|(?-i:[A-Z][\w&.-]*)'s|its)"
_FIGURE = (
    r"(?:revenue|annual revenue|market cap\w*|stock price|share price|valuation|ticker|"
    r"stock ticker|ticker symbol|profits?|annual sales|sales figures|earnings|net income|funding|"
    r"(?:annual |operating )?budget|headcount|market share|endowment)"
)
# Facts on record about an organisation: when and where it began, who owns it, where it sits.
_RECORD = (
    r"(?:founded|established|incorporated|started|launched|formed|created|headquartered|based|"
    r"located|listed|acquired|bought|owned|opened|set up)"
)
# A company named or pointed at as a company; "your team" is where they work, not what it sells.
_FIRM_SUBJECT = rf"(?:the|your|this|that) {_FIRM}|{_NAME}"
_TOP_POST = (
    r"(?:ceo|cfo|coo|cto|president|founder|co-founder|chair(?:man|woman|person)?|owner|"
    r"executive director|managing director|managing partner|dean|superintendent)"
)
# A term, tool or credential, named: "the PMP certification", "Kubernetes", "an OSHA 30 card".
_TERM = r"(?:an? |the )?(?:[\w()'.-]+ ){0,3}?(?-i:[A-Z0-9][\w()'.-]*)(?: [\w()'.-]+){0,4}?"
# General knowledge about a field, not this person's view of it: a role's duties, the
# difference between two standard titles, what a credential is, published pay and rates.
_FIELD_FACTS = [
    rf"^\W*(?:generally speaking, |in general, )?what(?:'s| is| are) {_TERM}\s*\?\s*$",
    rf"^\W*what (?:exactly )?(?:is|are) {_TERM} used for\b",
    r"^\W*(?:generally speaking, |in general, )?what (?:does|do) (?:an?|the average|a typical) "
    r"(?!typical\b|usual\b)[\w-]+(?: [\w-]+){0,2} (?:actually |really )?do\s*\?\s*$",
    r"^\W*what(?:'s| is) the difference between (?!(?:your|my|you)\b)[^?]{2,60}? and "
    r"(?!(?:your|my|you)\b)[^?]{2,60}\?\s*$",
    r"\b(?<!your )(?<!my )(?:average|median|mean|starting|entry-level|typical) (?:[\w-]+ )?"
    r"(?:salary|salaries|pay|wage|wages)\b(?! (?:you|did|was)\b)",
    r"\baccording to (?:the )?(?-i:[A-Z]{2,})\b",
    r"\b(?:bar )?(?:passage|pass|acceptance|admissions?|graduation) rate\b",
    r"\bwhat (?:degrees?|certifications?|licen[cs]es?|credentials?|qualifications?) (?:do|does) "
    r"(?:you|one|someone|a person) need to (?:become|be|teach|practi[cs]e|work)\b",
    r"\bwhich (?:federal |state |government |public )?(?:agency|agencies|body|bodies|regulator|"
    r"department) (?:regulates|oversees|licenses|governs|enforces)\b",
]
_GOOGLEABLE = [
    rf"\bwhat (?:does|do) {_SUBJECT} (?:\w+ly |really )?do\b(?! for (?:you|fun))",
    r"\bhow many (?:employees|staff|workers|offices|locations|stores|branches|countries|"
    r"customers|subscribers|users|clinics|hospitals|campuses)\b",
    rf"\bhow many people (?:work|are employed|does) (?:at|for|in|does)? ?(?:{_SUBJECT})",
    rf"\bhow many [\w-]+(?: [\w-]+)? (?:does|do|did) {_SUBJECT} (?:have|operate|employ|run|own)\b",
    rf"\bhow (?:big|large|old) is {_SUBJECT}\b",
    rf"\bwhere(?:'s| is| are)(?: {_SUBJECT}| the| your)? ?(?:headquarter(?:s|ed)|hq|head office|"
    rf"based|located|main office)\b",
    rf"\bwhere(?:'s| is| are) {_SUBJECT}(?: headquarter\w*| based| located)\b",
    rf"\bwhere (?:are|is) {_OWNER} (?:main |[\w-]+ )?(?:offices?|headquarters|hq|locations?|"
    rf"stores?|branches|plants?|factories|campus(?:es)?)\b",
    rf"\b(?:in )?(?:which|what) (?:cities|countries|states|regions|markets|locations|continents)"
    rf"\b[^?]{{0,20}}\b(?:does|do|is|are) {_SUBJECT}",
    rf"\b(?:when|what year|in what year) (?:was|were|did) {_SUBJECT} (?:{_RECORD}|go public|ipo|"
    rf"found|open|launch|start)\b",
    # Yes/no forms of the same facts: "Is Acme based in Ohio?", "Was the firm founded in 1990?"
    rf"^\W*(?:is|are|was|were) {_SUBJECT} (?:\w+ly )?{_RECORD} (?:in|by|on|at)\b",
    rf"\bwho (?:founded|started|owns|runs|leads|acquired|bought) {_SUBJECT}\b",
    r"\bwho(?:'s| is| are) (?:the |your |its )?(?:current )?(?:ceo|cfo|coo|cto|president|founders?|"
    r"chair(?:man|woman|person)?|owner|executive director|board of directors)\b(?! (?:like|"
    r"really))",
    r"\bname of (?:the|your|its) (?:ceo|founder|president|chair\w*|owner)\b",
    rf"\bwho are {_OWNER} (?:main |biggest |major |key )?(?:competitors|rivals|investors)\b",
    rf"^\W*(?:what|what's|what is|what was|what are|how much)\b.{{0,30}}\b{_FIGURE}\b",
    rf"\bhow much (?:money|revenue) does {_SUBJECT} (?:make|earn|bring in)\b",
    rf"\bhow much (?:funding|money|capital) (?:has|did) {_SUBJECT} raised?\b",
    # Yes/no forms of funding and size: "Has Acme raised a Series C?", "Does the firm have
    # more than 500 employees?"
    rf"\b(?:has|have|did) {_SUBJECT} (?:raised?|closed?|announced?) (?:\w+ ){{0,2}}?"
    r"(?:series [a-z]|seed|funding|round|ipo)\b",
    rf"\b(?:does|do|did|has) {_SUBJECT} (?:have|employ|has) (?:more than|over|fewer than|less "
    r"than|about|around|at least|roughly|nearly|almost|\d)[^?]{0,20}?\b(?:employees?|staff|"
    r"people|workers?|offices?|locations?|stores?|customers?|users?)\b",
    rf"\b(?:what|which) (?:products|services|brands|solutions|product lines)(?: does| do)? "
    rf"{_SUBJECT}",
    rf"\bwhat (?:does|do) {_SUBJECT} (?:sell|make|offer|produce|manufacture)\b",
    # "Does Acme make the Xbox?": whether a named company makes a named product.
    rf"\b(?:does|do|did) {_SUBJECT} (?:make|sell|produce|manufacture|own|build|develop|publish|"
    rf"operate) (?:the )?(?-i:[A-Z])",
    # "Does Acme sell garden furniture?": its catalogue, whatever the product is called; not
    # "make decisions" or "make it easy", which are about how it works inside, nor "offer",
    # whose answers (mentoring, tuition help) are what insiders know.
    rf"\b(?:does|do|did) (?:{_FIRM_SUBJECT}) (?:make|sell|produce|manufacture) "
    rf"(?!(?:it|you|them|us|sense|time|room|space|decisions?|exceptions?|mistakes?|changes?|"
    rf"an? (?:effort|point|difference|habit)|people|staff|employees|hires)\b)\w",
    # "Is Jane Doe still the CEO of Acme?": who holds a top post is on the company's site.
    rf"^\W*(?:is|was) {_NAME} (?:still |currently |now )?(?:the )?{_TOP_POST} (?:of|at)\b",
    rf"\bwhat (?:does|do) {_SUBJECT} stand for\b",
    rf"\b(?:did|has) {_SUBJECT} (?:acquire|acquired|buy|bought|merge|merged) (?:with )?(?-i:[A-Z])",
    rf"\b(?:is|was) {_SUBJECT} (?:a )?(?:public(?:ly (?:traded|listed))?|private(?:ly held)?|"
    rf"listed|"
    rf"for-profit|non-?profit|subsidiary|owned by|part of (?-i:[A-Z]))\b",
    rf"\b(?:did|has|when did) {_SUBJECT} (?:go|gone) public\b",
    r"\b(?:stock|shares) (?:listed|traded)\b|\bpublicly (?:traded|listed)\b",
    rf"\bwhat(?:'s| is) {_POSSESSIVE} mission\b(?! (?:mean|look))",
    r"\bmission statement\b",
    rf"\bwhat industry is {_SUBJECT} in\b",
    rf"\bhow many [\w-]+(?: [\w-]+)? (?:are enrolled|attend|study) (?:at|in) {_SUBJECT}",
    r"\bwho (?:sits|serves|are the members) on (?:the |its |your \w+'s |[\w&.-]+'s )?board\b",
    r"\b(?:which|what) (?:companies|firms|organi[sz]ations|brands|businesses) compete with\b",
    rf"\bhow much did {_SUBJECT} (?:pay|spend) (?:for|on|to (?:buy|acquire)) (?-i:[A-Z])",
    rf"\b(?:which|what) [\w-]+(?: [\w-]+)? (?:does|do) {_SUBJECT} (?:own|publish|operate|run|"
    r"make|sell|produce|manufacture)\s*\?",
    rf"\bwhen (?:did|was) {_OWNER} (?:[\w-]+ ){{0,4}}(?:open|opened|launch|launched|built|"
    r"completed)\s*\?",
    rf"\bwho(?:'s| is) the {_TOP_POST} (?:of|at) (?-i:[A-Z])",
    rf"\b(?:is|was) {_SUBJECT} (?:controlled|run|owned|backed) by (?:a|an|the)\b",
    *_FIELD_FACTS,
    rf"\b(?:does|do|has|is) {_SUBJECT} (?:have |has |got )?(?:an? |any )?(?:offices?|locations?|"
    rf"stores?|"
    rf"branches|presence|operations) in\b",
]
_GOOGLEABLE_RE = patterns.compile("|".join(_GOOGLEABLE), re.I)


def googleable_span(text: str) -> tuple[int, int] | None:
    """Where a question asks a fact the company's website or a search would give."""
    sentence = asked_sentence(text)
    if sentence is None:
        return None
    m = _GOOGLEABLE_RE.search(sentence.text)
    if m is None:
        return None
    return sentence.start, sentence.end
