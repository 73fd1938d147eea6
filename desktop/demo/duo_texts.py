"""What mentors, mentees and coaches write as a demo duo goes on: session summaries, the
coach's follow-up notes, endings and outcome notes.

A session summary is put together from a small pool: each of the six domains (seed 000) has
a few topics, each with its own goal, plan, work and next steps, so that one summary reads as
one meeting; the check-in and the closing words come from pools of their own. `{job}`,
`{sector}` and `{country}` are filled in with the mentee's job target and origin.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One meeting's subject with the texts of steps 2-4, and what to prepare for it."""

    domain: str  # a code of MEETING_DOMAINS
    topic: str
    goal: str
    plan: str
    work: str
    next_steps: str
    preparation: str


TOPICS = (
    Topic(
        "skills",
        "Strengths from the work as {job} in {country}",
        "Name five strengths, each with an example from work, before the next meeting.",
        "List the tasks of the last two jobs; mark what went well; turn each into a strength.",
        "Went through the last job together: three strengths the CV does not show yet.",
        "The mentee writes the examples down; the mentor reads them before the next meeting.",
        "Bring the list of strengths with one example each.",
    ),
    Topic(
        "skills",
        "Which jobs in {sector} fit the experience",
        "Choose two job titles used in Belgium to search with.",
        "Compare the old job with three Belgian vacancies; keep the titles that fit best.",
        "Read three vacancies side by side; the title used here is not the one from home.",
        "The mentee looks up five vacancies with the chosen titles.",
        "Bring five vacancies that look interesting.",
    ),
    Topic(
        "cv",
        "A CV for employers in {sector}",
        "A CV of at most two pages that shows results, not only tasks, within two weeks.",
        "Start from the strengths list; rewrite the experience; ask a recruiter to read it.",
        "Rewrote the experience section together: every line now starts with a result.",
        "The mentee finishes the CV; the mentor asks a colleague in HR for feedback.",
        "Send the new CV to the mentor two days before.",
    ),
    Topic(
        "cv",
        "The CV for one vacancy as {job}",
        "Adapt the CV to the vacancy and send it before the closing date.",
        "Underline the vacancy's key words; check that the CV answers each of them.",
        "Matched the CV to the vacancy line by line; added the diploma's Belgian equivalent.",
        "The mentee applies this week and tells the mentor when it is sent.",
        "Bring the vacancy and the adapted CV.",
    ),
    Topic(
        "letter",
        "A cover letter for a job as {job}",
        "One cover letter of half a page, ready to adapt to each vacancy.",
        "Write why this employer, why this job, and one example that proves it.",
        "Wrote the first paragraph together; the example from {country} convinces.",
        "The mentee writes the rest; the mentor corrects the Dutch.",
        "Bring the draft of the letter.",
    ),
    Topic(
        "letter",
        "Explaining the gap in the career since arriving",
        "Two sentences about the gap that sound confident, not apologetic.",
        "Name what was learned in these years: the language, volunteering, courses.",
        "Found three things to mention: the language course, the volunteering, the move itself.",
        "The mentee adds the sentences to the letter and the CV.",
        "Say the two sentences out loud once more.",
    ),
    Topic(
        "networking",
        "A LinkedIn profile that recruiters in {sector} find",
        "A complete profile with a photo, a headline and the key words, by next week.",
        "Look at the profiles of three people in the job; copy what works.",
        "Wrote the headline and the summary together; connected with ten people of the sector.",
        "The mentor introduces the mentee to two colleagues on LinkedIn.",
        "Finish the profile and send the link.",
    ),
    Topic(
        "networking",
        "An elevator pitch of thirty seconds",
        "A pitch that says who, what and what next, said without notes.",
        "Write it; say it to the mentor; shorten it; say it again.",
        "Practised the pitch five times; it went from a minute to thirty seconds.",
        "The mentee uses the pitch at the job fair next month.",
        "Practise the pitch on a friend.",
    ),
    Topic(
        "networking",
        "An information interview with someone in {sector}",
        "One conversation with a professional of the sector this month.",
        "The mentor asks a contact; the mentee prepares five questions.",
        "Prepared the questions together: about the job, the sector and how people get in.",
        "The mentor sends the e-mail to the contact; the mentee follows up.",
        "Bring the five questions.",
    ),
    Topic(
        "vacancies",
        "Where vacancies for {job} are published",
        "A list of five job sites and three temp agencies to check every week.",
        "Compare the public employment service, the sector's own sites and the agencies.",
        "Made a weekly routine: two evenings of searching, one application a week.",
        "The mentee registers with two temp agencies.",
        "Bring the vacancies found this fortnight.",
    ),
    Topic(
        "vacancies",
        "Open applications to employers in {sector}",
        "Three open applications to employers nearby within a month.",
        "Choose the employers; find the right person; adapt the letter to each.",
        "Chose three employers together; the mentor knows someone at one of them.",
        "The mentee sends the first open application this week.",
        "Bring the names of the employers and the letter.",
    ),
    Topic(
        "interview",
        "Practising a job interview with the STAR method",
        "Answer the five usual questions with an example in the STAR order.",
        "Role play: the mentor is the recruiter; then feedback; then once more.",
        "Two rounds of role play; the answers got shorter and more concrete.",
        "The mentee writes a STAR example for each of the five questions.",
        "Prepare an answer to 'Tell me about yourself'.",
    ),
    Topic(
        "interview",
        "Preparing the interview at an employer in {sector}",
        "Go to the interview knowing the company, the job and three questions to ask.",
        "Read the website; list the questions; practise the hardest one.",
        "Went through the vacancy and the company; practised questions about salary.",
        "The mentee calls the mentor after the interview.",
        "Tell how the interview went.",
    ),
)
DOMAIN_ORDER = ("skills", "cv", "letter", "networking", "vacancies", "interview")

