"""Does a request name anything specific to this reader: a referrer, shared history, their work?"""

from __future__ import annotations

import re

from coffeechat.rules.checker_message import placeholders
from coffeechat.rules.checker_text import Span

# A request of the reader: their time, an introduction, a job, advice.
_ASKS = re.compile(
    r"\?|\b(?:would you|could you|can you|could i|can i|may i|would it|let me know|please|kindly|"
    r"help me|request|requesting|"
    r"(?:would|'d)(?: \w+)? (?:love|appreciate|be grateful|value|welcome|like)|hop(?:e|"
    r"ing) (?:you|to)|"
    r"open to|willing to|available|spare|any chance|look forward|\d+[ -]min\w*|apply|applying|"
    r"consideration|consider|interest(?:ed)? in)\b",
    re.I,
)
_REFERRAL = re.compile(
    r"(?<!\bi )(?<!\bi've )(?<!\bi had )\b(?:suggested|recommended|mentioned|referred|"
    r"said you|"
    r"gave me your|passed (?:along|on) your|pointed me|introduc(?:ed|tion)|"
    r"introducing (?:us|me)|connected us|"
    r"speaks? highly|spoke highly|thought of you|thought you|thinks you|sent me your|"
    # Someone who knows them handed their name on; "I got your name from the company
    # website" is a directory, and "my doctor told me I need rest" is the writer's news.
    r"forwarded (?:me )?your|told me (?:about )?(?:you|your|to (?:reach|contact|write|email|"
    r"talk|speak|get in)|(?:that|how) you))\b",
    re.I,
)
_SHARED = re.compile(
    r"\b(?:we met|met you|met at|meeting you|ran into you|see you at|saw you at|"
    r"our (?:conversation|"
    r"chat|call|talk|meeting|coffee|lunch|time)|we (?:spoke|talked|chatted|discussed)|"
    r"as we discussed|"
    r"with me (?:today|yesterday|this morning|on \w+day|last \w+)|for (?:the|our) (?:\w+ )?(?:chat|"
    # "thanks for the time", not "for the first time"
    r"call|coffee|conversation|minutes)|for (?:the|our) (?!(?:first|last|next|second|third|same|"
    r"long|only|right|whole)\b)(?:\w+ )?time|(?:time|chat|call|coffee|conversation|meeting|"
    r"talking|speaking|chatting|minutes) (?:with me )?(?:today|yesterday|this morning|last \w+|"
    r"on \w+day)|thanks? (?:you )?again|we overlapped|fellow|alum\w*|"
    r"classmate|cohort|both (?:worked|studied|went|attended|grew)|same (?:school|program|"
    r"university|"
    r"college|team|company|firm)|mutual|cousin|aunt|uncle|roommate|neighbou?r|former (?:colleague|"
    r"manager|boss|teammate|assistant|student)|my (?:mom|mother|dad|father|sister|brother|advisor|"
    r"professor|manager|coach)(?:'s)?|(?:your|ur) (?:mom|mother|dad|father|sister|brother|son|"
    r"daughter|wife|husband|partner|niece|nephew|cousin|friend|roommate)(?:'s)?)\b"
    # Picking up an old thread: "it's been a while", "since we last spoke", "it's Sam from the
    # Rotary club" only make sense to someone who already knows the writer ("it's been months
    # since I was laid off" or "since I left teaching" are the writer's own story).
    r"|\bit's been (?:a while|ages|too long|forever|so long)\b"
    r"|\b(?:since|when|before|after) we (?:last (?:spoke|talked|met|saw)|both|worked|were)\b"
    r"|\bback when (?:we|you|i)\b|\b(?:remember me|you (?:may|might) remember)\b"
    r"|^\W*it'?s (?:(?-i:[A-Z])\w+(?: (?-i:[A-Z])\w+)? (?:from|of)|\w+ from (?:your|ur|our|the))\b",
    re.I,
)
# The writer has seen, used or admired something: what follows is theirs, not the writer's.
# Past and -ing forms only: "I'd love to move to Denver" or "I used to teach in Boston" are
# the writer's plans and past.
_APPRAISE = (
    r"(?:admire[sd]?|admiring|follow(?:ed|ing)|read(?:ing)?|watch(?:ed|ing)|listen(?:ed|ing) to|"
    r"enjoy(?:ed|ing)|lov(?:ed|ing)|us(?:ed|ing)(?! to\b)|saw|seen|notic(?:ed|ing)|came across|"
    r"discover(?:ed|ing)|(?:inspired|impressed|struck|fascinated|moved) (?:by|with))"
)
_THEIR_WORK = re.compile(
    r"\byour (?:[\w'-]+ ){0,2}?(?:work|team's work|research) (?:on|with|restoring|building|"
    r"leading|in)\b"
    # "the team's recent work redesigning the checkout API": what their organisation did.
    r"|\b(?:the|their|its) (?:team|lab|group|company|firm|studio|agency|department|"
    r"organi[sz]ation)'s (?:[\w-]+ ){0,2}?(?:work|research|project|launch|redesign|study|report) "
    r"(?:on|with|in|\w+ing)\b"
    # "the town hall where you spoke", "the panel you moderated": something they did.
    r"|\b(?:where|when|after|since|because|that|which) you (?:\w+ly )?(?:spoke|presented|talked|"
    r"gave|led|hosted|testified|appeared|moderated|taught|wrote|published|posted|shared|described|"
    r"built|founded|launched|won|organi[sz]ed|ran)\b"
    # "admired how you curated...", "loved the way you framed...": a specific thing they did.
    rf"|\b{_APPRAISE} (?:how|the way) you (?:\w+ly )?\w+ed\b"
    # "the platform you were championing": something they were doing, seen from close by.
    r"|\b(?:the|that|this|those) (?:[\w-]+ ){1,3}you (?:were|'ve been|have been|had been) "
    r"\w+ing\b",
    re.I,
)
# "the makerspace you run", "the poetry series you edit": a thing of theirs, named by what
# they do with it ("the team you lead" could be said to anyone, so its noun must be specific).
_WHAT_YOU_DO = re.compile(
    r"\b(?:the|that|this|those) (?:[\w-]+ ){0,3}?([\w-]+) you (?:\w+ly )?(?:run|edit|lead|manage|"
    r"host|teach|curate|direct|organi[sz]e|coach|chair|oversee|founded|started|built|wrote|edited|"
    r"produced|designed|created)\b",
    re.I,
)
_YOUR = re.compile(r"\b(?:your|ur)\s+((?:[\w'-]+\s*){1,3})", re.I)
# What anyone could say to anyone: "your time", "your career", "your company", "pick your
# brain". Any other head noun after "your" ("your testimony", "your recent op-ed", "your
# position paper") is something of theirs the writer has seen.
_GENERIC_OF_YOURS = frozenset(
    {
        "time", "convenience", "schedule", "calendar", "availability", "consideration", "attention",
        "review", "reference", "reply", "response", "answer", "message", "note", "email", "inbox",
        "help", "support", "advice", "guidance", "perspective", "insight", "thought", "view",
        "opinion", "input", "feedback", "wisdom", "take", "recommendation", "suggestion", "tip",
        "cents", "expertise", "knowledge", "experience", "background", "career", "path", "journey",
        "story", "transition", "move", "switch", "role", "job", "position", "title", "work", "day",
        "day-to-day", "routine", "week", "field", "industry", "sector", "area", "specialty",
        "domain", "space", "niche", "profession", "trade", "line", "company", "organization",
        "organisation", "firm", "team", "business", "department", "office", "group", "agency",
        "lab", "school", "university", "college", "hospital", "clinic", "practice", "program",
        "programme", "employer", "workplace", "institution", "unit", "division", "portfolio",
        "profile", "linkedin", "page", "website", "site", "name", "contact", "details",
        "information", "network", "colleague", "success", "achievement", "accomplishment", "skill",
        "education", "degree", "training", "process", "approach", "decision", "choice",
        "situation", "responsibility", "duty", "workload", "mind", "brain", "ear", "kindness",
        "generosity", "willingness", "patience", "mentorship", "own", "shoe", "behalf", "question",
        "thanks", "life", "interest", "goal", "perusal", "shop", "store", "restaurant", "cafe",
        "salon", "studio", "startup", "nonprofit", "facility", "plant", "location",
        "people", "staff", "crew", "folk", "employee", "report", "student", "client", "customer"
    }
)  # fmt: skip
# Words that end the noun phrase after "your": function words, and adverbs or verbs that
# follow a noun ("your team right now", "someone at your firm spare a minute"), and the
# adjectives of "ur free" ("you're free") in texting shorthand.
_PHRASE_END = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "to", "for", "of", "in", "on", "at", "with", "from",
        "about", "as", "so", "if", "that", "which", "who", "whom", "is", "are", "was", "were",
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "do", "does", "did",
        "be", "been", "this", "these", "those", "my", "me", "i", "you", "it", "right", "now",
        "here", "there", "today", "too", "also", "very", "really", "lately", "recently", "well",
        "sometime", "someday", "soon", "spare", "though", "last", "next", "yesterday", "earlier",
        "ago", "free", "busy", "available", "around", "able", "ok", "okay", "willing"
    }
)  # fmt: skip
_PROPER = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w&'+-]*(?:\s+[A-Z][\w&'+-]*)*")
# Capitalised words that are not names of people, places or organisations.
_NOT_NAMES = frozenset(
    {
        *("I", "I'm", "I've", "I'd", "I'll", "Dear", "Hi", "Hello", "Hey", "Thanks", "Thank"),
        *("Best", "Regards", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "OK", "Coffee", "Any"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "English"),
        *("Zoom", "LinkedIn", "Meet", "Teams", "Skype"),
        *("PM", "CEO", "VP", "UX", "UI", "AI", "ML", "HR", "IT", "PR", "QA", "CFO", "CTO", "COO"),
        *("MBA", "PhD", "MA", "BA", "BS", "RN", "CPA", "SaaS", "B2B"),
        *("CV", "PDF", "GPA", "Also", "Please", "Kindly", "Sorry", "So", "And", "But", "Just"),
        *("Excel", "Python", "SQL", "Java", "JavaScript", "Figma", "Photoshop", "Google Docs"),
    }
)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof)\.")
# The writer's own story: who they are and what they have done, studied or held.
_SELF_DESCRIPTION = re.compile(
    r"\b(?:i'm|i am|im)\b(?! (?:writing|reaching out) to\b| (?:contacting|emailing|writing)"
    r" (?:the|your)\b)"  # "I'm writing to the Land Trust" names their organisation
    r"|\b(?:i was|i've been|i have been|i had been|as an?|my (?:\w+ ){0,2}(?:at|from|in|with))\b"
    r"|\bi(?:'ve| have| had)?(?: \w+ly| also| just| still| now| then)? (?:work|worked|working|"
    r"study|studied|graduated|attend|attended|intern|interned|lead|led|run|ran|teach|taught|"
    r"volunteer|volunteered|serve|served|hold|held|live|lived|moved|spent|grew up|managed|"
    r"completed|finished|earned|received|trained|retired|built|founded|joined|left|majored|"
    r"minored|have|had|got|gained|won|coached|designed|developed|launched|published|sold|"
    r"started|transitioned)\b"
    # ... but "I have a question about the museum's archive" is about theirs.
    r"(?! (?:an? |some |one |two |a few )?(?:quick |short |small )?"
    r"(?:question|favou?r|request)s?\b)",
    re.I,
)
# "your company in Canada", "your office in Denver": only where their employer is.
_GENERIC_OF_YOURS_IN = re.compile(
    r"\byour (?:[\w'-]+ ){0,2}?([\w'-]+) (?:in|based in|near)\s*$", re.I
)
# "employment with Meridian Bank", "your friend Mr Patel": a name hung on a preposition or a tie.
_ATTACHED = re.compile(
    r"\b(?:(?:with|at|for|to|about|on|from)(?: the)?|friend|colleague)\s*$", re.I
)
# "your clinic, Northside Rehab": a name in apposition to something of theirs.
_YOURS_BEFORE = re.compile(r"\byour (?:[\w'-]+ ){0,2}[\w'-]+\s*$", re.I)
# A name the writer has seen or used ("I've been following the new Acme app") or wishes
# well ("I hope the Denver office is thriving") belongs to the reader's world, whatever
# else the clause says about the writer.
_SEEN_OR_WISHED = re.compile(
    rf"\b(?:{_APPRAISE}(?: (?:about|of|through))?|i (?:hope|trust)(?! to\b))"
    r"(?: (?!(?:at|from|as|my|our|i)\b)[\w'-]+){0,6}\s*$",
    re.I,
)
_MINE_BEFORE = re.compile(r"\b(?:my|our|i|i'm|we)\b(?: [\w'-]+){0,2}\s*$", re.I)
_READER_CLAUSE = re.compile(r"\b(?:you|your|ur|you're|you've|yours|congrat\w*)\b", re.I)
# "I saw that you left law for psychology": a fact about them, even inside an I-clause.
_NOTICED = re.compile(
    r"\bi(?:'ve| have)? (?:saw|see|noticed|notice|read|heard|learned|understand|gather)"
    r" (?:that |how )?you(?:'ve|'re| have| are| were)?\b"
    # "I read that your team shipped...": news about their world, not "your time is precious".
    r"|\bi(?:'ve| have)? (?:saw|seen|noticed|read|heard|learned) (?:that|how) your "
    r"(?:[\w'-]+ ){1,3}(?:has|have|had|is|are|was|were|\w+ed)\b",
    re.I,
)
# What is noticed is only their line of work or that they are busy ("I see you work in tech
# sales", "I understand you're busy"): true of thousands of people, so nothing chosen.
_BARE_FACT = re.compile(
    r"^\s*(?:(?:work|works|are|were|'re)(?: [a-z]+ly)? (?:in|as|an?)|an?|in)"
    r"(?: (?!at\b|for\b|with\b|on\b)[a-z][\w&-]*){1,4}\s*(?:[.,;!?]|\band\b|\bso\b|$)"
    r"|^\s*(?:are |'re )?(?:very |so |really |incredibly )?(?:busy|swamped|slammed)\b",
)


