"""The default message templates, one per draft kind, as data.

Each template is Jinja (rendered in a sandbox by `coffeechat.rules.drafts`): the first
line is "Subject: ...", the rest is the body. Facts that were not recorded are falsy, so
`{% if person.organisation %}` leaves a sentence out; printing one unguarded is an error,
never a hole in the text.

What a template can use:
  me          name, first_name, goal, email, background, stage, school, new_role,
              new_organisation, new_email, new_phone
  person      the recipient: name, first_name, title, organisation, source, research,
              organisation_notes, email
  about       the target (intro_request) or the referral met (update_referrer)
  connector   who introduced or referred me to `person`
  they_will, i_will   lists of short texts ("introduce me to Lee")
  learned, about_learned   insights as phrases that can open a sentence ("your advice to
              write a teardown", "what Ravi said about heat pumps")
  sent        what I actually sent (the note logged with `contacted`), on one line; a
              note that only tells what I did ("sent via LinkedIn") is not recorded
  introduced  whether `connector` introduced us (by e-mail, to both of us)
  their_words, asked_until   what they said when they asked for time, and the day named
  meeting_minutes, last_subject, time_ask ("10–20 minutes" unless minutes were agreed)
  opener      the connection sentence for person.source (see SOURCE_OPENERS)
  relationship   how I know the person: friend (family too), colleague, alumni or ""
  about_me    my background as one sentence fitting my stage ("I'm changing careers
              after 9 years teaching middle-school science.")
  noticed, about_noticed   my research note on person (about) as `aside` (a phrase for
              brackets) or `sentence` ("I saw that you led the rebuild."); empty if none
  met, declined   whether I met the person, whether they declined
  joining_them   whether I am joining the person's organisation (landing)
  led_to, led_on_to   whom the person pointed me to and I met, and whom those led to
Filters: clause (a text to embed mid-sentence), sentence (a text ending in a full stop),
and_list ("a, b and c"; promises turned to speak to the person: "her team lead" is
"your team lead"), and_join ("a, b and c" as written), promise (one promise so turned),
with_article ("a UX Researcher", "Head of Design"), takeaway ("... has stayed with me."
from an insight), first_name, reply_subject ("Re: ..." once). Tests: `verb_phrases`
(every promise reads after "to"). A missing fact also gives way to `or` and `default`:
`{{ person.first_name or "there" }}`.

The defaults follow the seeds: connection first, more about them than about me, a
small time ask phrased as a question, the goal in one sentence, never a job. Friends,
family and colleagues are written to as people who know me; nobody is told a third
person's words.
"""

from __future__ import annotations

# How a first message opens, by how I know the person (Contact.source).
SOURCE_OPENERS: dict[str, str] = {
    "alumni": "Our alumni network pointed me your way.",
    "colleague": "It has been a while since we worked together, and I hope all is well.",
    "friend": "I hope you are doing well!",
    "family": "I hope you are doing well!",
    "linkedin": "Your LinkedIn profile caught my eye.",
}

