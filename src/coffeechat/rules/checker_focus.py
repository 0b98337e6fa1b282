"""Who a message is about: the balance of I and you, and how much of it sells or pleads.

A me-centred message spends its sentences on the writer: who they are, what they have done,
what they are like, what they need and how they feel, with little about the reader. Counting
I against you alone misses short messages ("I have an MBA. I need a referral. Can you refer
me?"), so each first-person sentence is also scored for *claims* about the writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coffeechat.rules import patterns
from coffeechat.rules.checker_text import Span, sentences

_FIRST = patterns.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|im|ive)\b", re.I)
_SECOND = patterns.compile(
    r"(?<!thank )\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.I)
# Selling oneself: adjectives from cover letters, achievements, credentials.
_PROMOTION = patterns.compile(
    r"\b(?:hard[- ]?work\w*|hard worker|detail[- ]oriented|team player|self[- ]starter|"
    r"(?:fast|quick) learner|results[- ](?:driven|oriented)|track record|passionate|dedicated|"
    r"motivated|seasoned|accomplished|expertise|asset|(?:strong|great|perfect|excellent|ideal) "
    r"(?:fit|addition|candidate)|natural leader|thrive|excel\w*|talented|compassionate|organized|"
    r"driven|years'? (?:of )?(?:[\w-]+ ){0,4}experience|strong skills|"
    r"(?:strong|skilled|expert|good|great|proficient) "
    r"(?:at|in|with)|my next (?:role|job|position|opportunity|chapter|challenge|step)|"
    r"my (?:skills|experience|background|qualifications|strengths|abilities|talents)|"
    r"i(?:'ve| have)? (?:bring|led|managed|delivered|built|hold|graduated|launched|oversaw|grew|"
    r"doubled|tripled|won)|add (?:\w+ )?value|hit the ground running|prove myself|bring a lot|"
    r"certified|certification|i am (?:known|confident|certain|sure)|"
    r"i'm (?:known|confident|certain|sure)|speaks for itself|"
    # The adjectives and skills a cover letter lists about its writer.
    r"creative|organi[sz]ed|reliable|diligent|dependable|enthusiastic|energetic|adaptable|"
    r"proactive|resourceful|punctual|conscientious|ambitious|versatile|meticulous|personable|"
    r"proven|responsible|trustworthy|mature|(?:communication|leadership|interpersonal|"
    r"organi[sz]ational|analytical|problem[- ]solving|people|writing|technical|transferable) "
    r"skills|"
    r"strong (?:writer|communicator|leader|work ethic))\b",
    re.I,
)
_DESPERATION = patterns.compile(
    r"\b(?:desperate\w*|unemployed|rejected|rejection\w*|running out|running low|out of options|"
    r"begging|beg|anything at all|take anything|any job|need a job|need someone|really need|"
    r"discouraged|lost|miserable|scared|frustrated|struggling|hopeless|give me a chance|"
    r"please help|can't decide|dread\w*|crazy|haven't (?:yet )?heard back|have not (?:yet )?heard "
    r"back|exhausted|"
    r"overwhelmed|stuck|need this|failing|"
    # How the writer is holding up: distress told to the reader rather than asked about.
    r"rough|stressed|stress(?:ful|ing)|anxious|anxiety|depressed|worthless|useless|tired of|"
    r"burn(?:ed|t) out|can't sleep|no callbacks?|nobody (?:\w+ ){0,2}(?:tells|helps|calls|"
    r"answers|responds)|falling apart|lonely|panic\w*|ashamed|embarrass\w*|"
    # Fear and self-doubt: "I'm terrified my skills are outdated", "I feel so behind".
    r"terrified|afraid|worried|nervous|insecure|freaking out|outdated|(?:my )?confidence|"
    r"(?:feel|feeling|am|i'm|im) (?:so |really |very |totally )?behind)\b",
    re.I,
)
# What a first-person sentence claims about the writer: who they are, what they have, need, feel.
_CLAIM = patterns.compile(
    # identity: "I'm a nurse", "My name is Ana", "I am Li Wei from..."
    # "I'm happy to fit your schedule", "I am also happy to send questions", "I am very
    # interest in..." are courtesies and curiosity, not claims.
    r"(?:^|[,;:])\W*(?:i am|i'm|im|my name is)\b(?! (?:also |still |very |so |really |\w+ly )?"
    r"(?:writing|reaching|contacting|emailing|wondering|hoping|curious|interest\w*|exploring|"
    r"thinking|trying|not|happy|glad|flexible|available|free)\b)"
    # needs and wants: "I need guidance", "I'm looking for a job", "I want to leave"
    r"|\bi(?:'m| am)?(?: \w+ly| just| still)? (?:need|want|looking for|seeking|searching for|"
    r"hoping to find|have to find|must find)\b"
    # "I am a recent graduate seeking a position": who they are and what they want, at once.
    r"|\b(?:i am|i'm) an? (?:[\w-]+ ){1,3}(?:seeking|looking for|searching for)\b"
    # credentials: "I have an MBA", "I have three years", "I studied biology"
    r"|\bi(?:'ve| have|ve)?(?: \w+ly| also| just)? (?:hold|earned|completed|studied|graduated|"
    r"majored|possess)\b"
    # time served: "I've been freelancing for 3 yrs", "I have been nursing for a decade"
    r"|\bi(?:'ve| have|ve) been \w+ing (?:[\w-]+ ){0,3}?for (?:\d+|a few|several|many|over|"
    r"\w+) (?:years?|yrs|decades?)\b"
    r"|\bi(?:'ve got| have) (?!(?:a |an |some |a few |one |two )?(?:quick |short |brief )?"
    r"(?:question|favou?r|request|idea|feeling))(?:an?|\d[\d,.]*\+?|two|three|four|five|six|"
    r"seven|eight|nine|ten|over|more than|several|many|years|experience|strong|deep|extensive|"
    r"good|excellent|solid|proven|skills|knowledge|expertise)\b"
    # feelings about oneself: "I feel lost", "I've been feeling stuck"
    r"|\bi(?:'ve been| have been|'m| am)? ?feel(?:ing)?\b",
    re.I,
)
# A sentence that is a request of the reader: its "you" is the person asked, not their world.
_REQUEST = patterns.compile(
    r"\?\s*$|^\W*(?:please|kindly|could|would|can|will|may|might|let me know|i'd (?:love|like|"
    r"appreciate)|i would (?:love|like|appreciate|be grateful|welcome)|i hope you|"
    r"if (?:you|someone|anyone|one of))\b",
    re.I,
)
# Thanks and sign-off pleasantries ("I look forward to hearing from you") tell nothing.
_THANKS = patterns.compile(
    r"^\W*(?:thank|thanks|many thanks|i (?:look|am looking) forward|i'm looking forward)\b", re.I
)
# "I am a nurse, and I would appreciate a word with your team": the tail is the request, so
# its "your" does not turn the claim before it toward the reader.
_REQUEST_TAIL = patterns.compile(
    r"(?:,|;|\band\b|\bbut\b|\bso\b)\s*(?:and |so )?(?:i would|i'd|would you|could you|can you|"
    r"please|if you)\b.*$",
    re.I,
)
# The reader as the topic: "your talk", "you led", "you're known for"; not "thank you" or
# "send you", where they only receive what the writer does.
_READER = patterns.compile(
    r"\b(?:your|ur)\b"
    r"|(?<!thank )(?<!send )(?<!sent )(?<!give )(?<!tell )(?<!ask )(?<!email )"
    r"\byou(?:'re|'ve|'d|'ll)?\b(?= (?:\w+ly )?(?:are|were|have|had|do|did|work|worked|lead|"
    r"led|run|ran|built|made|moved|wrote|spoke|said|started|founded|left|joined|gave|know|"
    r"knew|mentioned|shared|posted|described|helped|manage|managed|teach|taught)\b|'(?:re|ve))",
    re.I,
)
# "A job at your shop", "an asset to your team", "for your consideration": only where the
# writer's things go, which says nothing about the reader ("your company is growing" does).
_ONLY_WHERE = patterns.compile(
    r"\b(?:at|in|into|to|with|within|for|from|on|join|joining)\s+(?:your|ur)\s+"
    r"(?:[\w'-]+ ){0,2}?(?:inbox|email|time|consideration|review|reference|perusal|attention|"
    r"company|organi[sz]ation|firm|shop|store|business|website|site|careers? page|job board|"
    r"posting|team|department|office|group|lab|staff)\b(?!')",
    re.I,
)

# Their organisation in the third person: "I've followed the Aquarium's otter program",
# "I'm curious how the conservation team balances research and policy".
_THEIRS = patterns.compile(
    r"\b(?:follow(?:ed|ing)|admire[sd]?|admiring|read|studied|"
    r"(?:moved|inspired|impressed|struck) by) (?:[\w-]+ ){0,2}?"
    r"(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)*'s\b"
    r"|\b(?:interested in|curious about|curious|keen to|eager to|hoping to|want to) "
    r"(?:understanding |learning |hearing |knowing |understand |learn |hear |know )?"
    r"(?:more )?(?:about )?"
    r"(?:how|what|why|whether) (?:the|their|its) (?:[\w-]+ ){0,3}(?:team|lab|group|company|"
    r"organi[sz]ation|department|program|firm|office|unit|studio|agency)\b",
    re.I,
)


@dataclass(frozen=True)
class Focus:
    first: int
    second: int
    promotion: int
    desperation: int
    claiming: int  # sentences that are claims about the writer
    claims: int  # the claims in those sentences
    about_them: int  # sentences about the reader
    told: int  # sentences that are neither a request nor thanks

    @property
    def me_centred(self) -> bool:
        selling = self.promotion + self.desperation
        # Distress poured out, unless the message turns to the reader at least as often.
        if self.desperation >= 2 and self.first >= 2 and self.about_them <= self.claiming:
            return True
        # Most of what the message tells is the writer's claims about themself.
        if 2 * self.claiming >= self.told and self.claiming > self.about_them:
            # ... in several sentences, or in a message that never turns to the reader at all.
            if self.claiming >= 2 and selling + self.claims >= 3:
                return True
            if self.second == 0 and self.first >= 4:
                return True
        # A cover letter: a string of selling points and not one sentence about the reader.
        if self.promotion >= 3 and self.claiming >= 1 and self.about_them == 0:
            return True
        # A short pitch: all it tells is the writer's selling points ("I'm 19, reliable and
        # great with customers. Any openings?").
        if self.told and self.claiming == self.told and self.promotion >= 2:
            return True
        if self.first < 5 or self.about_them > self.claiming:
            return False
        heavy = self.first >= 3 * max(self.second, 1)
        # The reader only as the one asked ("any tips?"), the writer in every other line.
        lopsided = (
            self.about_them == 0 and self.claiming >= 1 and self.first >= 6 * max(self.second, 1)
        )
        return heavy and (selling >= 2 or self.first >= 10 or lopsided)


def focus_of(text: str) -> Focus:
    """The balance of a whole message body."""
    told = [s.text for s in sentences(text) if not _REQUEST.search(s.text)]
    told = [_REQUEST_TAIL.sub("", s) for s in told if not _THANKS.match(s)]
    # "hi!!" or a name on its own tells nothing either way.
    told = [s for s in told if len(s.split()) >= 3 or _is_claim(s)]
    return Focus(
        first=len(_FIRST.findall(text)),
        second=len(_SECOND.findall(text)),
        promotion=len(_PROMOTION.findall(text)),
        desperation=len(_DESPERATION.findall(text)),
        claiming=sum(1 for s in told if _is_claim(s)),
        claims=sum(len(_CLAIM.findall(s)) for s in told if _is_claim(s)),
        about_them=sum(1 for s in told if _about_them(s)),
        told=len(told),
    )


def _is_claim(sentence: str) -> bool:
    """A sentence in which the writer tells about themself and not about the reader."""
    if not _FIRST.search(sentence) or _about_them(sentence):
        return False
    selling = _PROMOTION.search(sentence) or _DESPERATION.search(sentence)
    return bool(selling or _CLAIM.search(sentence))


def _about_them(sentence: str) -> bool:
    return bool(_READER.search(_ONLY_WHERE.sub("", sentence)) or _THEIRS.search(sentence))


def most_self_focused(spans: list[Span]) -> Span:
    def weight(s: Span) -> int:
        f = focus_of(s.text)
        return f.first + 2 * (f.promotion + f.desperation + f.claiming) - f.second

    return max(spans, key=weight)
