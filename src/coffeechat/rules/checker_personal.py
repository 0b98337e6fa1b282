"""Does a request name anything specific to this reader: a referrer, shared history, their work?"""

from __future__ import annotations

import re

from coffeechat.rules import patterns
from coffeechat.rules.checker_message import placeholders
from coffeechat.rules.checker_text import Span

# A request of the reader: their time, an introduction, a job, advice.
_ASKS = patterns.compile(
    r"\?|\b(?:would you|could you|can you|could i|can i|may i|would it|let me know|please|kindly|"
    r"help me|request|requesting|"
    r"(?:would|'d)(?: \w+){0,2}? (?:love|appreciat\w*|be grateful|value|welcome|like)|hop(?:e|"
    r"ing) (?:you|to)|any (?:advice|tips|pointers|suggestions|guidance)|"
    r"open to|willing to|available|spare|any chance|look forward|\d+[ -]min\w*|apply|applying|"
    r"consideration|consider|interest(?:ed)? in)\b",
    re.I,
)
_REFERRAL = patterns.compile(
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
_SHARED = patterns.compile(
    r"\b(?:we met|met you|met at|meeting you|ran into you|see you at|saw you at|"
    r"our (?:conversation|"
    r"chat|call|talk|meeting|coffee|lunch|time)|we (?:spoke|talked|chatted|discussed)|"
    r"as we discussed|"
    r"with me (?:today|yesterday|this morning|on \w+day|last \w+)|for (?:the|our) (?:\w+ )?(?:chat|"
    # "thanks for the time", not "for the first time"; "for the quick reply": their answer
    r"call|coffee|conversation|minutes|reply|response)|"
    r"for (?:the|our) (?!(?:first|last|next|second|third|same|long|only|right|whole)\b)"
    r"(?:\w+ )?time|(?:time|chat|call|coffee|conversation|meeting|"
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
    r"|\bit's been (?:a while|ages|too long|forever|so long)\b|\blong time no (?:see|talk|chat)\b"
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
_THEIR_WORK = patterns.compile(
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
    # "admired how you curated...", "impressed by how much you fit into...": a specific thing
    # they did ("reading how you can switch careers" is advice for anyone).
    rf"|\b{_APPRAISE} (?:how|the way) (?:much |many |well |far |quickly |clearly )?you "
    r"(?:\w+ly )?(?!(?:can|could|should|would|will|might|may|must)\b)\w+"
    # "the platform you were championing": something they were doing, seen from close by.
    r"|\b(?:the|that|this|those) (?:[\w-]+ ){1,3}you (?:were|'ve been|have been|had been) "
    r"\w+ing\b",
    re.I,
)
# "the makerspace you run", "the poetry series you edit": a thing of theirs, named by what
# they do with it ("the team you lead" could be said to anyone, so its noun must be specific).
_WHAT_YOU_DO = patterns.compile(
    r"\b(?:the|that|this|those) (?:[\w-]+ ){0,3}?([\w-]+) you (?:\w+ly )?(?:run|edit|lead|manage|"
    r"host|teach|curate|direct|organi[sz]e|coach|chair|oversee|ran|led|managed|hosted|taught|"
    r"curated|directed|organi[sz]ed|coached|chaired|edited)\b",
    re.I,
)
# "the clinic you opened", "the company you founded": whatever they made is theirs alone.
_WHAT_YOU_MADE = patterns.compile(
    r"\b(?:the|that|this|those) (?:[\w-]+ ){0,3}?[\w-]+ you (?:\w+ly )?(?:founded|started|built|"
    r"wrote|produced|designed|created|launched|opened|published|restored|painted|co-founded)\b",
    re.I,
)
_YOUR = patterns.compile(r"\b(?:your|ur)\s+((?:[\w'-]+\s*){1,3})", re.I)
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
        "their", "them", "his", "her", "its", "our", "us", "your",
        "here", "there", "today", "too", "also", "very", "really", "lately", "recently", "well",
        "sometime", "someday", "soon", "spare", "though", "last", "next", "yesterday", "earlier",
        "ago", "free", "busy", "available", "around", "able", "ok", "okay", "willing",
        # Verbs that follow a subject: "how people on your team got started", "what your
        # company does day to day".
        "got", "gets", "get", "goes", "went", "makes", "made", "came", "comes", "took",
        "takes", "began", "begins", "seems", "handles", "uses", "thinks", "feels", "looks"
    }
)  # fmt: skip
_PROPER = patterns.compile(r"(?<![.!?:]\s)\b[A-Z][\w&'+-]*(?:\s+[A-Z][\w&'+-]*)*")
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
_HONORIFIC = patterns.compile(r"\b(Mr|Mrs|Ms|Dr|Prof)\.")
# The writer's own story: who they are and what they have done, studied or held.
_SELF_DESCRIPTION = patterns.compile(
    # "I'm writing to the Land Trust", "I'm following up about Acme's team" name theirs.
    r"\b(?:i'm|i am|im)\b(?! (?:writing|reaching out) to\b| (?:contacting|emailing|writing)"
    r" (?:the|your)\b| following up\b)"
    r"|\b(?:i was|i've been|i have been|i had been|as an?)\b"
    # "my team at Acme" is their own; "my note from last week" only dates the writer's message.
    r"|\bmy (?:\w+ ){0,2}(?:at|from|in|with)\b"
    r"(?! (?:last|this|earlier|yesterday|the other|a few|\w+ (?:days?|weeks?|months?) ago)\b)"
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
_GENERIC_OF_YOURS_IN = patterns.compile(
    r"\byour (?:[\w'-]+ ){0,2}?([\w'-]+) (?:in|based in|near)\s*$", re.I
)
# "employment with Meridian Bank", "your friend Mr Patel": a name hung on a preposition or a tie.
_ATTACHED = patterns.compile(
    r"\b(?:(?:with|at|for|to|about|on|from)(?: the)?|friend|colleague)\s*$", re.I
)
# "your clinic, Northside Rehab": a name in apposition to something of theirs.
_YOURS_BEFORE = patterns.compile(r"\byour (?:[\w'-]+ ){0,2}[\w'-]+\s*$", re.I)
# A name the writer has seen or used ("I've been following the new Acme app") or wishes
# well ("I hope the Denver office is thriving") belongs to the reader's world, whatever
# else the clause says about the writer.
_SEEN_OR_WISHED = patterns.compile(
    rf"\b(?:{_APPRAISE}(?: (?:about|of|through))?|i (?:hope|trust)(?! to\b))"
    r"(?: (?!(?:at|from|as|my|our|i)\b)[\w'-]+){0,6}\s*$",
    re.I,
)
# "Unilever's Future Leaders webinar", "the Guild's spring showcase": an event or publication an
# organisation put on, which the writer attended or read; whoever runs it is not the writer.
_ITS_EVENT = patterns.compile(
    r"^(?:[A-Z][\w&+-]*\s+){0,3}[A-Z][\w&+-]*'s (?:[\w-]+ ){0,3}?(?:webinars?|talks?|panels?|"
    r"workshops?|info(?:rmation)? "
    r"sessions?|open house|conferences?|summits?|hackathons?|career fairs?|job fairs?|"
    r"livestreams?|seminars?|lectures?|meetups?|keynotes?|presentations?|podcasts?|"
    r"newsletters?|blog|showcases?|exhibitions?|festivals?|symposi(?:um|a)|lecture series)\b"
)
_MINE_BEFORE = patterns.compile(r"\b(?:my|our|i|i'm|we)\b(?: [\w'-]+){0,2}\s*$", re.I)
# The writer in a clause, by pronoun or by the credentials they list ("8 years of
# experience"); not "me", which is mostly the writer receiving ("could you tell me about...").
_WRITER_WORD = patterns.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|ive|my|mine|myself|we|our)\b"
    r"|\byears? (?:of )?(?:[\w-]+ )?experience\b",
    re.I,
)
_READER_CLAUSE = patterns.compile(r"\b(?:you|your|ur|you're|you've|yours|congrat\w*)\b", re.I)
# "I saw that you left law for psychology": a fact about them, even inside an I-clause.
_NOTICED = patterns.compile(
    r"\bi(?:'ve| have)? (?:saw|see|noticed|notice|read|heard|learned|understand|gather)"
    r" (?:that |how )?you(?:'ve|'re| have| are| were)?\b"
    # "I read that your team shipped...": news about their world, not "your time is precious".
    r"|\bi(?:'ve| have)? (?:saw|seen|noticed|read|heard|learned) (?:that|how) your "
    r"(?:[\w'-]+ ){1,3}(?:has|have|had|is|are|was|were|\w+ed)\b",
    re.I,
)
# What is noticed is only their line of work or that they are busy ("I see you work in tech
# sales", "I understand you're busy"): true of thousands of people, so nothing chosen.
_BARE_FACT = patterns.compile(
    r"^\s*(?:(?:work|works|are|were|'re)(?: [a-z]+ly)? (?:in|as|an?)|an?|in)"
    r"(?: (?!at\b|for\b|with\b|on\b)[a-z][\w&-]*){1,4}\s*(?:[.,;!?]|\band\b|\bso\b|$)"
    r"|^\s*(?:are |'re )?(?:very |so |really |incredibly )?(?:busy|swamped|slammed)\b",
)