CHECK_INS = (
    "Busy fortnight: two applications sent and a language exam passed.",
    "Tired after a week of night shifts, but glad to meet.",
    "Good news first: invited to a first interview next week.",
    "Frustrated: no answer to the last six applications.",
    "The children were ill; less time to work on the homework.",
    "Calm week; the homework is done.",
    "Started a short course on Excel at the public library.",
    "A recruiter called back after the open application.",
    "Worried about the residence permit renewal, now sorted.",
    "Motivated: the job fair gave new contacts.",
)
WORKS_WELL = (
    "Clear homework between meetings.",
    "Honest feedback, even when it stings.",
    "The mentor explains how things work here, step by step.",
    "Meeting at the same place and time every two weeks.",
    "The mentee comes prepared.",
    "Short messages between meetings keep things moving.",
    "The role plays: they feel like a real interview.",
)
MISSING = (
    "",
    "",
    "",
    "More time for role play.",
    "A quieter place to meet.",
    "Meetings run late; start on time.",
    "More contacts in the sector.",
    "Feedback on the Dutch in writing.",
)
CONTACT_TOPICS = (
    "A quick call about a vacancy the mentor saw.",
    "Messages about the letter before sending it.",
    "A call after the interview: it went well.",
    "Moved the next meeting by a few days.",
    "The mentor sent the contact details of a colleague.",
    "A question about the salary in an offer.",
)
CONTACT_NEXT_STEPS = (
    "",
    "The mentee applies before Friday.",
    "Talk it through at the next meeting.",
)
# The meeting that closes a duo.
FINAL_TOPIC = "Looking back and ahead: the final meeting"
FINAL_GOAL = "Name what changed since the start and what the mentee does next."
FINAL_WORK = "Went through the goals of the agreement one by one; most are reached."
FINAL_NEXT_STEPS = "The mentee keeps applying; the mentor stays available by e-mail."

# --- the agreement --------------------------------------------------------------------------
KEEP_IN_TOUCH = (
    "WhatsApp between meetings; a call when something urgent comes up.",
    "E-mail for documents, a text message to move a meeting.",
    "A short call in the weeks without a meeting.",
    "Signal messages; the mentee answers within two days.",
)
MENTOR_COMMITMENTS = (
    "Meets every two weeks, reads the CV and letters, opens the network where possible.",
    "Gives honest feedback, shares how recruitment works, introduces to two contacts.",
    "Prepares each meeting, practises interviews, keeps what is said confidential.",
)
MENTEE_COMMITMENTS = (
    "Takes the initiative, prepares each meeting, reports to the coach after each meeting.",
    "Does the homework agreed, applies every week, says early when a meeting cannot go on.",
    "Keeps the agreed appointments, shares vacancies and answers, asks for help in time.",
)
CHARTER_VERSION = "2025-2"