# Facts in the user's words, for the list of what a draft is missing.
GOAL_WORDS = "the goal statement"
CONTACT_WORDS: dict[str, str] = {
    "name": "name",
    "first_name": "name",
    "title": "title",
    "organisation": "organisation",
    "source": "source (how you know them)",
    "research": "research notes",
    "organisation_notes": "organisation notes",
    "email": "email address",
}
ME_WORDS: dict[str, str] = {
    "name": "your name",
    "first_name": "your name",
    "goal": GOAL_WORDS,
    "email": "your email address",
    "background": "your background",
    "stage": "your stage",
    "school": "your school",
    "new_role": "your new role",
    "new_organisation": "your new organisation",
    "new_email": "your new email address",
    "new_phone": "your new phone number",
}
FACT_WORDS: dict[str, str] = {
    "they_will": "what {person} agreed to do",
    "i_will": "something useful to offer {person} (what you offered to do for them)",
    "learned": "something specific you learned from {person}",
    "about_learned": "what you learned from {about}",
    "meeting_minutes": "how long the meeting with {person} was",
    "last_subject": "the subject of your first message to {person}",
    "sent": "the words you sent {person}",
    "their_words": "what {person} said when they asked for time",
    "asked_until": "when {person} asked you to write again",
}
# How the terminal records a missing fact, said after its words there ("your background
# (coffeechat me --background "...")"); the web page has its own forms for them.
RECORDED_WITH: dict[str, str] = {
    "me.goal": 'coffeechat goal "..."',
    "me.background": 'coffeechat me --background "..."',
    "me.stage": "coffeechat me --stage career-changer",
    "me.school": 'coffeechat me --school "..."',
    "sent": 'log NAME contacted --note "..."',
    "their_words": "log NAME postponed --note",
    "asked_until": "log NAME postponed --until",
}
KIND_FACT_WORDS: dict[tuple[str, str], str] = {
    ("intro_request", "about.name"): "who you want {person} to introduce you to",
    ("update_referrer", "about.name"): "whom you met through {person}",
    ("referral_outreach", "connector.name"): "who suggested you contact {person}",
    ("reply_to_intro", "connector.name"): "who introduced you to {person}",
    ("outreach", "person.research"): "what you noticed about {person}'s work (research notes)",
}
NOBODY = {"person": "the recipient", "about": "the other person", "connector": "the referrer"}


# The facts each kind needs; a missing one is reported (the draft still renders).
REQUIRED_FACTS: dict[str, tuple[str, ...]] = {
    "intro_request": ("about.name", "about.organisation", "me.goal"),
    "outreach": ("person.organisation", "person.research", "me.goal"),
    "follow_up": ("last_subject",),
    "thank_you": ("learned",),
    "referral_outreach": ("connector.name", "person.organisation", "me.goal"),
    "update_referrer": ("about.name", "about_learned"),
    "reply_to_intro": ("connector.name", "me.goal"),
    "reconnect": ("their_words",),
    "check_in": ("i_will",),
    "landing": ("me.new_role", "me.new_organisation", "me.new_email"),
}


# Shared parts, inlined by _assemble so each default reads (and is edited) as one text.
# A trailing backslash joins source lines, so a paragraph stays one line in the draft.
_WORK = """\
{% if noticed.sentence %}\
{{ noticed.sentence | trim(".") }}, and I would love to learn how you \
{% if person.title %}became {{ person.title | with_article }}\
{% if person.organisation %} at {{ person.organisation }}{% endif %}\
{% elif person.organisation %}got to {{ person.organisation }}{% else %}got there{% endif %}\
{% elif person.title or person.organisation or noticed.aside %}\
Your work{% if person.title %} as {{ person.title | with_article }}{% endif %}\
{% if person.organisation %} at {{ person.organisation }}{% endif %}\
{% if noticed.aside %} ({{ noticed.aside }}){% endif %} stands out, and I would love to \
learn how you got there{% else %}I would love to learn how you got into your work\
{% endif %} and what your days look like.
"""

_OPENING = """\
{% if connector.name %}
{{ connector.name }} suggested I contact you. {{ _WORK }}
{% elif relationship == "friend" %}
I hope you are doing well! I would love to hear more about your work\
{% if person.organisation %} at {{ person.organisation }}{% endif %}: how you got into \
it and what your days look like.
{% elif relationship == "colleague" %}
{{ opener }} I would love to hear how things are going\
{% if person.organisation %} at {{ person.organisation }}{% endif %}, how you got into \
your current role and what your days look like now.
{% else %}
{% if opener %}{{ opener }} {% endif %}{{ _WORK }}
{% endif %}
"""

_GOAL = """\
{% if relationship in ("friend", "colleague") and me.goal %}
Some news from me: {% if me.stage == "career-changer" %}I'm changing careers. {% endif %}\
{{ me.goal | sentence }}
{% elif relationship not in ("friend", "colleague") and (me.goal or about_me) %}
A bit of context: {{ [about_me, me.goal | sentence if me.goal else ""] | select | join(" ") }}
{% endif %}
"""