def asks_something(text: str) -> bool:
    return bool(_ASKS.search(text))


# Texting shorthand ("marcus said u might chat abt ur work"), spelled out so the patterns
# below need only the written forms. Lower case and dotless only: "U.S." is a country.
_SHORTHAND = {"u": "you", "ur": "your", "abt": "about", "bc": "because", "ppl": "people"}
_SHORT_WORD = patterns.compile(r"(?<![\w.])(?:u|ur|abt|bc|ppl)(?![\w.'])")


def _spelled_out(text: str) -> str:
    return _SHORT_WORD.sub(lambda m: _SHORTHAND[m.group()], text)


def is_personal(sentences: list[Span]) -> bool:
    """True when some sentence (without unfilled placeholders) names something of theirs."""
    for sentence in sentences:
        text = _spelled_out(sentence.text)
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
        head = _head_noun(m.group(1).lower().split())
        if head and not _is_generic(head):
            return True
    return False


# A person's pronoun right after "your <noun> <word>" makes the word a verb taking it as
# object: "your background caught my eye", "people in your role spend their day".
_OBJECTS = frozenset({"my", "me", "their", "them", "his", "her", "our", "us", "you"})


def _head_noun(words: list[str]) -> str | None:
    """The last noun of the phrase after "your", or None when there is none."""
    phrase: list[str] = []
    for word in words:
        if word in _OBJECTS and len(phrase) >= 2 and _is_generic(phrase[-2]):
            phrase.pop()
        if word in _PHRASE_END or (phrase and _is_participle(word, phrase[-1])):
            break
        phrase.append(word.removesuffix("'s"))
    return phrase[-1] if phrase else None