# --- the coach's follow-up ------------------------------------------------------------------
HOW_IT_GOES = (
    "Both are positive; they meet every two weeks and started with the CV.",
    "Going well: the mentee feels heard and the mentor sees progress.",
    "A slow start because of holidays, now at a good rhythm.",
    "Good contact; the mentee applies more and with more confidence.",
    "They work well together; the mentor is impressed by the mentee's persistence.",
)
SMALL_PROBLEMS = (
    "",
    "",
    "Two meetings were moved because of the mentor's work.",
    "The mentee would like more help with Dutch.",
)
SUPPORT = (
    "",
    "",
    "Sent the conversation guide again.",
    "Pointed to the CV workshop next month.",
    "Gave the date of the exchange evening for mentors.",
)
NEXT_ACTIONS = (
    "Check in again in two months.",
    "Call the mentee after the interview.",
    "Send the invitation to the job fair.",
)
# (problems, next action) of a follow-up that flags a concern.
CONCERNS = (
    (
        "The mentee missed two meetings without warning.",
        "Call the mentee; then plan a meeting of the three of us.",
    ),
    (
        "The mentor feels the mentee expects a job from them.",
        "Talk the expectations over with both; go through the charter again.",
    ),
    (
        "No meeting for weeks: the mentor started a new job and has little time.",
        "Ask the mentor whether going on is possible; look for a new rhythm.",
    ),
    (
        "The mentee is discouraged after many refusals and thinks of stopping.",
        "Meet the mentee at the office; look at the support of the partner organisation.",
    ),
)
MEDIATION = (
    "Met both: they do not agree on what the mentoring is for.",
    "Mediation call: the rhythm does not suit either side.",
)

# --- the ending -----------------------------------------------------------------------------
END_NOTES = {
    "planned-end": "Ended as planned after six months; both want to stay in touch.",
    "found-job": "The mentee found a job as {job}: congratulations from the whole team.",
    "training": "The mentee started a full-time training course and has no time left.",
    "mentee-unavailable": "The mentee has to care for a family member and stops for now.",
    "mentor-unavailable": "The mentor moved to another job abroad for a year.",
    "no-fit": "After mediation, both agree the match does not work.",
    "moved": "The mentee moved to another city, too far to meet.",
    "health": "Stopped for health reasons; welcome back later.",
    "no-contact": "No answer from the mentee for weeks despite calls and messages.",
    "other": "Stopped by common agreement.",
}
REOPEN_REASON = "Ended by mistake: the mentee was only away for a family visit."
FEEDBACK_TO_MENTEE = (
    "You learn fast and you never gave up: keep applying with this CV.",
    "Your pitch is strong now; use the network we built.",
    "Thank you for your honesty and preparation at every meeting.",
)
FEEDBACK_TO_MENTOR = (
    "Thank you for your time and your patience with my Dutch.",
    "You opened doors I did not know existed.",
    "Your feedback on the interviews made the difference.",
)

# --- evaluations and outcomes ---------------------------------------------------------------
# Free-text answers by question code; "" leaves the question unanswered.
EVALUATION_TEXTS = {
    "message-to-mentor": (*FEEDBACK_TO_MENTOR, ""),
    "message-to-mentee": (*FEEDBACK_TO_MENTEE, ""),
    "suggestions": (
        "",
        "",
        "More exchange evenings with other duos.",
        "A short training on online interviews.",
        "Start with a meeting of the three of us.",
    ),
    "problems": ("", "", "Finding time in busy weeks.", "Meetings moved several times."),
    "observations": (
        "",
        "A committed duo; the mentee grew in confidence.",
        "Needed some mediation halfway, then went well.",
        "The mentor's network made the difference.",
    ),
}
OUTCOME_NOTES = {
    "employed": ("", "Works as {job}.", "Found the job through the mentor's contact."),
    "training": ("", "Follows a course to have the diploma recognised."),
    "unemployed": ("", "Still applying; two interviews this month."),
    "other": ("", "Moved abroad."),
}
