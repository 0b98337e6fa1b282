"""Questions for one stage of a job seeker's career, beside the bank's shared ones: a
student asks about courses and first jobs, a recent graduate about the first years out
of school, a career changer about what carries over, how people in the role see
candidates from their field and the first step in, an experienced person about where
the organisation is going. Each row names the stages it fits; the planner asks them
only of a user at that stage (`coffeechat me --stage`).
"""

from __future__ import annotations

from coffeechat.rules.kinds import Category
from coffeechat.rules.question_types import Question, questions

_EARLY = "student graduate"
_CHANGER = "career-changer"
_EXPERIENCED = "experienced"

_PATH = questions(Category.PATH, (
    ("path-first-job-after-studies", 3,
     "What was your first job after your studies, and how did you find your way to it?",
     _EARLY),
    ("path-first-year-vs-expected", 2.5,
     "How did your first year of work differ from what you expected as a student?", _EARLY),
    ("path-courses-that-mattered", 2.5,
     "Which courses turned out to matter most once you started working?", "student"),
    ("path-what-to-study", 3,
     "How did you decide what to study, and how did that shape your first job?", "student"),
    ("path-first-year-out", 2.5,
     "What did your first year out of school teach you that your studies did not?",
     "graduate"),
    ("path-first-step-in", 3,
     "What first step into this field would you suggest for someone coming from "
     "{former_field}?", _CHANGER),
    ("path-who-switched-in", 3,
     "Who on your team came from another field, and how did they make the move?", _CHANGER),
    ("path-brought-and-unlearned", 3,
     "What did you bring with you from earlier work, and what did you have to unlearn?",
     _CHANGER),
    ("path-why-organisation-now", 2.5,
     "What drew you to {organisation} at this stage of your career?", _EXPERIENCED),
    ("path-more-responsibility", 3,
     "How did your role change as you took on more responsibility?", _EXPERIENCED),
))

_DAY = questions(Category.DAY, (
    ("day-new-graduate-week", 2.5,
     "What does someone new to your team spend most of their first weeks doing?", _EARLY),
    ("day-early-career-work", 2.5,
     "What kind of work do people early in their careers take on where you are?", _EARLY),
    ("day-graduate-surprises", 2.5,
     "What surprises recent graduates most in their first months on your team?", "graduate"),
    ("day-familiar-to-newcomers", 2.5,
     "Which parts of your day would feel most familiar to someone from another profession?",
     _CHANGER),
    ("day-surprises-switchers", 2.5,
     "What part of this work tends to surprise people who arrive from other fields?",
     _CHANGER),
    ("day-strategy-vs-delivery", 2.5,
     "How do senior people where you work split their time between strategy and delivery?",
     _EXPERIENCED),
    ("day-senior-work", 3,
     "Where does the most senior work on your team happen, and what does it look like?",
     _EXPERIENCED),
))

_SKILLS = questions(Category.SKILLS, (
    ("skills-wish-newcomers-had", 2.5,
     "Which skills do you wish people arrived with in their first role on your team?", _EARLY),
    ("skills-outside-classes", 2.5,
     "What could a student learn outside class that would matter most in this work?",
     "student"),
    ("skills-from-university", 3,
     "Which skills from university carry over to this work, and which are learned fresh?",
     "graduate"),
    ("skills-carry-over-from-field", 3,
     "Which skills from {former_field} do you think carry over best into this work?",
     _CHANGER),
    ("skills-gaps-to-close", 3,
     "Which gaps do people changing careers most often need to close first?", _CHANGER),
    ("skills-learn-the-craft", 2.5,
     "How do people here judge whether someone from outside the field can learn the craft?",
     _CHANGER),
    ("skills-count-most-here", 2.5,
     "Which experience from other organisations counts most where you work?",
     _EXPERIENCED),
    ("skills-experienced-relearn", 2.5,
     "What do experienced people joining your field most often have to relearn?",
     _EXPERIENCED),
    ("skills-leadership-here", 2.5,
     "Which leadership skills matter more in your industry than in others?", _EXPERIENCED),
))

_TRENDS = questions(Category.TRENDS, (
    ("trends-path-in-changing", 3,
     "How has the way new graduates find their way into this field changed lately?", _EARLY),
    ("trends-open-to-backgrounds", 3,
     "How is your field changing in the way it treats people with unusual backgrounds?",
     _CHANGER),
    ("trends-outside-experience", 2.5,
     "Where in your field is experience from other industries most valued right now?",
     _CHANGER),
    ("trends-organisation-heading", 3,
     "Where do you see {organisation} heading over the next few years, and why?",
     _EXPERIENCED),
    ("trends-organisation-needs", 3,
     "What will {organisation} need from its leaders as it grows?", _EXPERIENCED),
    ("trends-worries-leaders", 3,
     "Which changes in your industry worry its leaders the most right now?", _EXPERIENCED),
    ("trends-problems-ahead", 3,
     "Which problems will matter most to {organisation} over the next year or two?",
     _EXPERIENCED),
))