def _is_participle(word: str, previous: str) -> bool:
    """ "your team started", "your office based in": an -ed verb after a plain noun."""
    return word.endswith("ed") and _is_generic(previous)


def _names_what_they_do(text: str) -> bool:
    if _WHAT_YOU_MADE.search(text):
        return True
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
            if _SEEN_OR_WISHED.search(before) or _ITS_EVENT.match(clause[m.start() :]):
                return True
            if story or _is_writers(before):
                continue  # "I'm a junior at Portland State" is about the writer
            if m.group().endswith("'s") and not _MINE_BEFORE.search(before):
                return True  # "the Harbor Museum's lecture series": theirs, by name
            if _reader_nearer(clause, m.start(), m.end()) or _ATTACHED.search(before):
                return True
            if index > 0 and m.start() == 0 and _YOURS_BEFORE.search(clauses[index - 1]):
                return True
        story = story or _is_writers(clause)
    return False


def _reader_nearer(clause: str, start: int, end: int) -> bool:
    """The reader is mentioned closer to the name than the writer is.

    "your esteemed company for an engineer with 8 years of experience in HVAC" or "I am
    writing to you because I taught geography in Galway": the name belongs to the nearer one.
    """

    def distance(pattern: re.Pattern[str]) -> int:
        gaps = [
            start - w.end() if w.end() <= start else w.start() - end
            for w in pattern.finditer(clause)
            if w.end() <= start or w.start() >= end
        ]
        return min(gaps, default=len(clause) + 1)

    reader = distance(_READER_CLAUSE)
    return reader <= len(clause) and reader < distance(_WRITER_WORD)


def _is_writers(before: str) -> bool:
    """The words before a name make it the writer's or merely where the reader is."""
    if _READER_CLAUSE.search(before):
        place = _GENERIC_OF_YOURS_IN.search(before)
        return bool(place and _is_generic(place.group(1).lower()))
    return bool(_SELF_DESCRIPTION.search(before))
