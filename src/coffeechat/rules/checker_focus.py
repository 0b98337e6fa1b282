"""Who a message is about: the balance of I and you, and whether it names anything of theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coffeechat.rules.checker_text import Span

_FIRST = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll|im)\b", re.I)
_SECOND = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.I)
# Selling oneself: adjectives from cover letters, achievements, credentials.
_PROMOTION = re.compile(
    r"\b(?:hard[- ]?work\w*|hard worker|detail[- ]oriented|team player|self[- ]starter|"
    r"(?:fast|quick) learner|results[- ]driven|track record|passionate|dedicated|motivated|"
    r"seasoned|accomplished|expertise|asset|(?:strong|great|perfect|excellent|ideal) (?:fit|"
    r"addition|"
    r"candidate)|natural leader|thrive|excel\w*|talented|compassionate|organized|driven|"
    r"years of (?:[\w-]+ ){0,3}experience|(?:strong|skilled|expert) (?:at|in)|my next (?:role|job|"
    r"position|"
    r"opportunity|chapter)|my (?:skills|experience|background|qualifications|strengths|abilities)|"
    r"i(?:'ve| have)? (?:bring|led|managed|delivered|built|hold|graduated|launched|oversaw|grew|"
    r"doubled)|"
    r"add (?:\w+ )?value|hit the ground running|prove myself|bring a lot|certified|certification|"
    r"i am (?:known|confident|certain|sure)|i'm (?:known|confident|certain|sure)|"
    r"speaks for itself)\b",
    re.I,
)
_DESPERATION = re.compile(
    r"\b(?:desperate\w*|unemployed|rejected|rejection\w*|running out|out of options|begging|beg|"
    r"anything at all|take anything|any job|need a job|need someone|really need|discouraged|"
    r"lost|miserable|scared|frustrated|struggling|hopeless|give me a chance|please help|"
    r"can't decide|dread\w*|crazy|haven't heard back|have not heard back)\b",
    re.I,
)


@dataclass(frozen=True)
class Focus:
    first: int
    second: int
    promotion: int
    desperation: int

    @property
    def me_centred(self) -> bool:
        selling = self.promotion + self.desperation
        if self.desperation >= 2 and self.first >= 2:
            return True
        if self.first < 5:
            return False
        heavy = self.first >= 3 * max(self.second, 1)
        return heavy and (selling >= 2 or self.first >= 10)


def focus_of(text: str) -> Focus:
    return Focus(
        first=len(_FIRST.findall(text)),
        second=len(_SECOND.findall(text)),
        promotion=len(_PROMOTION.findall(text)),
        desperation=len(_DESPERATION.findall(text)),
    )


def most_self_focused(sentences: list[Span]) -> Span:
    def weight(s: Span) -> int:
        f = focus_of(s.text)
        return f.first + 2 * (f.promotion + f.desperation) - f.second

    return max(sentences, key=weight)