_TIME_ASK = """\
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?
"""

_SIGN_OFF = """\
Thank you,
{{ me.first_name or "" }}
"""

INTRO_REQUEST = """\
Subject: Would you introduce me to {{ about.name or ("someone at " ~ about.organisation \
if about.organisation else "someone in your network") }}?

Hi {{ person.first_name or "there" }},

{% if relationship in ("friend", "colleague") %}I hope you are doing well! {% endif %}\
{% if about.name %}
{% if about.organisation or about_noticed %}
{{ about.name }}'s work{% if about.organisation %} at {{ about.organisation }}{% endif %}\
{% if about_noticed.aside %} ({{ about_noticed.aside }}){% endif %} stands out. \
{% if about_noticed.sentence %}{{ about_noticed.sentence }} {% endif %}\
I would love to learn how {{ about.first_name }} got there. \
{% else %}
I would love to learn about {{ about.name }}'s work and how {{ about.first_name }} got \
there. \
{% endif %}
Would you be comfortable introducing us?

Here is a short note you could forward:

> Hi {{ about.first_name }},
>
> {{ person.first_name or "A friend" }} suggested we talk. \
{% if about.source == "alumni" and me.school and me.school not in me.background %}\
We have {{ me.school }} in common. {% endif %}\
{% if about_me %}{{ about_me }} {% endif %}\
{% if me.goal %}{{ me.goal | sentence }} {% endif %}\
Your work{% if about.organisation %} at {{ about.organisation }}{% endif %} is exactly \
what I hope to learn about. \
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?
>
> {{ me.name or "" }}{% if me.email %}, {{ me.email }}{% endif %}


{% elif about.organisation %}
Do you know anyone at {{ about.organisation }}? I would love to learn how people there \
got into their work, and a word from you would mean a lot.

{{ _GOAL }}

{% else %}
Is there someone in your network whose path you think I should learn from?

{{ _GOAL }}

{% endif %}
Thank you so much,
{{ me.first_name or "" }}
"""

OUTREACH = """\
Subject: {% if relationship in ("friend", "colleague") %}Could I hear about your work\
{% if person.organisation %} at {{ person.organisation }}{% endif %}?\
{% else %}Your path{% if person.organisation %} at {{ person.organisation }}{% endif %}\
{% endif %}

Hi {{ person.first_name or "there" }},

{{ _OPENING }}

{{ _GOAL }}

{{ _TIME_ASK }}

{{ _SIGN_OFF }}
"""

FOLLOW_UP = """\
Subject: {{ last_subject | reply_subject if last_subject else "Following up" }}

Hi {{ person.first_name or "there" }},

{% if about.name %}
Following up on my note about {{ about.name }}, in case it got buried. \
Would you still be comfortable introducing us?
{% elif sent %}
Following up on my note{% if introduced and connector.name %} after \
{{ connector.first_name }}'s introduction{% endif %}, in case it got buried. I wrote: \
"{{ sent }}"

{% if person.organisation %}Your path at {{ person.organisation }} stands out, and I \
would still love to learn how you got there. {% endif %}\
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?
{% elif introduced and connector.name %}
Following up on my reply to {{ connector.first_name }}'s introduction, in case it got \
buried. {% if person.organisation %}Your path at {{ person.organisation }} stands out, \
and I would still love to learn how you got there. {% endif %}\
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?
{% else %}
Following up on my note from last week, in case it got buried. \
{% if person.organisation and relationship in ("friend", "colleague") %}I would still \
love to hear about your work at {{ person.organisation }}. \
{% elif person.organisation %}Your path at {{ person.organisation }} stands out, and I \
would still love to learn how you got there. {% endif %}\
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?
{% endif %}

{{ _SIGN_OFF }}
"""

