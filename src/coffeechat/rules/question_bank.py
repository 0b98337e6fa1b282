"""The question bank: open-ended questions for an informational interview, as data.

Every question asks for the person's own experience, so none can be answered with a
yes or no or by a quick search of the organisation's website [seeds 002, 003]. The two
asks of seed 001 §3 are the only exceptions and close every conversation.
"""

from __future__ import annotations

from coffeechat.rules.kinds import Category as Category
from coffeechat.rules.question_types import PLACEHOLDERS as PLACEHOLDERS
from coffeechat.rules.question_types import Question as Question
from coffeechat.rules.question_types import brace_problem as brace_problem
from coffeechat.rules.question_types import literal as literal
from coffeechat.rules.question_types import questions as _questions
from coffeechat.rules.stage_questions import STAGE_QUESTIONS

_PATH = _questions(Category.PATH, (
    ("path-how-got-here", 3, "How did you get into the role you have now?", ""),
    ("path-first-drew-you", 3,
     "What first drew you to this line of work, and what has kept you in it?", ""),
    ("path-turning-points", 3,
     "Looking back, which turning points or decisions shaped your career the most?", ""),
    ("path-study-to-work", 2.5,
     "How has what you studied turned out to matter in the work you do now?", "student graduate"),
    ("path-road-to-title", 3,
     "What did the road to becoming {title} look like, and what would you do differently?", ""),
    ("path-why-organisation", 2.5,
     "What made you choose {organisation}, and how has your view of it changed since?", ""),
    ("path-career-change", 3,
     "How did you move into this field from what you did before, and what carried over?",
     "career-changer"),
    ("path-first-job", 2.5,
     "What was your first job in this line of work, and what did it teach you?", ""),
    ("path-surprises", 2, "What surprised you most when you started in this kind of role?", ""),
    ("path-to-leading", 3,
     "How did you make the step from doing the work yourself to leading others?", "manager"),
    ("path-why-startup", 3,
     "What drew you to working at a startup, and how did you find your way in?", "startup"),
    ("path-who-helped", 2.5, "Who helped you most along the way, and how did that start?", ""),
))

_DAY = _questions(Category.DAY, (
    ("day-usual", 3, "What does a usual day or week look like for you?", ""),
    ("day-time-split", 2.5,
     "How is your time split between meetings, focused work and everything else?", ""),
    ("day-energy", 2, "What part of your work gives you the most energy?", ""),
    ("day-harder-than-expected", 2.5,
     "What part of the job is harder than people on the outside expect?", ""),
    ("day-collaborators", 2.5, "Who do you work with most closely, and how do you work together?",
     ""),
    ("day-good-week", 2, "How do you know, at the end of a week, that it went well?", ""),
    ("day-recent-project", 3, "What is a recent project you enjoyed, and what was your part in it?",
     ""),
    ("day-team-vs-own-work", 2.5,
     "How do you divide your time between your team and your own work?", "manager"),
    ("day-how-team-ships", 2.5,
     "What tools and practices shape how your team builds and ships its work?", "engineer"),
    ("day-changed-since-start", 2.5,
     "How has your day-to-day changed since you first started as {title}?", ""),
    ("day-remote-hybrid", 2, "How does your team make remote or hybrid work actually work?",
     "remote"),
))

_SKILLS = _questions(Category.SKILLS, (
    ("skills-most-important", 3, "Which skills mattered most in getting the job you have now?", ""),
    ("skills-learned-on-job", 2.5,
     "What did you have to learn on the job that no course prepared you for?", ""),
    ("skills-underrated", 2, "Which skill do you think is most underrated in your field?", ""),
    ("skills-who-thrives", 3,
     "What separates the people who thrive in this work from those who struggle?", ""),
    ("skills-newcomers-miss", 2.5,
     "Which skills do you see newcomers to your field most often missing?", ""),
    ("skills-ways-of-working", 2.5,
     "Beyond technical skills, which ways of working make the biggest difference in your role?",
     ""),
    ("skills-keep-current", 2, "How do you keep your own skills current?", ""),
    ("skills-lasting-technical", 3,
     "Which technical skills have held their value over your career, and which faded fastest?",
     "engineer"),
    ("skills-leading-people", 3,
     "What did you have to learn to lead people well that nobody taught you?", "manager"),
    ("skills-transferable", 3, "Which skills from other fields transfer best into this work?",
     "career-changer"),
    ("skills-while-studying", 2.5,
     "What would you focus on learning if you were still studying and heading into your field?",
     "student"),
    ("skills-senior-difference", 3,
     "What distinguishes a strong senior person in your field from a good mid-level one?",
     "senior"),
))

