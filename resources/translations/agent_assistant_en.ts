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
    <name>FillForm</name>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="72"/>
        <source>Include: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../assistant/ui/hotkey.py" line="230"/>
        <source>A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, bind a desktop shortcut to the command &apos;agent-assistant&apos;: it brings the running window forward.</source>
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
        <location filename="../../assistant/ui/main_window.py" line="95"/>
        <source>Customer mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="165"/>
        <source>Search phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="171"/>
        <source>Copy result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="178"/>
        <source>Star or unstar phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="180"/>
        <source>Start/end hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="182"/>
        <source>Check in with held customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="185"/>
        <source>Copy the check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="187"/>
        <source>Start/end call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="188"/>
        <source>Promise a callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="190"/>
        <source>Show call flow, callbacks, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="192"/>
        <source>Chime at reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="196"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="198"/>
        <source>Start hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="200"/>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="203"/>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="207"/>
        <source>Compact mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="210"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="211"/>
        <source>About Agent Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="214"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="216"/>
        <source>Edit packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="222"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="234"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="319"/>
        <source>Persona tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="393"/>
        <source>Copied: %1</source>
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
        <location filename="../../assistant/ui/editor/window.py" line="49"/>
        <source>(new, #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="101"/>
        <location filename="../../assistant/ui/editor/window.py" line="331"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="102"/>
        <location filename="../../assistant/ui/editor/window.py" line="187"/>
        <location filename="../../assistant/ui/editor/window.py" line="241"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="103"/>
        <location filename="../../assistant/ui/editor/window.py" line="220"/>
        <location filename="../../assistant/ui/editor/window.py" line="246"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="104"/>
        <location filename="../../assistant/ui/editor/window.py" line="171"/>
        <location filename="../../assistant/ui/editor/window.py" line="218"/>
        <location filename="../../assistant/ui/editor/window.py" line="250"/>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="112"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="146"/>
        <source>Pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="146"/>
        <location filename="../../assistant/ui/editor/window.py" line="156"/>
        <source>e.g. acme-collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="147"/>
        <location filename="../../assistant/ui/editor/window.py" line="157"/>
        <location filename="../../assistant/ui/editor/window.py" line="214"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="147"/>
        <source>e.g. ACME Card Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="148"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="149"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="150"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="151"/>
        <location filename="../../assistant/ui/editor/window.py" line="161"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="156"/>
        <location filename="../../assistant/ui/editor/window.py" line="213"/>
        <location filename="../../assistant/ui/editor/window.py" line="231"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="158"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="159"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="160"/>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="162"/>
        <source>Hold check-in (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="164"/>
        <source>Check-in phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="166"/>
        <source>e.g. hold-check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="169"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="169"/>
        <source>e.g. Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="171"/>
        <location filename="../../assistant/ui/editor/window.py" line="218"/>
        <source>phrase ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="174"/>
        <source>Required: the call cannot be marked done without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="177"/>
        <source>Call-flow steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="178"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="179"/>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="180"/>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="185"/>
        <source>Call flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="188"/>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="189"/>
        <source>Remove campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="190"/>
        <source>Move campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="213"/>
        <source>e.g. angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="215"/>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="215"/>
        <location filename="../../assistant/ui/editor/window.py" line="216"/>
        <location filename="../../assistant/ui/editor/window.py" line="217"/>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="216"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="217"/>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="221"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="222"/>
        <source>Remove persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="223"/>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="231"/>
        <source>e.g. greet-inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="232"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="234"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="237"/>
        <source>e.g. Hello {customer_name}, about {reason:Billing|Other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="239"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="244"/>
        <source>campaign ids (empty: every campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="246"/>
        <source>persona ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="247"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="247"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="248"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="248"/>
        <source>e.g. ;hi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="251"/>
        <source>Add phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="252"/>
        <source>Remove phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="253"/>
        <source>Move phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="275"/>
        <source>Preview: as the agent sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="296"/>
        <source>New pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="298"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="300"/>
        <source>Open installed pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="301"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="302"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="303"/>
        <location filename="../../assistant/ui/editor/window.py" line="573"/>
        <source>Raise version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="304"/>
        <source>Install on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="306"/>
        <source>Publish to the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="308"/>
        <source>Cheat sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="309"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="310"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="312"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="317"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="328"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="392"/>
        <location filename="../../assistant/ui/editor/window.py" line="396"/>
        <location filename="../../assistant/ui/editor/window.py" line="412"/>
        <source>Cannot open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="397"/>
        <source>%1: this is not a campaign pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="422"/>
        <source>Open a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="424"/>
        <source>Campaign packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="434"/>
        <source>Open installed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="434"/>
        <source>Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="471"/>
        <source>(pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="477"/>
        <source>Problems to fix: %1. You can save this as a draft, but not install or publish it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="484"/>
        <source>The pack is valid (warnings: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="488"/>
        <source>The pack is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="544"/>
        <source>Save pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="557"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="562"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="564"/>
        <source>Saved %1 as a draft (it does not validate yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="580"/>
        <location filename="../../assistant/ui/editor/window.py" line="587"/>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="580"/>
        <location filename="../../assistant/ui/editor/window.py" line="596"/>
        <location filename="../../assistant/ui/editor/window.py" line="630"/>
        <source>Fix the problems listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="589"/>
        <source>Installed %1 version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="596"/>
        <location filename="../../assistant/ui/editor/window.py" line="601"/>
        <location filename="../../assistant/ui/editor/window.py" line="615"/>
        <location filename="../../assistant/ui/editor/window.py" line="619"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="603"/>
        <source>No shared pack folder is set: IT names it in policy.ini, or choose one in Settings (Pack folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="618"/>
        <source>Not signed: %1. Choose your key in Settings (Signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="621"/>
        <source>Published %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="630"/>
        <source>No cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="633"/>
        <source>Cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="637"/>
        <source>Wrote the cheat sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="661"/>
        <source>Restored the changes that were not saved last time: save them or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="675"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="676"/>
        <source>The pack has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="709"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="712"/>
        <source>new pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="714"/>
        <source>Pack editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="728"/>
        <source>Select a phrase to see it as an agent would paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="734"/>
        <source>Write the phrase text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="744"/>
        <source>%1: drop-down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="749"/>
        <source>%1: starts as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="754"/>
        <source>optional section &apos;%1&apos; (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="766"/>
        <source>Select a campaign to see it as the agent&apos;s window shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="776"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="781"/>
        <source>Hold: check in every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="787"/>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackValues</name>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="23"/>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="24"/>
        <location filename="../../assistant/ui/editor/labels.py" line="61"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="25"/>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="26"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="27"/>
        <source>Non-voice (email, chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="28"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="29"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="30"/>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="31"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="32"/>
        <source>Lead generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="33"/>
        <source>Order taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="34"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="35"/>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="36"/>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="37"/>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="38"/>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="39"/>
        <location filename="../../assistant/ui/editor/labels.py" line="65"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="43"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="44"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="45"/>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="49"/>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="50"/>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="54"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="55"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="56"/>
        <source>Empathy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="57"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="58"/>
        <source>De escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="59"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="60"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="62"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="63"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/labels.py" line="64"/>
        <source>Closing</source>
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
</TS>