_CULTURE = questions(Category.CULTURE, (
    ("culture-new-people-find-feet", 2.5,
     "How does your team help people new to the working world find their feet?", _EARLY),
    ("culture-different-backgrounds", 2.5,
     "How does your team make use of the different backgrounds people bring?", _CHANGER),
    ("culture-joining-mid-career", 2.5,
     "What helps someone who joins mid-career fit in with a team of specialists?", _CHANGER),
    ("culture-big-decisions", 3,
     "How are big decisions made at {organisation}, and who shapes them?", _EXPERIENCED),
    ("culture-bringing-in-experience", 2.5,
     "How does {organisation} bring in experienced people without losing what works?",
     _EXPERIENCED),
    ("culture-strategy-disagreement", 2.5,
     "How do leaders at {organisation} handle disagreement about strategy?", _EXPERIENCED),
))

_ADVICE = questions(Category.ADVICE, (
    ("advice-first-role-this-year", 3,
     "What would you tell someone looking for a first role in your field this year?", _EARLY),
    ("advice-learn-from-first-job", 2.5,
     "How would you use a first job to learn as much as possible about this work?", _EARLY),
    ("advice-courses-in-my-place", 2.5,
     "Which courses or electives would you choose if you were in your studies today?",
     "student"),
    ("advice-balance-at-school", 2.5,
     "How would you balance classes, projects and part-time work to prepare for this field?",
     "student"),
    ("advice-first-six-months", 3,
     "How would you spend the first six months after graduation if you were starting again?",
     "graduate"),
    ("advice-first-search-again", 2.5,
     "What would you do differently in your first search for work after graduating?",
     "graduate"),
    ("advice-how-role-sees-field", 3,
     "How do people in your role see candidates coming from {former_field}?", _CHANGER),
    ("advice-try-before-leaving", 3,
     "How could someone try this work before leaving a steady career for it?", _CHANGER),
    ("advice-tell-the-story", 3,
     "How should someone from {former_field} tell the story of their move so it makes sense?",
     _CHANGER),
    ("advice-entry-for-experience", 3,
     "Which ways in suit someone with years of experience elsewhere better than a junior role?",
     _CHANGER),
    ("advice-earn-credibility", 2.5,
     "What would help someone from {former_field} earn credibility quickly in this work?",
     _CHANGER),
    ("advice-prove-first-year", 3,
     "How do experienced people earn trust quickly when they join an organisation like yours?",
     _EXPERIENCED),
    ("advice-experienced-mistakes", 2.5,
     "What mistakes do experienced people make when they join an organisation like yours?",
     _EXPERIENCED),
))

_ORGANISATIONS = questions(Category.ORGANISATIONS, (
    ("organisations-campus-chapters", 2,
     "Which campus groups or student chapters of professional associations are worth joining?",
     "student"),
    ("organisations-early-career", 2.5,
     "Which early-career networks or programmes are worth a recent graduate's time?",
     "graduate"),
    ("organisations-changer-communities", 2.5,
     "Which communities help people changing careers into this field find their footing?",
     _CHANGER),
    ("organisations-leader-networks", 2.5,
     "Which leadership networks or peer groups do senior people in your field rely on?",
     _EXPERIENCED),
    ("organisations-shaping-bodies", 2.5,
     "Which industry bodies or boards shape where your field is going, and how?",
     _EXPERIENCED),
))

_RESOURCES = questions(Category.RESOURCES, (
    ("resources-free-for-newcomers", 2,
     "Which online courses or free resources would you point a newcomer to?", _EARLY),
    ("resources-still-come-back-to", 2,
     "Which books or lectures from your studies do you still come back to?", "student"),
    ("resources-bootcamps", 2.5,
     "Which courses or bootcamps have you seen actually help career changers, and why?",
     _CHANGER),
    ("resources-leaders-read", 2,
     "What do leaders in your field read to see where the industry is going?", _EXPERIENCED),
    ("resources-hard-calls", 2,
     "Whom outside your organisation do you turn to when a hard call comes up?", _EXPERIENCED),
))

_ASSIGNMENTS = questions(Category.ASSIGNMENTS, (
    ("assignments-portfolio-piece", 3,
     "What portfolio piece would show you that a newcomer understands this work?", _EARLY),
    ("assignments-useful-experience", 2.5,
     "Which internships or part-time work give the most useful experience for this field?",
     _EARLY),
    ("assignments-summer-project", 2.5,
     "What summer project would give a student real practice with the problems you solve?",
     "student"),
    ("assignments-graduate-build", 3,
     "What could a recent graduate build or study to show readiness for this work?",
     "graduate"),
    ("assignments-show-from-field", 3,
     "What project could someone from {former_field} take on to show they can do this work?",
     _CHANGER),
    ("assignments-credible-side-project", 3,
     "What volunteer or side project would give a career changer the most credible experience?",
     _CHANGER),
    ("assignments-senior-first-work", 3,
     "What early piece of work lets a senior newcomer show good judgment where you are?",
     _EXPERIENCED),
))

STAGE_QUESTIONS: tuple[Question, ...] = (
    _PATH + _DAY + _SKILLS + _TRENDS + _CULTURE + _ADVICE + _ORGANISATIONS + _RESOURCES
    + _ASSIGNMENTS
)