THANK_YOU = """\
Subject: Thank you, {{ person.first_name or "and a quick note" }}

Hi {{ person.first_name or "there" }},

Thank you for \
{% if meeting_minutes %}the {{ meeting_minutes }} minutes you gave me\
{% else %}our conversation{% endif %}\
{% if person.organisation %} and for your inside view of {{ person.organisation }}{% endif %}. \
{% if learned %}{{ learned[0] | takeaway("has stayed with me") }}{% endif %}


{% if they_will is verb_phrases %}
Thank you, too, for offering to {{ they_will | and_list }}. \
{% elif they_will %}
Thank you, too, for what you offered: {{ they_will | and_list }}. \
{% endif %}
{% if i_will is verb_phrases %}As promised, I will {{ i_will | and_list }}. \
{% elif i_will %}As promised, I will follow up on {{ i_will | and_list }}. {% endif %}
{% if connector.name %}I'm glad {{ connector.first_name }} \
{% if introduced %}put us in touch{% else %}pointed me to you{% endif %}. {% endif %}\
May I keep you posted on where your advice leads?

With thanks,
{{ me.first_name or "" }}
"""

REFERRAL_OUTREACH = """\
Subject: {% if connector.name %}{{ connector.name }} suggested I get in touch\
{% else %}Your path{% if person.organisation %} at {{ person.organisation }}{% endif %}\
{% endif %}

Hi {{ person.first_name or "there" }},

{{ _OPENING }}

{{ _GOAL }}

{{ _TIME_ASK }}

{{ _SIGN_OFF }}
"""

REPLY_TO_INTRO = """\
Subject: Re: Introduction{% if connector.first_name %}: {{ me.first_name or "me" }} and \
{{ person.first_name or "you" }}{% endif %}

Hi {{ person.first_name or "there" }},

{% if connector.name %}
Thank you, {{ connector.first_name }}, for connecting us (moving you to bcc to spare \
your inbox).
{% else %}
Thank you for the introduction (moving you to bcc to spare your inbox).
{% endif %}

{{ person.first_name or "It" }}{% if person.first_name %}, it{% endif %} is great to \
meet you. {{ _WORK }}

{{ _GOAL }}

{{ _TIME_ASK }}

{{ _SIGN_OFF }}
"""

RECONNECT = """\
Subject: {% if last_subject %}{{ last_subject | reply_subject }}{% else %}Writing again, as \
you asked{% endif %}

Hi {{ person.first_name or "there" }},

{% if their_words %}
When I wrote before, you said: "{{ their_words }}." So here I am, writing again as you \
asked. \
{% elif asked_until %}
You asked me to write again around {{ asked_until }}, so here I am. \
{% else %}
You asked me to write again later, so here I am. \
{% endif %}
{% if person.organisation %}I hope things at {{ person.organisation }} have eased a little.\
{% endif %}


I would still love to learn how you got {% if person.title %}into your work as \
{{ person.title | with_article }}{% else %}where you are{% endif %}. \
Would you have {{ time_ask }} for a call or a coffee, wherever and whenever suits you?

{{ _SIGN_OFF }}
"""

UPDATE_REFERRER = """\
Subject: Thank you for the introduction{% if about.name %} to {{ about.name }}{% endif %}

Hi {{ person.first_name or "there" }},

{% if about.name %}
Thank you for pointing me to {{ about.name }}\
{% if about.organisation %} at {{ about.organisation }}{% endif %}. \
We met, and it was a real help. \
{% else %}
Thank you for the introduction; the conversation was a real help. \
{% endif %}
{% if about_learned %}{{ about_learned[0] | takeaway("was the most useful part") }}{% endif %}


It was generous of you to connect us. \
How are things with you{% if person.organisation %} at {{ person.organisation }}{% endif %}?

With thanks,
{{ me.first_name or "" }}
"""

