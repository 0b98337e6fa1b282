"""The web UI's forms: they keep what was typed and hold errors by field. What a value
means (a date, a person, an event) is the services' to decide; a refusal they raise is
put next to the field it is about."""

from __future__ import annotations

from django import forms

from coffeechat.rules.agenda_words import event_label
from coffeechat.rules.kinds import InsightKind
from coffeechat.rules.timeline import Kind

EVENT_CHOICES = [(k.value, event_label(k.value).capitalize()) for k in Kind]
LINES = forms.Textarea(attrs={"rows": 3})


def source_choices(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """How I know someone, as a menu says it: "LinkedIn", not Django's "Linkedin"."""
    return [(value, "LinkedIn" if value == "linkedin" else label) for value, label in choices]


class LogForm(forms.Form):
    event = forms.ChoiceField(choices=EVENT_CHOICES)
    on = forms.CharField(
        max_length=16, required=False, label="When",
        help_text="YYYY-MM-DD or YYYY-MM-DD HH:MM; empty means now.",
    )
    via = forms.CharField(
        max_length=200, required=False, label="Via (an introduction: who introduces you)"
    )
    at = forms.CharField(
        max_length=16, required=False, label="Meeting at (scheduled)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    minutes = forms.IntegerField(
        required=False, min_value=1, max_value=10000, label="Agreed minutes (scheduled)"
    )
    where = forms.CharField(max_length=200, required=False, label="Where (scheduled)")
    about = forms.CharField(
        max_length=200, required=False, label="About (telling the referrer: the referral you met)"
    )
    until = forms.CharField(
        max_length=16, required=False,
        label="Write again on (they asked you to write later)", widget=forms.DateInput(
            attrs={"type": "date"}),
    )
    note = forms.CharField(max_length=2000, required=False, widget=LINES)


DAY = forms.DateInput(attrs={"type": "date"})
# What each kind of insight asks of the debrief ("Insights: skill" was its key).
INSIGHT_LABELS = {
    InsightKind.SKILL: "Skills that matter in their work",
    InsightKind.TREND: "Trends in the field",
    InsightKind.CHALLENGE: "Challenges",
    InsightKind.CULTURE: "Culture and values",
    InsightKind.ADVICE: "Advice for you",
    InsightKind.ORGANISATION: "Organisations worth knowing",
    InsightKind.EVENT: "Events worth going to",
    InsightKind.RESOURCE: "Resources (books, courses, sites)",
}


class DebriefForm(forms.Form):
    on = forms.CharField(
        max_length=16, required=False, label="When you met",
        help_text="YYYY-MM-DD HH:MM; empty means the scheduled time (or now).",
    )
    referrals = forms.CharField(
        required=False, widget=LINES, max_length=4000,
        help_text="People they suggested, one a line, as “Name, Title at Organisation” if you "
                  "know it: new names become people referred by them.",
    )
    new_people = forms.BooleanField(
        required=False, label="These are new people, not the ones suggested",
    )
    they_will = forms.CharField(
        required=False, widget=LINES, max_length=4000, label="They will",
        help_text="What they agreed to do, one a line.",
    )
    i_will_1 = forms.CharField(required=False, max_length=500, label="I will")
    due_1 = forms.CharField(required=False, max_length=16, label="Due", widget=DAY)
    i_will_2 = forms.CharField(required=False, max_length=500, label="I will (another)")
    due_2 = forms.CharField(required=False, max_length=16, label="Due", widget=DAY)
    i_will_3 = forms.CharField(required=False, max_length=500, label="I will (another)")
    due_3 = forms.CharField(required=False, max_length=16, label="Due", widget=DAY)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for kind in InsightKind:
            self.fields[f"insight_{kind.value}"] = forms.CharField(
                required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=4000,
                label=INSIGHT_LABELS.get(kind, kind.value), help_text="One a line.",
            )

    def lines(self, name: str) -> list[str]:
        text = self.cleaned_data.get(name, "")
        return [line.strip() for line in text.splitlines() if line.strip()]


class SentForm(forms.Form):
    kind = forms.CharField(max_length=40)
    to = forms.IntegerField()
    about = forms.IntegerField(required=False)
    on = forms.CharField(max_length=16, required=False, label="Sent on")


class DoneForm(forms.Form):
    on = forms.CharField(max_length=16, required=False, label="Kept on")


SOURCE_CHOICES = [("", "any")]


class QuickAddForm(forms.Form):
    line = forms.CharField(
        max_length=700, label="Add someone",
        help_text="Name, Title at Organisation, e.g. “Dana Whitfield, Product Marketing "
                  "Manager at Verdant Grid”.",
    )
    source = forms.ChoiceField(choices=[], required=False, label="How you know them")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        from coffeechat.people.models import Source

        self.fields["source"].choices = source_choices(Source.choices)  # type: ignore[attr-defined]
        self.fields["source"].initial = Source.OTHER


class PersonForm(forms.Form):
    merge: tuple[int, int] | None = None  # (kept, duplicate) when the new name is taken
    name = forms.CharField(max_length=200)
    title = forms.CharField(max_length=200, required=False)
    organisation = forms.CharField(max_length=200, required=False)
    past_organisations = forms.CharField(
        max_length=5000, required=False, widget=LINES, label="Past organisations",
        help_text="Where they worked before, one a line. Changing their organisation keeps "
        "the old one here.",
    )
    email = forms.CharField(max_length=254, required=False, label="E-mail")
    linkedin_url = forms.CharField(max_length=500, required=False, label="LinkedIn profile")
    location = forms.CharField(max_length=200, required=False)
    source = forms.ChoiceField(choices=[])
    tags = forms.CharField(max_length=500, required=False, help_text="Comma separated.")
    notes = forms.CharField(max_length=10000, required=False, widget=LINES, label="Research notes")
    organisation_notes = forms.CharField(
        max_length=10000, required=False, widget=LINES, label="Notes on their organisation"
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        from coffeechat.people.models import Source

        self.fields["source"].choices = source_choices(Source.choices)  # type: ignore[attr-defined]


class TargetForm(forms.Form):
    """A target: where I would like to work, scored as `target add` scores it."""

    organisation = forms.CharField(max_length=200, label="Organisation")
    role = forms.CharField(max_length=200, required=False, label="Role")
    motivation = forms.TypedChoiceField(
        coerce=int, initial=0, label="Motivation",
        choices=[(0, "0: don't know them yet"), (1, "1: some interest"), (2, "2: keen"),
                 (3, "3: dream employer")])
    postings = forms.TypedChoiceField(
        coerce=int, initial=1, label="Relevant postings",
        choices=[(1, "1: none or few"), (2, "2: some"), (3, "3: many")])
