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
        <location filename="../../assistant/app.py" line="231"/>
        <source>Agent Assistant cannot start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="51"/>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="55"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="60"/>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="65"/>
        <location filename="../../assistant/ui/call_bar.py" line="141"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="66"/>
        <source>Start or end the call: talk time, call flow (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="67"/>
        <source>Start or end call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="68"/>
        <source>+ Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="69"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="70"/>
        <source>Promise a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="71"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="74"/>
        <source>Show the call flow, callbacks and today&apos;s holds (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="76"/>
        <source>Show call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="119"/>
        <source>Not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="116"/>
        <source>Last call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="141"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_bar.py" line="147"/>
        <source>%n steps left</source>
        <translation>
            <numerusform>%n step left</numerusform>
            <numerusform>%n steps left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="147"/>
        <source>on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="150"/>
        <source>no call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallContextBar</name>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="19"/>
        <source>for {customer_name} in phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="20"/>
        <source>Customer name for this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="23"/>
        <source>Customer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="272"/>
        <source>Call flow checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="275"/>
        <source>Today&apos;s holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="276"/>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="277"/>
        <source>Call f&amp;low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="278"/>
        <location filename="../../assistant/ui/call_details.py" line="304"/>
        <source>Call&amp;backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="279"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="304"/>
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
        <location filename="../../assistant/ui/call_details.py" line="135"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="137"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="138"/>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="139"/>
        <source>&amp;Snooze 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="140"/>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="141"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="142"/>
        <source>The selected callback is made: take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="143"/>
        <source>Remind me of the selected callback in 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="144"/>
        <source>Choose another time for the selected callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPicker</name>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="97"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="98"/>
        <source>The campaign (account) you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="108"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="152"/>
        <source>No campaign installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="155"/>
        <source>%1 · hold check-in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="27"/>
        <source>Check in with a customer on hold at least every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="28"/>
        <source>Check in with a customer on hold at least every %1 s: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="29"/>
        <source>%1 · %2 · %3 · %4 v%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="45"/>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="46"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="47"/>
        <source>Customer moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="48"/>
        <source>Signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="49"/>
        <source>Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="50"/>
        <source>Avoid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="51"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="52"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="53"/>
        <source>e.g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="61"/>
        <source>%1: cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="83"/>
        <source>%1  (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="93"/>
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
        <location filename="../../assistant/ui/desk_actions.py" line="46"/>
        <location filename="../../assistant/ui/desk_actions.py" line="50"/>
        <location filename="../../assistant/ui/desk_actions.py" line="93"/>
        <source>Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="47"/>
        <source>Check in with held customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="48"/>
        <location filename="../../assistant/ui/desk_actions.py" line="95"/>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="51"/>
        <location filename="../../assistant/ui/desk_actions.py" line="93"/>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="95"/>
        <source>End call</source>
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
        <location filename="../../assistant/ui/hold_bar.py" line="197"/>
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
        <location filename="../../assistant/ui/hold_bar.py" line="197"/>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="204"/>
        <source>check in within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="210"/>
        <source>overdue %1 · reminder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="212"/>
        <source>check in now · %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="216"/>
        <source>check in every %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="397"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="398"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="399"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="401"/>
        <location filename="../../assistant/ui/editor/forms.py" line="403"/>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="402"/>
        <location filename="../../assistant/ui/editor/forms.py" line="404"/>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="212"/>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="230"/>
        <source>Check in with the customer on hold (reminder %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="232"/>
        <source>Check in with the customer on hold (reminder %1): on hold for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="237"/>
        <source>Check in with the customer on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="238"/>
        <source>Check in with the customer on hold: on hold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="241"/>
        <source>On hold for %1. Ctrl+Shift+J copies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="243"/>
        <source>On hold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="185"/>
        <source>Call ended with required steps not ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="257"/>
        <source>Callback saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="263"/>
        <location filename="../../assistant/ui/main_window.py" line="270"/>
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
    <name>Operations</name>
    <message>
        <location filename="../../assistant/ui/operations.py" line="123"/>
        <source>Something went wrong (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="69"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="73"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="79"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="86"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="52"/>
        <source>(new, #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="94"/>
        <location filename="../../assistant/ui/editor/window.py" line="325"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="95"/>
        <location filename="../../assistant/ui/editor/window.py" line="181"/>
        <location filename="../../assistant/ui/editor/window.py" line="235"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="96"/>
        <location filename="../../assistant/ui/editor/window.py" line="214"/>
        <location filename="../../assistant/ui/editor/window.py" line="240"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="97"/>
        <location filename="../../assistant/ui/editor/window.py" line="165"/>
        <location filename="../../assistant/ui/editor/window.py" line="212"/>
        <location filename="../../assistant/ui/editor/window.py" line="244"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="105"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="140"/>
        <source>Pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="140"/>
        <location filename="../../assistant/ui/editor/window.py" line="150"/>
        <source>e.g. acme-collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="141"/>
        <location filename="../../assistant/ui/editor/window.py" line="151"/>
        <location filename="../../assistant/ui/editor/window.py" line="208"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="141"/>
        <source>e.g. ACME Card Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="142"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="143"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="144"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="145"/>
        <location filename="../../assistant/ui/editor/window.py" line="155"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="150"/>
        <location filename="../../assistant/ui/editor/window.py" line="207"/>
        <location filename="../../assistant/ui/editor/window.py" line="225"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="152"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="153"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="154"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="156"/>
        <source>Hold check-in (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="158"/>
        <source>Check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="160"/>
        <source>e.g. hold-check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="163"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="163"/>
        <source>e.g. Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="165"/>
        <location filename="../../assistant/ui/editor/window.py" line="212"/>
        <source>phrase ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="168"/>
        <source>Required: the call cannot be marked done without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="171"/>
        <source>Call-flow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="172"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="173"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="174"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="179"/>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="182"/>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="183"/>
        <source>Remove campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="184"/>
        <source>Move campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="207"/>
        <source>e.g. angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="209"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="209"/>
        <location filename="../../assistant/ui/editor/window.py" line="210"/>
        <location filename="../../assistant/ui/editor/window.py" line="211"/>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="210"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="211"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="215"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="216"/>
        <source>Remove persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="217"/>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="225"/>
        <source>e.g. greet-inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="226"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="228"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="231"/>
        <source>e.g. Hello {customer_name}, about {reason:Billing|Other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="233"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="238"/>
        <source>campaign ids (empty: every campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="240"/>
        <source>persona ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="241"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="241"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="242"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="242"/>
        <source>e.g. ;hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="245"/>
        <source>Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="246"/>
        <source>Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="247"/>
        <source>Move phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="269"/>
        <source>Preview: as the agent sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="290"/>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="292"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="294"/>
        <source>Open installed pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="295"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="296"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="297"/>
        <location filename="../../assistant/ui/editor/window.py" line="572"/>
        <source>Raise version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="298"/>
        <source>Install on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="300"/>
        <source>Publish to the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="302"/>
        <source>Cheat sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="303"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="304"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="306"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="311"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="322"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="386"/>
        <location filename="../../assistant/ui/editor/window.py" line="390"/>
        <location filename="../../assistant/ui/editor/window.py" line="406"/>
        <source>Cannot open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="391"/>
        <source>%1: this is not a campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="416"/>
        <source>Open a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="418"/>
        <source>Campaign packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="428"/>
        <source>Open installed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="428"/>
        <source>Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="470"/>
        <source>(pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="476"/>
        <source>Problems to fix: %1. You can save this as a draft, but not install or publish it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="483"/>
        <source>The pack is valid (warnings: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="487"/>
        <source>The pack is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="543"/>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="556"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="561"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="563"/>
        <source>Saved %1 as a draft (it does not validate yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="580"/>
        <location filename="../../assistant/ui/editor/window.py" line="598"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="580"/>
        <location filename="../../assistant/ui/editor/window.py" line="607"/>
        <location filename="../../assistant/ui/editor/window.py" line="655"/>
        <source>Fix the problems listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="584"/>
        <source>Installed %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="585"/>
        <source>This version of %1 is installed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="607"/>
        <location filename="../../assistant/ui/editor/window.py" line="612"/>
        <location filename="../../assistant/ui/editor/window.py" line="638"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="614"/>
        <source>No shared pack folder is set: IT names it in policy.ini, or choose one in Settings (Pack folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="622"/>
        <source>Not signed: %1. Choose your key in Settings (Signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="620"/>
        <source>Published %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="655"/>
        <location filename="../../assistant/ui/editor/window.py" line="675"/>
        <source>No cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="659"/>
        <source>Cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="666"/>
        <source>Wrote the cheat sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="703"/>
        <source>Restored the changes that were not saved last time: save them or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="717"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="718"/>
        <source>The pack has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="621"/>
        <location filename="../../assistant/ui/editor/window.py" line="751"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="667"/>
        <source>Writing the cheat sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="754"/>
        <source>new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="756"/>
        <source>Pack editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="779"/>
        <source>Select a phrase to see it as an agent would paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="785"/>
        <source>Write the phrase text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="795"/>
        <source>%1: drop-down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="800"/>
        <source>%1: starts as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="805"/>
        <source>optional section &apos;%1&apos; (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="817"/>
        <source>Select a campaign to see it as the agent&apos;s window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="827"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="832"/>
        <source>Hold: check in every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="838"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackFolderWatcher</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="500"/>
        <source>Checking the pack folder failed (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="74"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="75"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="76"/>
        <source>Installing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="171"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="182"/>
        <source>Installed packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="192"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="193"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="194"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="195"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="203"/>
        <source>Drop pack files (.yaml, .json, .zip) here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="212"/>
        <source>Problems found in pack files are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="213"/>
        <source>Problems found in pack files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="219"/>
        <source>Shared &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="220"/>
        <source>Choose the shared folder packs are installed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="221"/>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="222"/>
        <source>Look in the shared folder for new packs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="259"/>
        <source>Shared pack folder: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="261"/>
        <source>Shared pack folder: %1 (set by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="263"/>
        <source>Shared pack folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="278"/>
        <source>Shared pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="284"/>
        <source>Checking the shared pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="292"/>
        <source>Shared pack folder checked: nothing new in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="316"/>
        <source>Import packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="318"/>
        <source>Campaign packs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="326"/>
        <source>YAML pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="327"/>
        <source>JSON pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="329"/>
        <source>Export pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="336"/>
        <source>Could not export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="337"/>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="354"/>
        <source>Remove pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="357"/>
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
        <location filename="../../assistant/ui/pack_manager.py" line="367"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="385"/>
        <source>The built-in pack can be updated but not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="400"/>
        <source>Installing: %v of %m phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="414"/>
        <source>Installed %1 version %2, replacing version %3: campaigns %4, personas %5, phrases %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="419"/>
        <source>Installed %1 version %2: campaigns %3, personas %4, phrases %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="424"/>
        <source>%1 is older than the installed version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="431"/>
        <source>%1 was not installed: fix the problems below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="442"/>
        <source>Pack &apos;%1&apos; version %2 is installed; version %3 is older.

Install the older version anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="446"/>
        <source>Older pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="93"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="94"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="95"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="96"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="97"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="98"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="99"/>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="100"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="133"/>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="135"/>
        <location filename="../../assistant/ui/pack_manager.py" line="150"/>
        <source>(built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTools</name>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="103"/>
        <source>&amp;Packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="104"/>
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
    <name>PersonaPanel</name>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="54"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="52"/>
        <location filename="../../assistant/ui/persona_panel.py" line="233"/>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="53"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="64"/>
        <source>Pick the customer&apos;s mood to see what to do and what to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="110"/>
        <source>Customer personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="114"/>
        <source>Customer mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="127"/>
        <source>How to handle this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="165"/>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="112"/>
        <source>Search phrases  (Ctrl+K or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="113"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="116"/>
        <source>Enter copy · Ctrl+1…9 · Ctrl+D star · Esc clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="122"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="129"/>
        <source>Preview of the text that will be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="186"/>
        <source>No phrase matches; try fewer or other words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="188"/>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="190"/>
        <source>%n results (best first)</source>
        <translation>
            <numerusform>%n result (best first)</numerusform>
            <numerusform>%n results (best first)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="197"/>
        <source>Suggested for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="204"/>
        <source>Showing the first %1 of %2 phrases; type to search them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="210"/>
        <source>%n phrases</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="276"/>
        <source>Starred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="276"/>
        <source>Unstarred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhraseListModel</name>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="121"/>
        <source>%1

Shortcut: %2

Enter or double-click copies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="123"/>
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
    <name>RecoveryWords</name>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="20"/>
        <source>Knowledge base recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="28"/>
        <source>The knowledge base was damaged and could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="35"/>
        <source>It was moved aside to %1 and a new one was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="40"/>
        <source>A new one was built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="44"/>
        <source>Packs reinstalled: the built-in pack; others: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="49"/>
        <source>Packs reinstalled: the built-in pack only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="54"/>
        <source>Not reinstalled (no usable copy was kept, or its signature is not accepted): %1. Import them again from the pack files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="65"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="75"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was damaged and could not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="85"/>
        <source>It was moved aside to %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="90"/>
        <source>A new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="92"/>
        <source>Your packs were not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="100"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks are kept in a file of their own (%1) and were not affected: nothing of yours was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="108"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks were still in the knowledge base and were moved into the new %1: nothing of yours was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/recovery_notice.py" line="115"/>
        <source>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n records). Anything you did after that backup was made is lost.</source>
        <translation>
            <numerusform>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n record). Anything you did after that backup was made is lost.</numerusform>
            <numerusform>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n records). Anything you did after that backup was made is lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="122"/>
        <source>No usable backup was found: your favourites, phrase usage, holds and callbacks could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="78"/>
        <source>Same as the company above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="80"/>
        <source>Play a chime at each check-in point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="81"/>
        <source>Show notifications for holds and callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="82"/>
        <source>Keep the window above other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="83"/>
        <source>Closing the window keeps it in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="84"/>
        <source>Start minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="85"/>
        <source>Start when I sign in (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="93"/>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="94"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="97"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="103"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108"/>
        <source>No shared pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="109"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="120"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="113"/>
        <source>None: publish packs unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="116"/>
        <source>Supervisors: the private key made by &apos;agent-assistant pack keygen&apos;. The pack editor signs each pack it publishes with it. Keep it off the agents&apos; computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="136"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="138"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="139"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="140"/>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="141"/>
        <source>Company for this campai&amp;gn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="143"/>
        <source>Window and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="154"/>
        <source>Bring-forward &amp;shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="156"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="158"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="159"/>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="160"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="162"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="165"/>
        <source>&amp;Pack folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="166"/>
        <source>Signing &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="193"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="194"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="195"/>
        <source>Campaign for the company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="196"/>
        <source>Company for this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="197"/>
        <source>Bring-forward shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="198"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="199"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="200"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="201"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="242"/>
        <source>Pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="202"/>
        <source>Choose the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="203"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="249"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="204"/>
        <source>Choose the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="249"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="535"/>
        <source>The pack folder %1 cannot be read (%2); packs there were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="543"/>
        <source>Installed %1 version %2 (was version %3): %n phrases.</source>
        <translation>
            <numerusform>Installed %1 version %2 (was version %3): %n phrase.</numerusform>
            <numerusform>Installed %1 version %2 (was version %3): %n phrases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="547"/>
        <source>Installed %1 version %2: %n phrases.</source>
        <translation>
            <numerusform>Installed %1 version %2: %n phrase.</numerusform>
            <numerusform>Installed %1 version %2: %n phrases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="550"/>
        <source>unknown problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="552"/>
        <source>Skipped %1: %2 (and %n more problems)</source>
        <translation>
            <numerusform>Skipped %1: %2 (and %n more problem)</numerusform>
            <numerusform>Skipped %1: %2 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="555"/>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="559"/>
        <source>Campaign packs updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="559"/>
        <source>Campaign packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="562"/>
        <source>From the pack folder %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="229"/>
        <source>No holds today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="233"/>
        <source>&lt;b&gt;Today&lt;/b&gt;: %n holds, average %1, longest %2</source>
        <translation>
            <numerusform>&lt;b&gt;Today&lt;/b&gt;: %n hold, average %1, longest %2</numerusform>
            <numerusform>&lt;b&gt;Today&lt;/b&gt;: %n holds, average %1, longest %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="238"/>
        <source>Check-ins: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="241"/>
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
        <location filename="../../assistant/ui/menus.py" line="44"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="53"/>
        <source>Copy result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="57"/>
        <source>Star or unstar phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="60"/>
        <source>Copy the check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="62"/>
        <source>Promise a callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="64"/>
        <source>Show call flow, callbacks, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="68"/>
        <source>Chime at reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="72"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="73"/>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="78"/>
        <source>Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="83"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="84"/>
        <source>About Agent Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="85"/>
        <source>Edit packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="88"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="94"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="103"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="106"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="128"/>
        <source>Persona tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