CHECK_IN = """\
Subject: Thinking of you{% if person.organisation %} and {{ person.organisation }}{% endif %}

Hi {{ person.first_name or "there" }},

It has been a little while since we spoke\
{% if learned %}. {{ learned[0] | takeaway("keeps coming back to me") }}\
{% else %}, and your advice still guides me.{% endif %}


{% if i_will and i_will[:1] is verb_phrases %}
I would still love to {{ i_will[0] | promise }}. Would that be useful to you? \
{% elif i_will %}
I have not forgotten what I offered: {{ i_will[0] | promise }}. Would that still be \
useful to you? \
{% else %}
Is there anything I could do to return the favour? \
{% endif %}
How are things with you{% if person.organisation %} at {{ person.organisation }}{% endif %}?

All the best,
{{ me.first_name or "" }}
"""

_CHAIN = """\
you put me in touch with {{ led_to | and_join }}\
{% if led_on_to %}, and through \
{{ led_to[0] | first_name if led_to | length == 1 else "them" }} I met \
{{ led_on_to | and_join }}{% endif %}\
"""

LANDING = """\
Subject: {% if joining_them %}Good news: we'll be colleagues\
{% else %}Some good news, and thank you{% endif %}

Hi {{ person.first_name or "there" }},

{% if joining_them %}
Some good news: I am joining {{ me.new_organisation }}\
{% if me.new_role %} as {{ me.new_role | with_article }}{% endif %}, so we'll be \
colleagues. {% if led_to %}Thank you for the chain you started: {{ _CHAIN }}. {% endif %}\
{% if met %}Our conversation played a real part in getting here, and I \
{% else %}I {% endif %}am looking forward to working with you.
{% else %}
Some good news: \
{% if me.new_role and me.new_organisation %}\
I am starting as {{ me.new_role | with_article }} at {{ me.new_organisation }}. \
{% elif me.new_role %}I am starting as {{ me.new_role | with_article }}. \
{% elif me.new_organisation %}I am starting at {{ me.new_organisation }}. \
{% else %}my search is over. {% endif %}\
{% if led_to %}
Thank you for the chain you started: {{ _CHAIN }}. \
{% if met %}Our own conversation helped too, and I am grateful for both.\
{% else %}It played a real part in getting here.{% endif %}

{% elif met %}
Our conversation played a real part in getting here, and I am grateful for your help.
{% elif declined %}
Thank you again for answering when I reached out; I appreciated it.
{% elif relationship == "colleague" %}
It has been a while since we worked together, and I wanted you to hear the news from me.
{% elif relationship == "friend" %}
You have heard about this search for a while, so I wanted you to hear the news from me.
{% else %}
Your work{% if person.organisation %} at {{ person.organisation }}{% endif %} was part of \
what I explored along the way, so I wanted you to hear the news from me.
{% endif %}
{% endif %}

{% if me.new_email or me.new_phone %}
You can reach me at {{ [me.new_email, me.new_phone] | select | join(" or ") }} from now on.
{% endif %}

{% if joining_them %}
See you at {{ me.new_organisation }} soon!
{% else %}
How are things with you? I would love to stay in touch.
{% endif %}

With thanks,
{{ me.first_name or "" }}
"""

_PARTS = {"_OPENING": _OPENING, "_GOAL": _GOAL, "_TIME_ASK": _TIME_ASK, "_SIGN_OFF": _SIGN_OFF}


def _assemble(template: str) -> str:
    for name, part in _PARTS.items():
        template = template.replace("{{ " + name + " }}\n", part)
    for name, part in (("_WORK", _WORK), ("_CHAIN", _CHAIN)):
        template = template.replace("{{ " + name + " }}", part.rstrip("\n"))
    return template


DEFAULT_TEMPLATES: dict[str, str] = {
    kind: _assemble(template)
    for kind, template in {
        "intro_request": INTRO_REQUEST,
        "outreach": OUTREACH,
        "follow_up": FOLLOW_UP,
        "thank_you": THANK_YOU,
        "referral_outreach": REFERRAL_OUTREACH,
        "update_referrer": UPDATE_REFERRER,
        "reply_to_intro": REPLY_TO_INTRO,
        "reconnect": RECONNECT,
        "check_in": CHECK_IN,
        "landing": LANDING,
    }.items()
}
