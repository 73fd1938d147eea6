"""The sentences of the demo programme: what coaches write and what participants say.

Plain English on purpose: a demo shows what a coach would type, whatever the language of the
screens around it.
"""

from __future__ import annotations

from desktop.rules.match_steps import DeclinedBy
from storage.records import Decision, Role

# --- people ---------------------------------------------------------------------------------
BRIDGE_JOBS = (
    "warehouse work through a temp agency", "kitchen help in a restaurant", "cleaning work",
    "volunteering at a neighbourhood centre", "interpreting for the welfare office",
)  # fmt: skip
MENTEE_MOTIVATION = (
    "Wants to work again as {job}, as for {years} in {country}.",
    "Wants to learn how employers in {sector} recruit and what they look for in a CV.",
    "Has applied often without an answer; wants feedback on the CV and on interviews.",
    "Wants a first job in Belgium at the level of the diploma and a professional network.",
)
MENTOR_MOTIVATION = (
    "Wants to give something back and help a newcomer into {sector}.",
    "Was mentored at the start of the career and wants to pass it on.",
    "Sees at work how hard it is for newcomers to be invited to a first interview.",
    "Has hired people for years and wants to explain the unwritten rules.",
)
PREFERENCES = (
    "A mentor from the same sector.", "Meetings near the station.", "No preference.",
    "Someone who can also speak English.", "A mentor who has recruited people.",
)  # fmt: skip
NEEDS = (
    "Childcare on Wednesday afternoons.", "Uses a wheelchair: step-free meeting places.",
    "Works night shifts: meetings after 14:00.", "Hearing aid: quiet meeting places.",
)  # fmt: skip
QUALITIES = (
    "patient", "good listener", "honest feedback", "large network", "structured",
    "knows recruitment from the inside", "encouraging", "practical", "experience with newcomers",
)  # fmt: skip
MENTEE_NOTES = (
    "Strong technical background; needs help translating the experience into Belgian job titles.",
    "Very motivated; already applies every week.",
    "Nervous about interviews in Dutch; role play with the mentor would help.",
    "Diploma recognition requested; the answer is expected within a few months.",
    "The CV lists tasks only; it needs a version that shows results.",
)
MENTOR_OFFERS = (
    "I know how recruitment works in my sector and gladly share what I learned.",
    "I have sat on the other side of the table in many job interviews: we can practise yours.",
    "My network in {sector} is large, and I like to open doors.",
)
GENERALIST_OFFER = (
    "I have recruited for many kinds of jobs: your job target need not be mine for me to help."
)
MENTOR_NOTES = (
    "Can take a second mentee once the first duo ends.",
    "Attended the exchange workshop; asked many good questions.",
    "Prefers mentees who live nearby.",
    "Has recruited in the sector for years: good for mentees with a clear job target.",
)
REFUSALS = {
    Role.MENTEE: (
        ("permit", "No right to work in Belgium yet; welcome back once the permit is granted."),
        ("", "The job target is not clear yet: the orientation workshop comes first."),
        ("", "Cannot take part for six months now (a full-time course until the summer)."),
        ("", "Already follows an intensive job-coaching track; two coaches would not help."),
    ),
    Role.MENTOR: (
        ("", "Less than two years of experience in the sector."),
        ("", "Cannot commit to a contact every two weeks for six months."),
        ("", "Wants to recruit for their own company, which the mentoring charter rules out."),
    ),
}
# (hint, referred to, reason); "language" becomes the local language of the mentee's region.
REFERRALS = (
    ("language", "{language} course for adults", "{language} at A1: a course first helps more."),
    ("", "Diploma recognition service", "The diploma needs recognition for jobs at this level."),
    ("", "Intensive job coaching (public employment service)", "Needs more than a mentor."),
    ("", "Career orientation (public employment service)", "The job target is not clear yet."),
)
TOLD = {
    Decision.ACCEPTED: "Told the decision: accepted; finding the right mentor can take weeks.",
    Decision.REFUSED: "Explained the reason for the refusal and what could change it.",
    Decision.REFERRED: "Explained the referral and gave the contact details.",
}

# --- matches ----------------------------------------------------------------------------------
MENTOR_DECLINES = (
    "The job target is far from my own work; someone from that field would help more.",
    "A new project at work takes my evenings until the spring; I cannot start now.",
    "We live too far apart to meet every two weeks.",
    "I already know the mentee from my neighbourhood and would rather keep it that way.",
)
MENTEE_DECLINES = (
    "Would rather have a mentor who works for a large employer.",
    "The mentor's free evenings clash with the language course.",
    "Starts a two-month traineeship next week; asks to be matched again after it.",
    "Would prefer a mentor who lives closer to home.",
)
# (who, why): a pair that met once and did not go on.
AFTER_MEETING_DECLINES = (
    (DeclinedBy.MENTEE, "After the first meeting: hoped for help with vacancies, not CV practice."),
    (DeclinedBy.MENTOR, "After the first meeting: the mentor's field is further from the job "
     "target than it looked on paper."),
    (DeclinedBy.COACH, "After the first meeting: the two could not agree on when to meet."),
)  # fmt: skip
MEETING_PLACES = (
    "the public library of {municipality}",
    "a café near the station of {municipality}",
    "the programme office",
    "the community centre of {municipality}",
)
# What the coach logs in the mentee's contact log as a match goes on.
PRESENTED = "Presented the proposed mentor's short profile."
MENTEE_SAID_NO = "Said no to the proposed mentor; the wait goes on."
MEETING_SENT = "Sent the date and place of the first meeting."
DUO_STARTS = "Both go on after the first meeting: the duo starts."
STOPPED_AFTER_MEETING = "Talked the first meeting over: the match stops here; the wait goes on."
WAITING_NOTE = "Waiting long for a sector match: a generalist (HR) mentor is worth proposing."
GENERALIST_NOTE = "No sector match after a long wait: proposed a generalist (HR) mentor."
# (the note on the path's step, what the coach logged): a mentee who stopped waiting.
WITHDRAWALS = (
    ("Found a job on their own", "Called: found a job through a temp agency and withdraws."),
    ("Full-time training", "Called: starts a full-time training and leaves the waiting list."),
    ("Moved away", "Called: moves to another region; gave the contact of a programme there."),
    ("No longer reachable", "No answer to three calls and an e-mail: closed the wait."),
    ("Tired of waiting", "Called: no longer wants to wait for a mentor; may register again."),
)


def years_text(count: int) -> str:
    """ "1 year", "2 years"."""
    return f"{count} year" if count == 1 else f"{count} years"


def with_article(noun: str) -> str:
    """The noun with "a" or "an" before it."""
    sounds_like_vowel = noun[0].lower() in "aeiou" or noun.split()[0] in {"HR", "IT"}
    return f"{'an' if sounds_like_vowel else 'a'} {noun}"