def asks_something(text: str) -> bool:
    return bool(_ASKS.search(text))


def is_personal(sentences: list[Span]) -> bool:
    """True when some sentence (without unfilled placeholders) names something of theirs."""
    for sentence in sentences:
        text = sentence.text
        if placeholders(text):
            continue
        if _REFERRAL.search(text) or _SHARED.search(text) or _THEIR_WORK.search(text):
            return True
        if _names_something_of_theirs(text) or _names_what_they_do(text):
            return True
        noticed = _NOTICED.search(text)
        if noticed and not _BARE_FACT.match(text[noticed.end() :]):
            return True
        if _names_their_world(text):
            return True
    return False


def _names_something_of_theirs(text: str) -> bool:
    """ "your <noun>" where the noun is not one anyone could write to anyone."""
    for m in _YOUR.finditer(text):
        phrase: list[str] = []
        for word in m.group(1).lower().split():
            if word in _PHRASE_END:
                break
            phrase.append(word.removesuffix("'s"))
        if phrase and not _is_generic(phrase[-1]):
            return True
    return False


def _names_what_they_do(text: str) -> bool:
    return any(not _is_generic(m.group(1).lower()) for m in _WHAT_YOU_DO.finditer(text))


def _is_generic(noun: str) -> bool:
    singulars = (noun, noun.removesuffix("s"), noun.removesuffix("es"), noun[:-3] + "y")
    return any(form in _GENERIC_OF_YOURS for form in singulars)


