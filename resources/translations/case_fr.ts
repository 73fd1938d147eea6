<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentor and the mentee agree at the start, signed by both and by the coach: the duration, how often they are in contact, where they meet, what each of them will do, and the ethics charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the library café, online on Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WhatsApp between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reads the CV, introduces two contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. takes the initiative, reports after meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version signed, e.g. 2026-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ntor signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ment&amp;ee signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in touch by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor &amp;will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee w&amp;ill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics c&amp;harter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned end must come after the start. Check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementSection</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign: the agreement as saved, or blank terms to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the intake (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening dec&amp;ision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a document of this participant (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, for {wait} so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A match is proposed or a duo is running: end it before a new decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePrintMenu</name>
    <message>
        <source>&amp;Intake summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter after screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete &amp;file (GDPR access request)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the screening decision first: the letter tells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter after screening: acceptance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter after screening: refusal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter after screening: referral…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a participant who was erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screening and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that {name} withdrew consent today for: {purpose}? The consent stays in the case file with both dates, as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee} and {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was erased. The erasure log keeps only the date and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>What it was about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWindow</name>
    <message>
        <source>{name} — Duo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, Word (DOCX), OpenDocument (ODT) or pictures, up to {limit} MB. Enter or a double click opens the chosen document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoPage</name>
    <message>
        <source>Pic&amp;k a duo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duo yet. A duo starts when mentor and mentee both confirm after their first meeting: see the Match tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>Change the ending — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duo ended on {day}. Add what was forgotten or came later: the final meeting, the feedback, a better reason. The end day stays: if it is wrong, reopen the duo and end it again on the right day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the duo — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duo was planned to end on {day}. Ending it frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the duo frees the mentor&apos;s place; the ending, the final meeting and the feedback stay in the mentee&apos;s case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Early end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final meeting on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onl&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentor tells the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentee tells the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee &amp;waits for a new mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the &amp;duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the men&amp;tee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the &amp;mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the duo ended early: the reason is kept with the duo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndingSection</name>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;the duo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &amp;the duo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange the ending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a forgotten final meeting or feedback given later; the end day stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;mentee, {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the men&amp;tor, {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the men&amp;tor (erased)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes {name}&apos;s case file for good: the intake, notes, contacts, documents and history. Backups made before today still hold it until they are replaced. The programme&apos;s erasure log keeps only the date and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant asked to be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by mistake or twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type (without the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>{evaluation} — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names}. Questions: {set}, version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab moves to the next question; the arrow keys or Space choose an answer, Delete takes it back. A question left open stays unanswered. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ans&amp;wers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the ans&amp;wers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After one month the coach calls both for the interim evaluation, then keeps in regular contact. Flag a concern when something needs acting on: Today shows it until a later follow-up closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interim call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;diation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it goes, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra support agreed, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w it goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concern needs a next action: say what happens next, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next action cannot be dated before the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Coach follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens a follow-up to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <source>Dec&amp;line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review side &amp;by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the mee&amp;ting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a match: find a mentor to propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; with {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first meeting is on {day}: validate the duo once both confirmed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Session summary — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {names} reported. Tab moves on, Ctrl+Enter saves, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves from any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the library café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Topic, SMART goal and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  The work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Next steps and the next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5  The collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are they? Anything to say first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most important topic today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART &amp;goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific, measurable, dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they worked on, and how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they will work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To prepar&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each prepares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;works:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missi&amp;ng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could be better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics from the six domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five steps are not kept for a short contact: choose Meeting, or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot be dated in the future. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before this duo began ({day}). Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next appointment must come after this meeting. Check its date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the meeting chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meetings and contacts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting logged yet. Ctrl+M logs one from anywhere in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting was logged for this duo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duo has ended: its meetings are kept as they are. The final meeting is part of the ending (Change the ending…); reopen the duo if it ended by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click in the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Delete key in the list does the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDuos</name>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duos of this mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the mentee&apos;s &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter in the note adds it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note; it is dated today and signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome follow-up — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duo ended on {day}. Ask the mentee where they stand 3, 6, 9 and 12 months after the end: funders count jobs on a permanent contract or a fixed term of 6 months or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their job, their training, what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up keeps its month: record another month as a new follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the right &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the desired &amp;sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned &amp;via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mentee&apos;s situation: unemployed, employed, in training or other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Outcomes after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record out&amp;come…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualitySection</name>
    <message>
        <source>Quality criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality criteria of this duo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the duo — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duo ended on {day}. Reopen it only if it ended by mistake: the duo runs again and the mentor&apos;s place is taken again. The ending is kept in the history, marked as reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it ended by mistake (kept with the ending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open the duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note why the duo is reopened: the reason is kept with the ending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Screening decision — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept: the participant waits for a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efer to more suitable support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the words the letter to the candidate will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, or type the service or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this support suits the candidate better now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant goes on the waiting list from the day of the decision; the wait is counted from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the letter says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is told why. This text is shown again when the refusal letter is written, so write it for the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the candidate is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the refusal: the candidate is told it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the candidate is referred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info session: {info} · Intake interview: {intake}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