_TRENDS = _questions(Category.TRENDS, (
    ("trends-how-changing", 3, "How is your field changing, and what is driving it?", ""),
    ("trends-biggest-challenges", 3,
     "What are the biggest challenges your part of the industry faces right now?", ""),
    ("trends-five-years", 3,
     "Where do you expect this work to be in five years, and what will matter more then?", ""),
    ("trends-ai-automation", 3,
     "How are AI and automation changing the work you and your colleagues do?", ""),
    ("trends-growing-areas", 2.5,
     "Which parts of the field do you see growing, and which are underserved?", ""),
    ("trends-overhyped", 2.5,
     "Which trend in your field do you think is overhyped, and which is underrated?", ""),
    ("trends-people-served", 2.5, "How are the needs of the people you serve changing?", ""),
    ("trends-unseen-challenge", 3,
     "Which challenges at {organisation} are hard to see from the outside?", ""),
    ("trends-funding-climate", 3,
     "How does the funding climate shape the choices your organisation makes today?", "startup"),
    ("trends-rules-standards", 2.5,
     "How do rules, standards or regulation shape the way your work gets done?", ""),
))

_CULTURE = _questions(Category.CULTURE, (
    ("culture-to-a-friend", 3, "How would you describe the culture at {organisation} to a friend?",
     ""),
    ("culture-values-in-decisions", 3,
     "Which values show up in how decisions actually get made where you work?", ""),
    ("culture-management-style", 2.5,
     "What management style has helped you do your best work?", ""),
    ("culture-feedback", 2.5, "How do people give and receive feedback on your team?", ""),
    ("culture-who-fits", 2.5,
     "What kind of person thrives in your organisation, and who tends to struggle?", ""),
    ("culture-how-changed", 2.5,
     "How has the culture changed since you joined, and what drove that?", ""),
    ("culture-workload", 2.5,
     "How do people in your field handle workload and balance over the long run?", ""),
    ("culture-startup-vs-large", 3,
     "How does working at a startup compare with the larger organisations you know?", "startup"),
    ("culture-recognition", 2, "What kind of work gets noticed and recognised where you are?", ""),
    ("culture-good-enough", 2.5, "How does your team decide what is good enough to ship?",
     "engineer"),
    ("culture-building-trust", 2.5, "How do you build trust within a team you lead?", "manager"),
))

_ADVICE = _questions(Category.ADVICE, (
    ("advice-job-hunting", 3,
     "What advice would you give someone looking for work in your field right now?", ""),
    ("advice-starting-today", 3,
     "If you were starting out in this field today, what would you do first?", ""),
    ("advice-wish-known", 2.5, "What do you wish someone had told you earlier in your career?", ""),
    ("advice-common-mistakes", 2.5,
     "What mistakes do you see people make when trying to break into this work?", ""),
    ("advice-stand-out", 3, "What makes a newcomer to the field stand out to you?", ""),
    ("advice-test-the-fit", 3,
     "How could someone test whether this work suits them before committing to it?", ""),
    ("advice-mid-career-move", 3,
     "What would you tell someone moving into this field mid-career?", "career-changer"),
    ("advice-final-years", 2.5,
     "How would you use the final years of a degree to prepare for this work?", "student"),
    ("advice-senior-move", 3,
     "What advice would you give a senior professional weighing a move into your industry?",
     "experienced"),
    ("advice-entry-points", 3,
     "Which roles make the best entry points into this kind of work, and why?", ""),
    ("advice-good-teams", 2.5,
     "How can someone tell from the outside which teams are good to work in?", ""),
))

_ORGANISATIONS = _questions(Category.ORGANISATIONS, (
    ("organisations-associations", 2.5,
     "Which professional associations or groups would you recommend joining, and why?", ""),
    ("organisations-events", 2.5,
     "Which conferences, meetups or events have been most worth your time?", ""),
    ("organisations-online", 2, "Where do people in your field gather online to share ideas?", ""),
    ("organisations-admired", 3,
     "Which other organisations do you admire for their work in your field, and why?", ""),
    ("organisations-volunteer", 2.5,
     "Where could someone volunteer or contribute to build relevant experience?", ""),
    ("organisations-local", 2.5,
     "Which local groups or gatherings help people get to know others in this field?", ""),
    ("organisations-student-groups", 2,
     "Which student or alumni groups have you seen make a real difference?", "student graduate"),
    ("organisations-founder-groups", 2.5,
     "Which founder communities or startup events would you point someone to?", "startup"),
))

