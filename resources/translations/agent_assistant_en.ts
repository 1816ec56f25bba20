<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../assistant/ui/about.py" line="21"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="28"/>
        <source>A companion for call-center agents: campaigns, customer personas, scripted phrases and a hold timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="34"/>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="35"/>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="36"/>
        <source>Log folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="37"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../assistant/app.py" line="321"/>
        <source>Agent Assistant cannot start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="57"/>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="61"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="66"/>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="71"/>
        <location filename="../../assistant/ui/call_bar.py" line="150"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="72"/>
        <source>Start or end the call: talk time, call flow (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="73"/>
        <source>Start or end call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="74"/>
        <source>+ Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="75"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="76"/>
        <source>Promise a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="77"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="80"/>
        <source>Show the call flow, callbacks and today&apos;s holds (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="82"/>
        <source>Show call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="125"/>
        <source>Not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_bar.py" line="156"/>
        <source>%n required steps left</source>
        <translation>
            <numerusform>%n required step left</numerusform>
            <numerusform>%n required steps left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="122"/>
        <source>Last call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="150"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="157"/>
        <source>on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="159"/>
        <source>no call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallContextBar</name>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="21"/>
        <source>for {customer_name} in phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="22"/>
        <source>Customer name for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="25"/>
        <source>Customer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="393"/>
        <source>Call flow checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="396"/>
        <source>Today&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="397"/>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="398"/>
        <source>Call flo&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="399"/>
        <location filename="../../assistant/ui/call_details.py" line="430"/>
        <source>Call&amp;backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="400"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="430"/>
        <source>Call&amp;backs (%n due)</source>
        <translation>
            <numerusform>Call&amp;backs (%n due)</numerusform>
            <numerusform>Call&amp;backs (%n due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="83"/>
        <source>Reschedule callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="83"/>
        <source>Promise a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="86"/>
        <source>customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="87"/>
        <source>Customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="89"/>
        <source>number or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="90"/>
        <source>Number or reference to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="95"/>
        <source>When the callback is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="98"/>
        <source>what you promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="99"/>
        <source>Note: what you promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="105"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="106"/>
        <source>N&amp;umber / ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="107"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="108"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../assistant/ui/callback_watch.py" line="109"/>
        <source>DUE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="198"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="200"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="201"/>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="202"/>
        <source>&amp;Snooze 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="203"/>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="204"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="205"/>
        <source>The selected callback is made: take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="206"/>
        <source>Remind me of the selected callback in 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="207"/>
        <source>Choose another time for the selected callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPicker</name>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="106"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="107"/>
        <source>The campaign (account) you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="117"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="165"/>
        <source>No campaign installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="168"/>
        <source>%1 · hold check-in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="25"/>
        <source>Check in with a customer on hold at least every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="26"/>
        <source>Check in with a customer on hold at least every %1 s: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="27"/>
        <source>%1 · %2 · %3 · %4 v%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="43"/>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="44"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="45"/>
        <source>Customer moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="46"/>
        <source>Signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="47"/>
        <source>Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="48"/>
        <source>Avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="49"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="50"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="51"/>
        <source>e.g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="59"/>
        <source>%1: cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="98"/>
        <source>%1  (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="108"/>
        <source>Double-click to copy this step&apos;s phrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../assistant/ui/labels.py" line="75"/>
        <source>Enter the customer&apos;s name or a number or reference to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="78"/>
        <source>Enter when the callback is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="79"/>
        <source>The due time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="26"/>
        <source>The details were written to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="30"/>
        <source>The log file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="33"/>
        <source>Something went wrong inside Agent Assistant. Your phrases and hold records are safe. You can keep working; if it happens again, send the log file to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="48"/>
        <source>What you just did was not saved; everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="41"/>
        <location filename="../../assistant/ui/desk_actions.py" line="45"/>
        <location filename="../../assistant/ui/desk_actions.py" line="86"/>
        <source>Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="42"/>
        <source>Check in with held customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="43"/>
        <location filename="../../assistant/ui/desk_actions.py" line="88"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="46"/>
        <location filename="../../assistant/ui/desk_actions.py" line="86"/>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="88"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskChangedBar</name>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="23"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="25"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="41"/>
        <source>%1 was deleted or moved since you opened or saved it. Save puts your version back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="45"/>
        <source>%1 can no longer be read as a file (something else is in its place, or its permissions changed). Use Save as… to keep your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="50"/>
        <source>%1 was changed on disk since you opened or saved it (by another program or person).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="51"/>
        <source>Fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="82"/>
        <source>Include: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="89"/>
        <source>&amp;Remember in Settings for the next phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="96"/>
        <source>Text that will be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="98"/>
        <source>Copy  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="100"/>
        <source>Cancel  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="140"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="141"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="142"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="143"/>
        <location filename="../../assistant/ui/floor.py" line="205"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="144"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="145"/>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="193"/>
        <source>Overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="194"/>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="201"/>
        <source>Not seen for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="203"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="204"/>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="206"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="213"/>
        <source>%1 has not been seen for %2: the program was closed without signing out, the computer is off, or it cannot reach the team folder. What is shown is the last state it published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="222"/>
        <source>%1&apos;s customer has waited %2 past the check-in point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="302"/>
        <source>Team floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="323"/>
        <source>Agents now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="326"/>
        <source>Today&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="327"/>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="328"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="349"/>
        <source>No team folder is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="352"/>
        <source>Set the team folder in Settings (Team floor), or ask IT to set it in the policy file ([team] folder). Agents publish there when &apos;Publish my status to the team floor&apos; is on in their Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="358"/>
        <source>Team folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="366"/>
        <source>Reading the team folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="401"/>
        <source>The team folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="428"/>
        <source>%n agents</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="429"/>
        <source>%n on hold</source>
        <translation>
            <numerusform>%n on hold</numerusform>
            <numerusform>%n on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="430"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="433"/>
        <source>%n not seen</source>
        <translation>
            <numerusform>%n not seen</numerusform>
            <numerusform>%n not seen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../assistant/ui/hotkey.py" line="235"/>
        <source>A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, bind a desktop shortcut to the command &apos;agent-assistant&apos;: it brings the running window forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldBar</name>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="60"/>
        <location filename="../../assistant/ui/hold_bar.py" line="207"/>
        <source>Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="61"/>
        <source>Put the customer on hold, or end the hold (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="62"/>
        <source>Start or end hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="63"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="65"/>
        <source>You spoke to the held customer: restart the countdown (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="67"/>
        <source>Check in with the held customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="71"/>
        <source>Time on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="74"/>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="75"/>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="93"/>
        <source>Check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="94"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="95"/>
        <source>Copy the check-in phrase (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="96"/>
        <source>Copy the check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="207"/>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="214"/>
        <source>check in within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="220"/>
        <source>overdue %1 · reminder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="222"/>
        <source>check in now · %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="226"/>
        <source>check in every %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="239"/>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="353"/>
        <source>%1 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="355"/>
        <source>%1 at least</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="599"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="600"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="601"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="603"/>
        <location filename="../../assistant/ui/editor/forms.py" line="605"/>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="604"/>
        <location filename="../../assistant/ui/editor/forms.py" line="606"/>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="257"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="275"/>
        <source>Check in with the customer on hold (reminder %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="277"/>
        <source>Check in with the customer on hold (reminder %1): on hold for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="282"/>
        <source>Check in with the customer on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="283"/>
        <source>Check in with the customer on hold: on hold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="288"/>
        <source>On hold for %1. Ctrl+Shift+J copies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="286"/>
        <source>On hold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="218"/>
        <source>Call ended with required steps not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="290"/>
        <source>On hold for %1. The tray menu copies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="303"/>
        <source>Callback saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="309"/>
        <location filename="../../assistant/ui/main_window.py" line="316"/>
        <source>Callback due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="30"/>
        <source>A customer was put on hold at %1 (%2 ago) and the hold was not ended before Agent Assistant stopped. It is shown as still running.

Continue this hold, or end it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="38"/>
        <source>A hold was still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="43"/>
        <source>&amp;Continue hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="47"/>
        <source>&amp;End hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="43"/>
        <source>Customer personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="47"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="49"/>
        <source>The customer&apos;s mood: pick one to see how to handle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="88"/>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="225"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="226"/>
        <source>Change the customer&apos;s mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="227"/>
        <source>Every customer mood, to pick another</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/mood_row.py" line="229"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="230"/>
        <source>More customer moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="231"/>
        <source>Every customer mood, those without a button too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../assistant/ui/operations.py" line="133"/>
        <source>Something went wrong (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="121"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="125"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="136"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="145"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="124"/>
        <location filename="../../assistant/ui/editor/window.py" line="135"/>
        <source>(new, #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="188"/>
        <location filename="../../assistant/ui/editor/window.py" line="539"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="189"/>
        <location filename="../../assistant/ui/editor/window.py" line="322"/>
        <location filename="../../assistant/ui/editor/window.py" line="433"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="190"/>
        <location filename="../../assistant/ui/editor/window.py" line="395"/>
        <location filename="../../assistant/ui/editor/window.py" line="444"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="191"/>
        <location filename="../../assistant/ui/editor/window.py" line="307"/>
        <location filename="../../assistant/ui/editor/window.py" line="383"/>
        <location filename="../../assistant/ui/editor/window.py" line="448"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="210"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="265"/>
        <source>Pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="265"/>
        <location filename="../../assistant/ui/editor/window.py" line="275"/>
        <source>e.g. acme-collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="266"/>
        <location filename="../../assistant/ui/editor/window.py" line="276"/>
        <location filename="../../assistant/ui/editor/window.py" line="349"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="266"/>
        <source>e.g. ACME Card Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="267"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="268"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="269"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="270"/>
        <location filename="../../assistant/ui/editor/window.py" line="286"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="275"/>
        <location filename="../../assistant/ui/editor/window.py" line="348"/>
        <location filename="../../assistant/ui/editor/window.py" line="423"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="277"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="278"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="279"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="281"/>
        <location filename="../../assistant/ui/editor/window.py" line="439"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="284"/>
        <source>voice, chat, email (empty: chat and email for non-voice, else voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="300"/>
        <source>Check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="302"/>
        <source>e.g. hold-check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="305"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="305"/>
        <source>e.g. Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="307"/>
        <location filename="../../assistant/ui/editor/window.py" line="383"/>
        <source>phrase ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="312"/>
        <source>Call-flow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="313"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="314"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="315"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="320"/>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="323"/>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="324"/>
        <source>Remove campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="325"/>
        <source>Move campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="348"/>
        <source>e.g. angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <location filename="../../assistant/ui/editor/window.py" line="378"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <location filename="../../assistant/ui/editor/window.py" line="379"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Add tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Remove tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Move tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="362"/>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="366"/>
        <location filename="../../assistant/ui/editor/window.py" line="371"/>
        <location filename="../../assistant/ui/editor/window.py" line="380"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="367"/>
        <source>Add thing to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="368"/>
        <source>Remove thing to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="369"/>
        <source>Move thing to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="396"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="397"/>
        <source>Remove persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="398"/>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="423"/>
        <source>e.g. greet-inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="424"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="426"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="429"/>
        <source>e.g. Hello {customer_name}, about {reason:Billing|Other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="431"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="436"/>
        <source>campaign ids (empty: every campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="442"/>
        <source>voice, chat, email (empty: every channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="444"/>
        <source>persona ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="445"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="445"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="446"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="446"/>
        <source>e.g. ;hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="449"/>
        <source>Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="450"/>
        <source>Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="451"/>
        <source>Move phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="479"/>
        <source>Preview: as the agent sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="504"/>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="506"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="508"/>
        <source>Open installed pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="509"/>
        <location filename="../../assistant/ui/editor/window.py" line="547"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="510"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="511"/>
        <location filename="../../assistant/ui/editor/window.py" line="1144"/>
        <source>Raise version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="512"/>
        <source>Install on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="514"/>
        <source>Publish to the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="516"/>
        <source>Cheat sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="517"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="518"/>
        <location filename="../../assistant/ui/editor/window.py" line="548"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="520"/>
        <location filename="../../assistant/ui/editor/window.py" line="549"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="525"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="536"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="545"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="546"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="550"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="551"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="616"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="621"/>
        <location filename="../../assistant/ui/editor/window.py" line="625"/>
        <location filename="../../assistant/ui/editor/window.py" line="643"/>
        <source>Cannot open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="626"/>
        <source>%1: this is not a campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="653"/>
        <source>Open a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="655"/>
        <source>Campaign packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="665"/>
        <source>Open installed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="665"/>
        <source>Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="703"/>
        <location filename="../../assistant/ui/editor/window.py" line="730"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="718"/>
        <source>The draft could not be checked; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="791"/>
        <source>(pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="791"/>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="806"/>
        <source>Problems to fix: %1. You can save this as a draft, but not install or publish it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="813"/>
        <source>The pack is valid (warnings: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="817"/>
        <source>The pack is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="936"/>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="973"/>
        <source>%1 is a file of the knowledge base in the data folder: writing there would replace it. Choose another file name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1009"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="951"/>
        <location filename="../../assistant/ui/editor/window.py" line="1017"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1026"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1028"/>
        <source>Saved %1 as a draft (it does not validate yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1031"/>
        <source>The file is too large to keep its comments and layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1045"/>
        <source>File deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1046"/>
        <source>%1 was deleted or moved since you opened or saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1047"/>
        <source>Save your version there again, or as another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1048"/>
        <source>&amp;Save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1050"/>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1052"/>
        <source>%1 was changed on disk since you opened or saved it (by another program or person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1056"/>
        <source>Overwrite it with your version (the other changes are lost), or save yours as another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1059"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1064"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1076"/>
        <source>Not saved: %1 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1125"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1127"/>
        <source>Reload %1 as it is on disk? The changes you have not saved are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1153"/>
        <location filename="../../assistant/ui/editor/window.py" line="1171"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1153"/>
        <location filename="../../assistant/ui/editor/window.py" line="1181"/>
        <location filename="../../assistant/ui/editor/window.py" line="1224"/>
        <source>Fix the problems listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1157"/>
        <source>Installed %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1158"/>
        <source>This version of %1 is installed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1181"/>
        <location filename="../../assistant/ui/editor/window.py" line="1186"/>
        <location filename="../../assistant/ui/editor/window.py" line="1207"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1188"/>
        <source>No shared pack folder is set: IT names it in policy.ini, or choose one in Settings (Pack folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1228"/>
        <source>There is no data folder to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1328"/>
        <source>Not signed: %1. Choose your key in Settings (Signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1194"/>
        <source>Published %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1224"/>
        <location filename="../../assistant/ui/editor/window.py" line="1228"/>
        <location filename="../../assistant/ui/editor/window.py" line="1239"/>
        <location filename="../../assistant/ui/editor/window.py" line="1249"/>
        <source>No cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1232"/>
        <source>Cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1243"/>
        <source>Wrote the cheat sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1273"/>
        <source>Restored the changes that were not saved last time: save them or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1291"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1292"/>
        <source>The pack has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1195"/>
        <location filename="../../assistant/ui/editor/window.py" line="1351"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="288"/>
        <source>Hold check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="293"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="295"/>
        <source>120 s at most: a customer on hold is checked on at least every two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="298"/>
        <source>10 to 120 seconds (two minutes at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="309"/>
        <source>Required step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="310"/>
        <source>A call that ends without this step ticked is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Add sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Remove sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Move sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="356"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1244"/>
        <source>Writing the cheat sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1334"/>
        <source>Version %2 of %1 is installed on this computer, and this is version %3: raise the version above %2 first (Raise version, Ctrl+Shift+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1354"/>
        <source>new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1356"/>
        <source>Pack editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1381"/>
        <source>Select a phrase to see it as an agent would paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1387"/>
        <source>Write the phrase text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1397"/>
        <source>%1: drop-down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1402"/>
        <source>%1: starts as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1407"/>
        <source>optional section &apos;%1&apos; (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1432"/>
        <source>Select a campaign to see it as the agent&apos;s window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1456"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1461"/>
        <source>Hold: check in every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1466"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackFolderWatcher</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="592"/>
        <source>Checking the pack folder failed (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="82"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="83"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="84"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="85"/>
        <source>Checking the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="180"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="191"/>
        <source>Installed packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="201"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="202"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="203"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="204"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="212"/>
        <source>Drop pack files (.yaml, .json, .zip) here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="230"/>
        <source>Shared &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="231"/>
        <source>Choose the shared folder packs are installed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="232"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="233"/>
        <source>Look in the shared folder for new packs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="242"/>
        <source>Packs in the shared folder not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="281"/>
        <source>Shared pack folder: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="283"/>
        <source>Shared pack folder: %1 (set by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="285"/>
        <source>Shared pack folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="300"/>
        <source>Shared pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="306"/>
        <source>Checking the shared pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="318"/>
        <source>Shared pack folder checked: nothing new in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="350"/>
        <source>Import packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="352"/>
        <source>Campaign packs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="360"/>
        <source>YAML pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="361"/>
        <source>JSON pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="363"/>
        <source>Export pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="370"/>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="371"/>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="400"/>
        <source>It comes from the shared pack folder (%1): the next start installs it again, unless it is taken out of that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="406"/>
        <source>Remove pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="388"/>
        <source>Remove the pack &apos;%1&apos; (%n phrases)?
Agents&apos; favourites are kept in case it is installed again.</source>
        <translation>
            <numerusform>Remove the pack &apos;%1&apos; (%n phrase)?
Agents&apos; favourites are kept in case it is installed again.</numerusform>
            <numerusform>Remove the pack &apos;%1&apos; (%n phrases)?
Agents&apos; favourites are kept in case it is installed again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="222"/>
        <source>Problems and advice found in pack files are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="224"/>
        <source>Problems and advice found in pack files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="408"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="426"/>
        <source>The built-in pack can be updated but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="441"/>
        <source>Installing: %v of %m phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="455"/>
        <source>Installed %1 version %2, replacing version %3: campaigns %4, personas %5, phrases %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="460"/>
        <source>Installed %1 version %2: campaigns %3, personas %4, phrases %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="464"/>
        <source>See the advice below (the pack works as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="472"/>
        <source>%1 is installed already (%2, exactly this file): nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="480"/>
        <source>%1 is older than the installed version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="487"/>
        <source>%1 was not installed: fix the problems below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="502"/>
        <source>… and %n more: `agent-assistant pack validate %1` lists them all.</source>
        <translation>
            <numerusform>… and %n more: `agent-assistant pack validate %1` lists it.</numerusform>
            <numerusform>… and %n more: `agent-assistant pack validate %1` lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="515"/>
        <source>Pack &apos;%1&apos; version %2 is installed; version %3 is older.

Install the older version anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="518"/>
        <source>Older pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="101"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="102"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="103"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="104"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="105"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="106"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="107"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="108"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="109"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="142"/>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="144"/>
        <location filename="../../assistant/ui/pack_manager.py" line="159"/>
        <source>(built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTools</name>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="105"/>
        <source>&amp;Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="106"/>
        <source>See, import, export and remove campaign packs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackValues</name>
    <message>
        <location filename="../../assistant/ui/labels.py" line="26"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="27"/>
        <location filename="../../assistant/ui/labels.py" line="65"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="28"/>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="29"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="30"/>
        <source>Non-voice (email, chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="31"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="32"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="33"/>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="34"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="35"/>
        <source>Lead generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="36"/>
        <source>Order taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="37"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="38"/>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="39"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="40"/>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="41"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="42"/>
        <location filename="../../assistant/ui/labels.py" line="69"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="46"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="47"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="48"/>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="53"/>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="54"/>
        <source>International 24x7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="58"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="59"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="60"/>
        <source>Empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="61"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="62"/>
        <source>De escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="63"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="64"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="66"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="67"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="68"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="84"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="85"/>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="86"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="87"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteSettings</name>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="16"/>
        <source>Pasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="19"/>
        <source>Copies the phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="20"/>
        <source>Pastes it into the program I came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="25"/>
        <source>None: Ctrl+V everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="29"/>
        <source>Programs that paste with Shift+Insert instead of Ctrl+V (terminals), by window class or program name, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="34"/>
        <source>Expand a&amp;bbreviations (;sorry) typed in any program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="39"/>
        <source>A phrase&apos;s shortcut typed anywhere is replaced by the phrase. Only the last few characters typed are kept in memory, and never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="43"/>
        <source>Switched off by your IT policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="56"/>
        <source>&amp;Enter in the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="57"/>
        <source>Shift+&amp;Insert in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="59"/>
        <source>Enter in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="60"/>
        <source>Programs that paste with Shift+Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="61"/>
        <source>Expand abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="51"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="49"/>
        <location filename="../../assistant/ui/persona_panel.py" line="330"/>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="50"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="61"/>
        <location filename="../../assistant/ui/persona_panel.py" line="283"/>
        <source>Pick the customer&apos;s mood to see what to do and what to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="181"/>
        <source>How to handle this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="182"/>
        <source>How to recognise each customer mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="117"/>
        <source>Search phrases  (Ctrl+K or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="118"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="121"/>
        <source>Enter copy · Ctrl+1…9 · Ctrl+D star · Esc clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="127"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="134"/>
        <source>Preview of the text that will be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="195"/>
        <source>No phrase matches; try fewer or other words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="197"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="199"/>
        <source>%n results (best first)</source>
        <translation>
            <numerusform>%n result (best first)</numerusform>
            <numerusform>%n results (best first)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="203"/>
        <source>Suggested for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="214"/>
        <source>Showing the first %1 of %2 phrases; type to search them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="220"/>
        <source>%n phrases</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="286"/>
        <source>Starred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="286"/>
        <source>Unstarred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseListModel</name>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="181"/>
        <source>%1

Shortcut: %2

Enter or double-click copies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="183"/>
        <source>%1

Enter or double-click copies it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="27"/>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="31"/>
        <source>Phrases say your name and your company. Type them once here; File ▸ Settings changes them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="39"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="40"/>
        <source>as you say it to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="43"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="44"/>
        <source>the company you answer for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="47"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="48"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="51"/>
        <source>Save  (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="55"/>
        <source>Skip  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPaste</name>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="298"/>
        <location filename="../../assistant/ui/paste_setup.py" line="313"/>
        <location filename="../../assistant/ui/paste_setup.py" line="403"/>
        <location filename="../../assistant/ui/paste_setup.py" line="535"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="307"/>
        <location filename="../../assistant/ui/paste_setup.py" line="401"/>
        <source>Pasted into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="347"/>
        <source>Not pasted: %1 was closed. The phrase is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="351"/>
        <source>Not pasted: %1 did not get the focus back (another window has it). The phrase is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="358"/>
        <source>Copied: there was no window to paste into. Paste it with Ctrl+V where you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="364"/>
        <source>Copied, not pasted: your IT policy switches pasting into other programs off. Paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="369"/>
        <source>Copied, not pasted: on Wayland a program may not type into another one. Paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="374"/>
        <source>Copied, not pasted: pasting into other programs is not built in on macOS. Paste it with Cmd+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="378"/>
        <source>Copied, not pasted: this desktop does not let Agent Assistant press keys (the log says why). Paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="82"/>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="83"/>
        <source>Quick search: paste a phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="102"/>
        <source>Search phrases to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="103"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="109"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="116"/>
        <source>Preview of the text that will be pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="208"/>
        <source>Enter pastes into %1 · Ctrl+Enter copies · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="213"/>
        <source>Enter copies · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="242"/>
        <source>Suggested for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="264"/>
        <source>No phrase matches; try fewer or other words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryWords</name>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="21"/>
        <source>Knowledge base recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="29"/>
        <source>The knowledge base was damaged and could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="36"/>
        <source>It was moved aside to %1 and a new one was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="41"/>
        <source>A new one was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="45"/>
        <source>Packs reinstalled: the built-in pack; others: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="50"/>
        <source>Packs reinstalled: the built-in pack only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="55"/>
        <source>Not reinstalled (no usable copy was kept, or its signature is not accepted): %1. Import them again from the pack files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="66"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="76"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was damaged and could not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="86"/>
        <source>It was moved aside to %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="91"/>
        <source>A new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="93"/>
        <source>Your packs were not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="101"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks are kept in a file of their own (%1) and were not affected: nothing of yours was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="109"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks were still in the knowledge base and were moved into the new %1: nothing of yours was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/recovery_notice.py" line="116"/>
        <source>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n records). Anything you did after that backup was made is lost.</source>
        <translation>
            <numerusform>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n record). Anything you did after that backup was made is lost.</numerusform>
            <numerusform>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n records). Anything you did after that backup was made is lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="123"/>
        <source>No usable backup was found: your favourites, phrase usage, holds and callbacks could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="95"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="105"/>
        <source>Same as the company above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="107"/>
        <source>Play a chime at each check-in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108"/>
        <source>Show notifications for holds and callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="109"/>
        <source>Keep the window above other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="110"/>
        <source>Closing the window keeps it in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="111"/>
        <source>Start minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="112"/>
        <source>Start when I sign in (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="120"/>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="121"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="124"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="125"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="126"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="135"/>
        <source>No shared pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="136"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="147"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="161"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="140"/>
        <source>None: publish packs unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="143"/>
        <source>Supervisors: the private key made by &apos;agent-assistant pack keygen&apos;. The pack editor signs each pack it publishes with it. Keep it off the agents&apos; computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="151"/>
        <source>P&amp;ublish my status to the team floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="154"/>
        <source>Your state (idle, on a call, on hold and for how long) and your finished holds, check-ins and calls go to the team folder for your supervisor. Customers&apos; names, numbers and notes never leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="160"/>
        <source>The &apos;team&apos; folder in the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="167"/>
        <source>Your sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="168"/>
        <source>Set by IT (policy.ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="194"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="196"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="197"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="198"/>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="199"/>
        <source>Company for this campai&amp;gn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="201"/>
        <source>Window and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="212"/>
        <source>Quick search &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="225"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="244"/>
        <source>Team floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="250"/>
        <source>Team f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="253"/>
        <source>&amp;Name the team sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="274"/>
        <source>Quick search shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="219"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="221"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="222"/>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="223"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="231"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="234"/>
        <source>&amp;Pack folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="235"/>
        <source>Signing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="270"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="271"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="272"/>
        <source>Campaign for the company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="273"/>
        <source>Company for this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="275"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="276"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="277"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="278"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="324"/>
        <source>Pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="279"/>
        <source>Choose the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="280"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="338"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="281"/>
        <source>Choose the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="282"/>
        <source>Publish my status to the team floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="283"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="331"/>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="284"/>
        <source>Choose the team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="285"/>
        <source>Name the team sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="338"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetMaker</name>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="167"/>
        <source>Making the cheat sheet stopped unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="180"/>
        <source>Agent Assistant could not be started to make the cheat sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="191"/>
        <source>Making the cheat sheet took longer than %1 minutes and was stopped; the file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="237"/>
        <source>Agent or campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="238"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="239"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="240"/>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="241"/>
        <source>Check-ins on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="242"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="273"/>
        <source>Campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="273"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="274"/>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="654"/>
        <source>The pack folder %1 cannot be read (%2); packs there were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="662"/>
        <source>Installed %1 version %2 (was version %3): %n phrases.</source>
        <translation>
            <numerusform>Installed %1 version %2 (was version %3): %n phrase.</numerusform>
            <numerusform>Installed %1 version %2 (was version %3): %n phrases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="666"/>
        <source>Installed %1 version %2: %n phrases.</source>
        <translation>
            <numerusform>Installed %1 version %2: %n phrase.</numerusform>
            <numerusform>Installed %1 version %2: %n phrases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="669"/>
        <location filename="../../assistant/ui/pack_manager.py" line="682"/>
        <source>unknown problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="671"/>
        <source>Skipped %1: %2 (and %n more problems)</source>
        <translation>
            <numerusform>Skipped %1: %2 (and %n more problem)</numerusform>
            <numerusform>Skipped %1: %2 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="674"/>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="683"/>
        <source>%1 is not installed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="692"/>
        <source>A team pack could not be installed; your supervisor can see why in the Pack manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="697"/>
        <source>The team pack folder cannot be reached; new packs are installed once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="701"/>
        <source>Team packs updated: %1.</source>
        <translation>
            <numerusform>Team pack updated: %1.</numerusform>
            <numerusform>Team packs updated: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPublishing</name>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="94"/>
        <source>Team folder offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="99"/>
        <source>The team folder %1 cannot be reached (%2). Your holds and calls are kept on this computer and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="108"/>
        <source>No team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="111"/>
        <source>Publishing to the team floor is on, but no team folder is set: choose one in Settings, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="328"/>
        <source>No holds today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="332"/>
        <source>&lt;b&gt;Today&lt;/b&gt;: %n holds, average %1, longest %2</source>
        <translation>
            <numerusform>&lt;b&gt;Today&lt;/b&gt;: %n hold, average %1, longest %2</numerusform>
            <numerusform>&lt;b&gt;Today&lt;/b&gt;: %n holds, average %1, longest %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="337"/>
        <source>Check-ins: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="340"/>
        <source>Check-ins: %1% on time (%2 of %n)</source>
        <translation>
            <numerusform>Check-ins: %1% on time (%2 of %n)</numerusform>
            <numerusform>Check-ins: %1% on time (%2 of %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assistant/ui/tray.py" line="35"/>
        <source>Agent Assistant tray menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="36"/>
        <location filename="../../assistant/ui/tray.py" line="87"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="43"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="48"/>
        <source>Agent Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="87"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../assistant/ui/menus.py" line="42"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="51"/>
        <source>Copy result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="55"/>
        <source>Star or unstar phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="58"/>
        <source>Copy the check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="60"/>
        <source>Promise a callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="62"/>
        <source>Show call flow, callbacks, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="66"/>
        <source>Chime at reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="70"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="71"/>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="76"/>
        <source>Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="89"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="90"/>
        <source>About Agent Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="91"/>
        <source>Edit packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="92"/>
        <source>Team floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="95"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="104"/>
        <source>Ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="113"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="159"/>
        <source>Persona tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
