<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Refuse them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them as mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them as mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected column &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows without a role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each column hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook (its first sheet is read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file in {encoding}, separated by {separator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is {how}, with {rows} under the header row. Choose a column with the arrow keys, then say below what it holds; columns read as “(ignore)” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}” is now ignored: a field is read from one column only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the role: say below whether the people in the file are mentees or mentors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBoxes</name>
    <message>
        <source>Each consent ticked is dated today (consent text {version}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProgrammeWizard</name>
    <message>
        <source>Try Duo with a demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is made, but this recovery key is not shown again. Without it, a forgotten passphrase locks the programme for good. You can open the programme later with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvPanel</name>
    <message>
        <source>&amp;Attach CV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CV chosen before is no longer there: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CV chosen during this interview ({name}) is no longer there or cannot be read, so it was not kept. Attach it again before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach another CV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}), stored when you save the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}), in the case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CV yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>&amp;Choose the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet (.xlsx or .csv) that lists your mentees and mentors: one person per row, with the column names in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns named as in Duo&apos;s import template are recognised, and so are the usual Dutch and French names (Voornaam, Prénom, Gemeente, Code postal…). On the next page you can say what every other column holds. Nothing is saved until you press Import, and first you will see which rows can be imported and why the others cannot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo could not save the template there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is saved as {name}: a header row with every column Duo reads, and two invented participants as examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import 1 participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n participants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when someone states a preference for matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0470 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. public transport, bike, driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin and right to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of &amp;origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right to work in Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diploma and experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highest diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised in Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of e&amp;xperience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector and occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HR or recruiter profile who can coach any job target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed to a mentee with any job target once the mentee has waited as long as set in Settings, Matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;neralist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs in the six domains (as the candidate sees them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation (the coach&apos;s assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open&amp;ness to feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actively searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees at &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation and qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short profile for the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few sentences in the mentor&apos;s own voice: work, experience, what they offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short p&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;take date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: an intake is saved with a given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this is a mentee or a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual year of birth: expected {low}–{high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Belgian postcode (1000–9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival before the year of birth ({born}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival after this year ({year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number (from abroad: +country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors usually have {minimum} years of experience or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Only fields marked * are required; orange hints ask you to check a value but never stop a save. What you type is kept as a draft on this computer until you save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the draft kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: save the intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget everything typed in this interview since it was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTargetFields</name>
    <message>
        <source>In their words, e.g. “accountant”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Both are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing: the second one is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second one is different from the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works on the programme uses the same passphrase: after the change, tell your colleagues the new one in person. The recovery key stays valid. The new passphrase needs at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase opens the programme. Everyone who works on it uses the same one, so choose something you can tell a colleague in person: a few unrelated words, at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>{ready} ready, {refused} will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported. Go back to check what the columns are read as, or correct the spreadsheet and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused rows are not imported; the reason is beside each. Correct them in the spreadsheet and import it again later: the people imported now will be recognised and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>What the mentee will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no short profile yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this recovery key opens the programme instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo with invented people, so nothing is lost without this key. A real programme shows its own key here, and then it matters: without the passphrase or the recovery key nobody can open the programme, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe, away from this computer. Without the passphrase or this key nobody can open the programme, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo then opens this programme without asking for the passphrase, for anyone using your account on this computer. Lock the computer when you leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use, so Duo asks for the passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe, then print or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>C&amp;opy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participants.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 row was not imported. Correct it in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported. Correct them in the spreadsheet and import the file again: the people imported now will be recognised and skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number} ({name}): {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {number}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store that Duo can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s password store did not accept the key, so Duo will ask for the passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Duo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duo keeps the case files of a mentoring-to-work programme on this computer, encrypted: mentees, mentors, intakes, matches and follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent programmes (Enter opens one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty: you choose a name, a folder and a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing programme folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme made on another computer, shared through a synchronised folder, or restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Duo with a demo programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invented mentees and mentors, to try everything out before the real work starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making {count} invented mentees and mentors…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