def _names_their_world(text: str) -> bool:
    """A proper noun that is not part of the writer describing themselves."""
    text = _HONORIFIC.sub(lambda m: m.group(1) + " ", text)
    clauses = [
        c.strip() for c in re.split(r"[,;:\u2014\u2013]|\s-\s|\band\b|\bbut\b|\bwhich\b", text)
    ]
    # A blanked-out salutation leaves an empty first clause; the sentence opens after it.
    opening = next((i for i, c in enumerate(clauses) if c), 0)
    # Once a sentence is the writer's story ("I served in the Army, most recently at Fort
    # Hood"), its later clauses stay the writer's until one turns to the reader.
    story = False
    for index, clause in enumerate(clauses):
        story = story and not _READER_CLAUSE.search(clause)
        for m in _PROPER.finditer(clause):
            if index == opening and m.start() == 0:
                continue  # capitalised because it opens the sentence
            if all(word in _NOT_NAMES for word in m.group().split()):
                continue
            before = clause[: m.start()]
            if _SEEN_OR_WISHED.search(before):
                return True
            if story or _is_writers(before):
                continue  # "I'm a junior at Portland State" is about the writer
            if m.group().endswith("'s") and not _MINE_BEFORE.search(before):
                return True  # "the Harbor Museum's lecture series": theirs, by name
            if _READER_CLAUSE.search(clause) or _ATTACHED.search(before):
                return True
            if index > 0 and m.start() == 0 and _YOURS_BEFORE.search(clauses[index - 1]):
                return True
        story = story or _is_writers(clause)
    return False


def _is_writers(before: str) -> bool:
    """The words before a name make it the writer's or merely where the reader is."""
    if _READER_CLAUSE.search(before):
        place = _GENERIC_OF_YOURS_IN.search(before)
        return bool(place and _is_generic(place.group(1).lower()))
    return bool(_SELF_DESCRIPTION.search(before))
