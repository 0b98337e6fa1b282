"""Settings: the goal, who I am, the rule timings (`config`), draft templates with a live
preview, and my own questions. Each form posts on its own and calls the CLI's service."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from coffeechat import clock
from coffeechat.accounts.services import change_setting, policy_for, profile_for, set_goal, set_me
from coffeechat.cli.when import landing_moment
from coffeechat.errors import UserError, plain
from coffeechat.pipeline.models import Landing
from coffeechat.pipeline.services import land
from coffeechat.rules.agenda_words import DRAFT_LABELS
from coffeechat.rules.drafts import DraftKind
from coffeechat.rules.kinds import CareerStage, Category
from coffeechat.rules.policy import LABELS, SETTINGS
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page, today_text
from coffeechat.web.views.loop import REFUSED
from coffeechat.writing.models import CustomQuestion
from coffeechat.writing.questions import add_question, remove_question
from coffeechat.writing.templates import (
    reset_template,
    sample_draft,
    save_template,
    template_list,
)

ME_FIELDS = ("name", "email", "skills", "background", "stage", "school")



def _act(request: HttpRequest, owner: Any) -> tuple[str, str]:
    """Do what the posted form asks; (notice, "") when done, ("", field error) if refused."""
    post, which = request.POST, request.POST.get("form", "")
    if which == "goal":
        set_goal(owner=owner, text=post.get("goal", ""))
        return "Goal saved.", ""
    if which == "me":
        skills = [s for s in post.get("skills", "").split(",")]
        set_me(owner=owner, name=post.get("name", ""), email=post.get("email", ""),
               skills=skills, background=post.get("background", ""),
               stage=post.get("stage") or "none", school=post.get("school", ""))
        return "Saved.", ""
    if which == "timings":
        for name in SETTINGS:
            value = post.get(name, "").strip()
            if value:
                try:
                    change_setting(owner=owner, name=name, value=value)
                except (ValueError, UserError) as error:  # named by its `config` key
                    said = plain(error).removeprefix(f"{name} ")
                    raise UserError(f"{LABELS[name]}: {said}") from None
        return "Timings saved.", ""
    if which == "template":
        kind = DraftKind(post.get("kind", ""))
        if post.get("reset"):
            reset_template(owner=owner, kind=kind)
            return f"{DRAFT_LABELS[kind.value]}: the default template is back.", ""
        save_template(owner=owner, kind=kind, source=post.get("source", ""), now=clock.now(),
                      origin=f"the {kind.value} template")
        return f"{DRAFT_LABELS[kind.value]}: your template is saved.", ""
    if which == "question":
        add_question(owner=owner, text=post.get("question", ""),
                     category=post.get("category", ""),
                     minutes=float(post.get("minutes") or 2), now=clock.now())
        return "Question added.", ""
    if which == "landed":
        role, organisation = post.get("role", "").strip(), post.get("organisation", "").strip()
        if not role or not organisation:
            raise UserError("write your new role and the organisation")
        on = post.get("on", "").strip() or None
        land(owner=owner, role=role, organisation=organisation, on=landing_moment(on, owner),
             email=post.get("new_email", ""), phone=post.get("phone", ""))
        return ("Congratulations! Everyone you met is on Today, to hear the news from you.",
                "")
    if which == "remove_question":
        remove_question(owner=owner, ident=int(post.get("ident", "0") or 0))
        return "Question removed.", ""
    return "", ""


def settings_page(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    errors: dict[str, str] = {}
    if request.method == "POST":
        which = request.POST.get("form", "")
        try:
            notice, _ = _act(request, owner)
        except (ValueError, *REFUSED) as error:
            errors[which] = plain(error)
        else:
            return back(request, reverse("settings") + f"#{which}", notice)
    profile, policy = profile_for(owner), policy_for(owner)
    posted = request.POST if request.method == "POST" else {}
    chosen_kind = request.GET.get("kind") or posted.get("kind") or DraftKind.OUTREACH.value
    templates = template_list(owner)
    landing = Landing.objects.filter(owner=owner).first()
    chosen = next((t for t in templates if t.kind.value == chosen_kind), templates[0])
    return page(
        request, "web/settings.html", "settings", "Settings", errors=errors, posted=posted,
        profile=profile, skills=", ".join(profile.skills),
        stages=[(s.value, s.value.replace("-", " ")) for s in CareerStage],
        timings=[(name, LABELS[name], help, getattr(policy, name))
                 for name, help in SETTINGS.items()],
        templates=templates, chosen=chosen,
        source=posted.get("source") if posted.get("form") == "template" else chosen.source,
        categories=[(c.value, c.label) for c in Category if c is not Category.ASKS],
        questions=[{"id": q.id, "text": q.text, "category_label": _category(q.category)}
                   for q in CustomQuestion.objects.filter(owner=owner).order_by("id")],
        landing=landing, landing_day=f"{landing.on:%Y-%m-%d}" if landing else today_text(),
        status=400 if errors else 200,
    )


def _category(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value


@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """The template rendered on sample facts as it is typed (htmx), or why it does not."""
    try:
        kind = DraftKind(request.POST.get("kind", ""))
        draft = sample_draft(kind=kind, source=request.POST.get("source", ""),
                             origin=f"the {kind.value} template")
        context: dict[str, Any] = {"draft": draft}
    except (ValueError, UserError) as error:
        context = {"error": plain(error)}
    return render(request, "web/_preview.html", context)
