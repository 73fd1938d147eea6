<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>The mentor&apos;s answer — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor has read the mentee&apos;s CV and profile. Do they want to go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee&apos;s answer — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentee has read the mentor&apos;s short profile. Do they want to go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, they want to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No: the match does not go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not, in their words (kept with the match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note why they said no: the reason is kept with the match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Decline the match — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match stops here and the mentee waits again (the wait goes on from where it began). Duo will not propose this pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The m&amp;entor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The me&amp;ntee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the match does not go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note why the match does not go ahead: the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <source>Plan the first meeting — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both said yes. The first meeting takes place at a neutral place (a library, a café, the association&apos;s office), with the coach if they wish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the café of the city library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;coach will be there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where they meet: a neutral place suits best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchReviewWindow</name>
    <message>
        <source>No CV attached. Attach it in the mentee&apos;s case file (Documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose this match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the &amp;mentor receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentee &amp;receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this column: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: {mentee} and {mentor} — Duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the proposal; then ask the mentor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair is already proposed: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee} already has a match proposed or running with another mentor: a mentee has one mentor at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentor} is not accepted as a mentor: finish their screening first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mentee} is not waiting for a match: only an accepted mentee who is not matched yet can be proposed a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingScreen</name>
    <message>
        <source>For &amp;one participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;everyone waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteePreview</name>
    <message>
        <source>When the match is proposed, the mentee receives only this: the mentor&apos;s given name and the short profile written for them. Nothing else about the mentor leaves the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mentee receives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorPreview</name>
    <message>
        <source>When the match is proposed, the mentor receives the mentee&apos;s full CV and the profile below, and nothing else from the case file: no family name, contact details, origin, right to work or notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile the mentor receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CV attached: the mentor would receive the profile only. Attach the CV in the mentee&apos;s case file (Documents) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV: {file} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name: “cagla yil” finds Çağla Yılmaz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of participants shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees and mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Ctrl+N starts a mentee intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches. Escape in the search box clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of 1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Propose for everyone &amp;waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo proposes, for every waiting mentee at once, the pairs with the best total score within every mentor&apos;s free places; a long wait raises a mentee&apos;s priority. Nothing is saved until you confirm a pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants changed since this proposal was worked out. Confirming a pair checks it again; propose again for a fresh proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;irs proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No good match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees with no good match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs proposed: {pairs} for {mentees} waiting mentees; total score {total} (on average {average}). Nothing is saved until you confirm a pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Mentoring Belgium&apos;s quality criteria, ticked by what is recorded. Each line counts the participants or duos it can be judged for: a running duo counts once the criterion can be told (its duration, for instance, once it ends or has lasted long enough). The period counts the duos validated in it and the participants whose status changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who falls short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Who falls short:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose matc&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by a hard rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentee or a mentor on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggestions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best first. Ranked: {ranked}; excluded by a hard rule: {excluded}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor can be suggested: see who is excluded, and why, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentee can be suggested: see who is excluded, and why, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcluded by a hard rule: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown: {name}, {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>Score breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score only proposes: check the pair yourself before you propose it. The weights are set in Programme › Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{component}: {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{component}: fits {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>&amp;Mentees waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors with free p&amp;laces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose {mentor} as the mentor of {mentee} ({score})? The mentee&apos;s path moves to matching. Next, ask the mentor: they receive the mentee&apos;s CV and profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed {mentor} as the mentor of {mentee}. Next: ask the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>&amp;My duos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today lists what needs attention, each item one Enter away from its case: duos without contact for longer than agreed, interim calls and agreements due, first meetings to validate, duos nearing their planned end, final evaluations and outcome follow-ups to record, and candidates waiting too long for a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention in your duos today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Everyone to see the whole programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <source>Validate the duo — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first meeting, the mentor and the mentee each confirm to the coach that they want to go on. Then the duo starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;mentor confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The m&amp;entee confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo starts &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duo starts when both have confirmed. If one of them does not want to go on, decline the match instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingListScreen</name>
    <message>
        <source>Mentees waiting for a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. Highlighted in bold: waiting {threshold} or longer (the threshold is set in Programme › Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and not yet matched, the longest wait first. No waiting threshold is set, so no wait is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;entees waiting for a mentor: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({overdue} waiting {threshold} or longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors &amp;available for a mentee: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