_RESOURCES = _questions(Category.RESOURCES, (
    ("resources-keep-up", 2,
     "What do you read, listen to or follow to keep up with the field?", ""),
    ("resources-changed-thinking", 2,
     "Which book or article changed how you think about your work?", ""),
    ("resources-courses", 2.5,
     "Which courses, certifications or training were worth it, and which were not?", ""),
    ("resources-learn-from", 2,
     "Whose work or writing in the field do you learn the most from?", ""),
    ("resources-honest-picture", 2,
     "Which newsletters or podcasts give the most honest picture of your field?", ""),
    ("resources-tools-first", 2, "Which tools would you learn first if you were starting today?",
     "engineer"),
    ("resources-codebases", 2.5,
     "Which open-source projects are worth studying to learn good practice?", "engineer"),
    ("resources-managing", 2, "What has helped you most in learning to manage people?", "manager"),
))

_ASSIGNMENTS = _questions(Category.ASSIGNMENTS, (
    ("assignments-help-me-grow", 3,
     "What projects or assignments would help me grow toward work like yours?", ""),
    ("assignments-shows-commitment", 3,
     "What kind of project would show you that someone is serious about this work?", ""),
    ("assignments-stretched-you", 3,
     "Which assignments early in your career stretched you the most?", ""),
    ("assignments-free-month", 2.5,
     "If you had a free month to build experience for this field, what would you work on?", ""),
    ("assignments-first-months", 2.5,
     "What do people usually take on in their first months in a role like yours?", ""),
    ("assignments-real-practice", 3,
     "What small piece of work would give someone real practice with the problems you solve?",
     "engineer"),
    ("assignments-bridge", 3,
     "What project could bridge experience from another field with the work you do?",
     "career-changer"),
    ("assignments-student-projects", 2.5,
     "Which internships, class projects or research proved most valuable for people you hired?",
     "student graduate"),
))

# Seed 001 §3: the two asks every informational interview ends with.
ASKS = _questions(Category.ASKS, (
    ("asks-opportunities", 1.5,
     "Have you heard of any current or upcoming opportunities that match my goals and skills?",
     ""),
    ("asks-people", 1.5,
     "Can you recommend two or three other people I could talk with about this field?", ""),
))

QUESTION_BANK: tuple[Question, ...] = (
    _PATH + _DAY + _SKILLS + _TRENDS + _CULTURE + _ADVICE + _ORGANISATIONS + _RESOURCES
    + _ASSIGNMENTS + STAGE_QUESTIONS + ASKS
)

# A tag fits a person when one of its phrases appears in what I know about them or my goal.
TAG_PHRASES: dict[str, tuple[str, ...]] = {
    "manager": ("manager", "management", "director", "head of", "team lead", "leader",
                "supervisor", "vp", "vice president", "chief"),
    "engineer": ("engineer", "engineering", "developer", "programmer", "software", "devops",
                 "architect"),
    "startup": ("startup", "start-up", "founder", "co-founder", "seed", "series a", "venture"),
    "senior": ("senior", "principal", "director", "executive", "vp", "vice president", "chief",
               "partner", "head of"),
    "alumni": ("alumni", "alumnus", "alumna", "alum"),
    "remote": ("remote", "hybrid", "distributed"),
}

# With no stage said (coffeechat me --stage), a question for a stage fits when my goal (or
# an open topic) says it, as questions did before stages were asked.
_EARLY = ("student", "graduate", "graduating", "intern", "internship", "entry-level",
          "entry level", "university", "college")
STAGE_PHRASES: dict[str, tuple[str, ...]] = {
    "student": _EARLY,
    "graduate": _EARLY,
    "career-changer": ("career changer", "career-changer", "career change", "changing careers",
                       "switching careers", "pivot", "transition into", "move into"),
    "experienced": ("experienced", "senior", "executive", "leadership", "mid-career",
                    "years of experience"),
}

# What users type as an open topic, mapped to the category it asks for more of.
CATEGORY_ALIASES: dict[str, Category] = {
    **{category.value: category for category in Category},
    **{category.label.lower(): category for category in Category},
    "career path": Category.PATH, "background": Category.PATH, "how they got there": Category.PATH,
    "usual day": Category.DAY, "typical day": Category.DAY, "day-to-day": Category.DAY,
    "day to day": Category.DAY, "skill": Category.SKILLS, "skills gap": Category.SKILLS,
    "trend": Category.TRENDS, "challenges": Category.TRENDS, "industry": Category.TRENDS,
    "culture": Category.CULTURE, "values": Category.CULTURE,
    "management style": Category.CULTURE, "job hunting": Category.ADVICE,
    "job search": Category.ADVICE, "organizations": Category.ORGANISATIONS,
    "organisation": Category.ORGANISATIONS, "organization": Category.ORGANISATIONS,
    "events": Category.ORGANISATIONS, "associations": Category.ORGANISATIONS,
    "networking events": Category.ORGANISATIONS, "reading": Category.RESOURCES,
    "books": Category.RESOURCES, "courses": Category.RESOURCES,
    "projects": Category.ASSIGNMENTS, "assignment": Category.ASSIGNMENTS,
}
