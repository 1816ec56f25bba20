<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../assistant/ui/about.py" line="21"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="28"/>
        <source>A companion for call-center agents: campaigns, customer personas, scripted phrases and a hold timer.</source>
        <translation>Un compañero para agentes de centro de llamadas: campañas, perfiles de cliente, frases guionizadas y un temporizador de espera.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="34"/>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="35"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="36"/>
        <source>Log folder: %1</source>
        <translation>Carpeta de registros: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/about.py" line="37"/>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../assistant/app.py" line="321"/>
        <source>Agent Assistant cannot start.

%1</source>
        <translation>Agent Assistant no puede iniciarse.

%1</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="57"/>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="61"/>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="66"/>
        <source>Call status</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="71"/>
        <location filename="../../assistant/ui/call_bar.py" line="150"/>
        <source>Start call</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="72"/>
        <source>Start or end the call: talk time, call flow (Ctrl+L)</source>
        <translation>Iniciar o terminar la llamada: tiempo de conversación, guion (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="73"/>
        <source>Start or end call</source>
        <translation>Iniciar o terminar la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="74"/>
        <source>+ Callback</source>
        <translation>+ Rellamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="75"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation>Prometer una rellamada: nombre, número, cuándo (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="76"/>
        <source>Promise a callback</source>
        <translation>Prometer una rellamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="77"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="80"/>
        <source>Show the call flow, callbacks and today&apos;s holds (Ctrl+I)</source>
        <translation>Mostrar el guion, las rellamadas y las esperas de hoy (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="82"/>
        <source>Show call details</source>
        <translation>Mostrar los detalles de la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="125"/>
        <source>Not ticked: %1</source>
        <translation>Sin marcar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_bar.py" line="156"/>
        <source>%n required steps left</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="122"/>
        <source>Last call %1</source>
        <translation>Duró %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="150"/>
        <source>End call</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="157"/>
        <source>on a call</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_bar.py" line="159"/>
        <source>no call</source>
        <translation>sin llamada</translation>
    </message>
</context>
<context>
    <name>CallContextBar</name>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="21"/>
        <source>for {customer_name} in phrases</source>
        <translation>para {customer_name} en las frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="22"/>
        <source>Customer name for this call</source>
        <translation>Nombre del cliente de esta llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_context.py" line="25"/>
        <source>Customer &amp;name</source>
        <translation>&amp;Nombre del cliente</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="393"/>
        <source>Call flow checklist</source>
        <translation>Lista de pasos del guion</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="396"/>
        <source>Today&apos;s holds</source>
        <translation>Esperas de hoy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="397"/>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="398"/>
        <source>Call flo&amp;w</source>
        <translation>&amp;Guion</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="399"/>
        <location filename="../../assistant/ui/call_details.py" line="430"/>
        <source>Call&amp;backs</source>
        <translation>Rellama&amp;das</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="400"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="430"/>
        <source>Call&amp;backs (%n due)</source>
        <translation>
            <numerusform>Rellama&amp;das (%n vencida)</numerusform>
            <numerusform>Rellama&amp;das (%n vencidas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="83"/>
        <source>Reschedule callback</source>
        <translation>Reprogramar la rellamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="83"/>
        <source>Promise a callback</source>
        <translation>Prometer una rellamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="86"/>
        <source>customer&apos;s name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="87"/>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="89"/>
        <source>number or reference</source>
        <translation>número o referencia</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="90"/>
        <source>Number or reference to call back</source>
        <translation>Número o referencia para devolver la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="95"/>
        <source>When the callback is due</source>
        <translation>Cuándo toca devolver la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="98"/>
        <source>what you promised</source>
        <translation>lo que prometió</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="99"/>
        <source>Note: what you promised</source>
        <translation>Nota: lo que prometió</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="105"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="106"/>
        <source>N&amp;umber / ref</source>
        <translation>Nú&amp;mero / ref.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="107"/>
        <source>&amp;Due</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/callback_dialog.py" line="108"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../assistant/ui/callback_watch.py" line="109"/>
        <source>DUE %1</source>
        <translation>VENCIDA %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="198"/>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="200"/>
        <source>&amp;Add…</source>
        <translation>N&amp;ueva…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="201"/>
        <source>D&amp;one</source>
        <translation>H&amp;echa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="202"/>
        <source>&amp;Snooze 5 min</source>
        <translation>Po&amp;sponer 5 min</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="203"/>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="204"/>
        <source>Promise a callback: name, number, when (Ctrl+B)</source>
        <translation>Prometer una rellamada: nombre, número, cuándo (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="205"/>
        <source>The selected callback is made: take it off the list</source>
        <translation>La rellamada elegida ya está hecha: quitarla de la lista</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="206"/>
        <source>Remind me of the selected callback in 5 minutes</source>
        <translation>Recordarme la rellamada elegida en 5 minutos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="207"/>
        <source>Choose another time for the selected callback</source>
        <translation>Elegir otra hora para la rellamada elegida</translation>
    </message>
</context>
<context>
    <name>CampaignPicker</name>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="106"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="107"/>
        <source>The campaign (account) you are working on</source>
        <translation>La campaña (cuenta) en la que trabaja</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="117"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="165"/>
        <source>No campaign installed.</source>
        <translation>No hay ninguna campaña instalada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/campaign_picker.py" line="168"/>
        <source>%1 · hold check-in %2</source>
        <translation>%1 · avisar cada %2</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="25"/>
        <source>Check in with a customer on hold at least every %1 s</source>
        <translation>Vuelva con el cliente en espera al menos cada %1 s</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="26"/>
        <source>Check in with a customer on hold at least every %1 s: “%2”</source>
        <translation>Vuelva con el cliente en espera al menos cada %1 s: «%2»</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="27"/>
        <source>%1 · %2 · %3 · %4 v%5</source>
        <translation>%1 · %2 · %3 · %4 v%5</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="43"/>
        <source>Call flow</source>
        <translation>Guion de la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="44"/>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="45"/>
        <source>Customer moods</source>
        <translation>Ánimo de los clientes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="46"/>
        <source>Signs:</source>
        <translation>Señales:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="47"/>
        <source>Do:</source>
        <translation>Hacer:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="48"/>
        <source>Avoid:</source>
        <translation>Evitar:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="49"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="50"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="51"/>
        <source>e.g.</source>
        <translation>p. ej.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_pdf.py" line="59"/>
        <source>%1: cheat sheet</source>
        <translation>%1: hoja de referencia</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="98"/>
        <source>%1  (required)</source>
        <translation>%1  (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="108"/>
        <source>Double-click to copy this step&apos;s phrase</source>
        <translation>Doble clic para copiar la frase de este paso</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../assistant/ui/labels.py" line="75"/>
        <source>Enter the customer&apos;s name or a number or reference to call back.</source>
        <translation>Escriba el nombre del cliente o un número o referencia para devolver la llamada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="78"/>
        <source>Enter when the callback is due.</source>
        <translation>Indique cuándo toca devolver la llamada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="79"/>
        <source>The due time needs a time zone.</source>
        <translation>La hora necesita una zona horaria.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="26"/>
        <source>The details were written to:
%1</source>
        <translation>Los detalles se escribieron en:
%1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="30"/>
        <source>The log file could not be written.</source>
        <translation>No se pudo escribir el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="33"/>
        <source>Something went wrong inside Agent Assistant. Your phrases and hold records are safe. You can keep working; if it happens again, send the log file to IT.</source>
        <translation>Algo falló dentro de Agent Assistant. Sus frases y registros de espera están a salvo. Puede seguir trabajando; si vuelve a ocurrir, envíe el archivo de registro a TI.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/crash_dialog.py" line="48"/>
        <source>What you just did was not saved; everything saved before is safe.</source>
        <translation>Lo que acaba de hacer no se guardó; todo lo guardado antes está a salvo.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="41"/>
        <location filename="../../assistant/ui/desk_actions.py" line="45"/>
        <location filename="../../assistant/ui/desk_actions.py" line="86"/>
        <source>Start hold</source>
        <translation>Iniciar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="42"/>
        <source>Check in with held customer</source>
        <translation>Avisar al cliente en espera (sigue en espera)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="43"/>
        <location filename="../../assistant/ui/desk_actions.py" line="88"/>
        <source>Start call</source>
        <translation>Iniciar llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="46"/>
        <location filename="../../assistant/ui/desk_actions.py" line="86"/>
        <source>End hold</source>
        <translation>Terminar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/desk_actions.py" line="88"/>
        <source>End call</source>
        <translation>Terminar llamada</translation>
    </message>
</context>
<context>
    <name>DiskChangedBar</name>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="23"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="25"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="41"/>
        <source>%1 was deleted or moved since you opened or saved it. Save puts your version back.</source>
        <translation>%1 se eliminó o se movió después de que lo abriera o guardara. Guardar vuelve a poner su versión.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="45"/>
        <source>%1 can no longer be read as a file (something else is in its place, or its permissions changed). Use Save as… to keep your version.</source>
        <translation>%1 ya no se puede leer como archivo (hay otra cosa en su lugar, o cambiaron sus permisos). Use Guardar como… para conservar su versión.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/disk_bar.py" line="50"/>
        <source>%1 was changed on disk since you opened or saved it (by another program or person).</source>
        <translation>%1 se modificó en el disco después de que lo abriera o guardara (otro programa u otra persona).</translation>
    </message>
</context>
<context>
    <name>FillForm</name>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="51"/>
        <source>Fill in: %1</source>
        <translation>Completar: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="82"/>
        <source>Include: %1</source>
        <translation>Incluir: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="89"/>
        <source>&amp;Remember in Settings for the next phrases</source>
        <translation>&amp;Recordar en Configuración para las próximas frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="96"/>
        <source>Text that will be copied</source>
        <translation>Texto que se copiará</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="98"/>
        <source>Copy  (Enter)</source>
        <translation>Copiar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="100"/>
        <source>Cancel  (Esc)</source>
        <translation>Cancelar  (Esc)</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="140"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="141"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="142"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="143"/>
        <location filename="../../assistant/ui/floor.py" line="205"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="144"/>
        <source>Next check-in</source>
        <translation>Próxima vuelta con el cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="145"/>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="193"/>
        <source>Overdue %1</source>
        <translation>Retrasada %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="194"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="201"/>
        <source>Not seen for %1</source>
        <translation>Sin noticias desde hace %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="203"/>
        <source>Idle</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="204"/>
        <source>On a call</source>
        <translation>En una llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="206"/>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="213"/>
        <source>%1 has not been seen for %2: the program was closed without signing out, the computer is off, or it cannot reach the team folder. What is shown is the last state it published.</source>
        <translation>No hay noticias de %1 desde hace %2: el programa se cerró sin desconectarse, el ordenador está apagado o no llega a la carpeta del equipo. Se muestra el último estado que publicó.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="222"/>
        <source>%1&apos;s customer has waited %2 past the check-in point.</source>
        <translation>El cliente de %1 lleva %2 esperando después del momento de volver con él.</translation>
    </message>
</context>
<context>
    <name>FloorWindow</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="302"/>
        <source>Team floor</source>
        <translation>Panel del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="323"/>
        <source>Agents now</source>
        <translation>Agentes ahora</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="326"/>
        <source>Today&apos;s holds</source>
        <translation>Esperas de hoy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="327"/>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="328"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="349"/>
        <source>No team folder is set.</source>
        <translation>No hay carpeta del equipo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="352"/>
        <source>Set the team folder in Settings (Team floor), or ask IT to set it in the policy file ([team] folder). Agents publish there when &apos;Publish my status to the team floor&apos; is on in their Settings.</source>
        <translation>Indique la carpeta del equipo en Configuración (Panel del equipo) o pida a TI que la fije en el archivo de directivas ([team] folder). Los agentes publican en ella cuando tienen activado &apos;Publicar mi estado en el panel del equipo&apos; en su Configuración.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="358"/>
        <source>Team folder: %1</source>
        <translation>Carpeta del equipo: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="366"/>
        <source>Reading the team folder…</source>
        <translation>Leyendo la carpeta del equipo…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="401"/>
        <source>The team folder cannot be read: %1</source>
        <translation>No se puede leer la carpeta del equipo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="428"/>
        <source>%n agents</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="429"/>
        <source>%n on hold</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="430"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n retrasada</numerusform>
            <numerusform>%n retrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/floor.py" line="433"/>
        <source>%n not seen</source>
        <translation>
            <numerusform>%n sin noticias</numerusform>
            <numerusform>%n sin noticias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../assistant/ui/hotkey.py" line="235"/>
        <source>A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, bind a desktop shortcut to the command &apos;agent-assistant&apos;: it brings the running window forward.</source>
        <translation>El atajo global solo está integrado en Windows y X11. En Wayland o macOS, asigne un atajo del escritorio al comando &apos;agent-assistant&apos;: trae al frente la ventana abierta.</translation>
    </message>
</context>
<context>
    <name>HoldBar</name>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="60"/>
        <location filename="../../assistant/ui/hold_bar.py" line="207"/>
        <source>Start hold</source>
        <translation>Iniciar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="61"/>
        <source>Put the customer on hold, or end the hold (Ctrl+H)</source>
        <translation>Poner al cliente en espera, o terminar la espera (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="62"/>
        <source>Start or end hold</source>
        <translation>Iniciar o terminar la espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="63"/>
        <source>Check in</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="65"/>
        <source>You spoke to the held customer: restart the countdown (Ctrl+J)</source>
        <translation>Ya habló con el cliente en espera: reinicia la cuenta atrás (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="67"/>
        <source>Check in with the held customer</source>
        <translation>Avisar al cliente en espera (sigue en espera)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="71"/>
        <source>Time on hold</source>
        <translation>Tiempo en espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="74"/>
        <source>Next check-in</source>
        <translation>Próxima vuelta con el cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="75"/>
        <source>HOLD</source>
        <translation>ESPERA</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="93"/>
        <source>Check-in phrase</source>
        <translation>Frase del aviso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="94"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="95"/>
        <source>Copy the check-in phrase (Ctrl+Shift+J)</source>
        <translation>Copiar la frase del aviso (Ctrl+Mayús+J)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="96"/>
        <source>Copy the check-in phrase</source>
        <translation>Copiar la frase del aviso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="207"/>
        <source>End hold</source>
        <translation>Terminar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="214"/>
        <source>check in within %1</source>
        <translation>volver en %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="220"/>
        <source>overdue %1 · reminder %2</source>
        <translation>tarde %1 · aviso %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="222"/>
        <source>check in now · %1 over</source>
        <translation>vuelva ya · +%1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/hold_bar.py" line="226"/>
        <source>check in every %1</source>
        <translation>volver cada %1</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="239"/>
        <source>%1 (not valid)</source>
        <translation>%1 (no válido)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="353"/>
        <source>%1 at most</source>
        <translation>%1 como máximo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="355"/>
        <source>%1 at least</source>
        <translation>%1 como mínimo</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="599"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="600"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="601"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="603"/>
        <location filename="../../assistant/ui/editor/forms.py" line="605"/>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/forms.py" line="604"/>
        <location filename="../../assistant/ui/editor/forms.py" line="606"/>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="257"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="275"/>
        <source>Check in with the customer on hold (reminder %1)</source>
        <translation>Vuelva con el cliente en espera (recordatorio %1)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="277"/>
        <source>Check in with the customer on hold (reminder %1): on hold for %2</source>
        <translation>Vuelva con el cliente en espera (recordatorio %1): lleva %2 en espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="282"/>
        <source>Check in with the customer on hold</source>
        <translation>Vuelva con el cliente en espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="283"/>
        <source>Check in with the customer on hold: on hold for %1</source>
        <translation>Vuelva con el cliente en espera: lleva %1 en espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="288"/>
        <source>On hold for %1. Ctrl+Shift+J copies: %2</source>
        <translation>Lleva %1 en espera. Ctrl+Mayús+J copia: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="286"/>
        <source>On hold for %1.</source>
        <translation>Lleva %1 en espera.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="218"/>
        <source>Call ended with required steps not ticked: %1</source>
        <translation>Llamada terminada con pasos obligatorios sin marcar: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="290"/>
        <source>On hold for %1. The tray menu copies: %2</source>
        <translation>Lleva %1 en espera. El menú de la bandeja copia: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="303"/>
        <source>Callback saved for %1</source>
        <translation>Rellamada guardada para las %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="309"/>
        <location filename="../../assistant/ui/main_window.py" line="316"/>
        <source>Callback due: %1</source>
        <translation>Rellamada vencida: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="30"/>
        <source>A customer was put on hold at %1 (%2 ago) and the hold was not ended before Agent Assistant stopped. It is shown as still running.

Continue this hold, or end it now?</source>
        <translation>Un cliente quedó en espera a las %1 (hace %2) y la espera no se terminó antes de que Agent Assistant se cerrara. Se muestra como todavía en curso.

¿Seguir con esta espera o terminarla ahora?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="38"/>
        <source>A hold was still running</source>
        <translation>Una espera seguía en curso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="43"/>
        <source>&amp;Continue hold</source>
        <translation>&amp;Seguir la espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/restart.py" line="47"/>
        <source>&amp;End hold</source>
        <translation>&amp;Terminar la espera</translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="43"/>
        <source>Customer personas</source>
        <translation>Perfiles de cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="47"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="49"/>
        <source>The customer&apos;s mood: pick one to see how to handle it</source>
        <translation>El ánimo del cliente: elija uno para ver cómo tratarlo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="88"/>
        <source>Persona: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="225"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="226"/>
        <source>Change the customer&apos;s mood</source>
        <translation>Cambiar el ánimo del cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="227"/>
        <source>Every customer mood, to pick another</source>
        <translation>Todos los ánimos de cliente, para elegir otro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/mood_row.py" line="229"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="230"/>
        <source>More customer moods</source>
        <translation>Más ánimos de cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/mood_row.py" line="231"/>
        <source>Every customer mood, those without a button too</source>
        <translation>Todos los ánimos de cliente, también los que no tienen botón</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../assistant/ui/operations.py" line="133"/>
        <source>Something went wrong (%1); details are in the log.</source>
        <translation>Algo falló (%1); los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>PackDocument</name>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="121"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="125"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="136"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/document.py" line="145"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="124"/>
        <location filename="../../assistant/ui/editor/window.py" line="135"/>
        <source>(new, #%1)</source>
        <translation>(nuevo, n.º %1)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="188"/>
        <location filename="../../assistant/ui/editor/window.py" line="539"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="189"/>
        <location filename="../../assistant/ui/editor/window.py" line="322"/>
        <location filename="../../assistant/ui/editor/window.py" line="433"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="190"/>
        <location filename="../../assistant/ui/editor/window.py" line="395"/>
        <location filename="../../assistant/ui/editor/window.py" line="444"/>
        <source>Personas</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="191"/>
        <location filename="../../assistant/ui/editor/window.py" line="307"/>
        <location filename="../../assistant/ui/editor/window.py" line="383"/>
        <location filename="../../assistant/ui/editor/window.py" line="448"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="210"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="265"/>
        <source>Pack id</source>
        <translation>Id del paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="265"/>
        <location filename="../../assistant/ui/editor/window.py" line="275"/>
        <source>e.g. acme-collections</source>
        <translation>p. ej. acme-cobranza</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="266"/>
        <location filename="../../assistant/ui/editor/window.py" line="276"/>
        <location filename="../../assistant/ui/editor/window.py" line="349"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="266"/>
        <source>e.g. ACME Card Collections</source>
        <translation>p. ej. Cobranza Tarjetas ACME</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="267"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="268"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="269"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="270"/>
        <location filename="../../assistant/ui/editor/window.py" line="286"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="275"/>
        <location filename="../../assistant/ui/editor/window.py" line="348"/>
        <location filename="../../assistant/ui/editor/window.py" line="423"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="277"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="278"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="279"/>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="281"/>
        <location filename="../../assistant/ui/editor/window.py" line="439"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="284"/>
        <source>voice, chat, email (empty: chat and email for non-voice, else voice)</source>
        <translation>voice, chat, email (vacío: chat y email si no es de voz; si no, voice)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="300"/>
        <source>Check-in phrase</source>
        <translation>Frase del aviso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="302"/>
        <source>e.g. hold-check-in</source>
        <translation>p. ej. seguimiento-espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="305"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="305"/>
        <source>e.g. Opening</source>
        <translation>p. ej. Apertura</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="307"/>
        <location filename="../../assistant/ui/editor/window.py" line="383"/>
        <source>phrase ids, separated by commas</source>
        <translation>ids de frase, separados por comas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="312"/>
        <source>Call-flow steps</source>
        <translation>Pasos del guion</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="313"/>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="314"/>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="315"/>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="320"/>
        <source>Call flow</source>
        <translation>Guion de la llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="323"/>
        <source>Add campaign</source>
        <translation>Añadir campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="324"/>
        <source>Remove campaign</source>
        <translation>Quitar campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="325"/>
        <source>Move campaign</source>
        <translation>Mover campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="348"/>
        <source>e.g. angry</source>
        <translation>p. ej. enojado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <location filename="../../assistant/ui/editor/window.py" line="378"/>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <location filename="../../assistant/ui/editor/window.py" line="379"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Add tip</source>
        <translation>Añadir consejo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Remove tip</source>
        <translation>Quitar consejo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="360"/>
        <source>Move tip</source>
        <translation>Mover consejo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="362"/>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="366"/>
        <location filename="../../assistant/ui/editor/window.py" line="371"/>
        <location filename="../../assistant/ui/editor/window.py" line="380"/>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="367"/>
        <source>Add thing to avoid</source>
        <translation>Añadir algo que evitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="368"/>
        <source>Remove thing to avoid</source>
        <translation>Quitar algo que evitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="369"/>
        <source>Move thing to avoid</source>
        <translation>Mover algo que evitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="396"/>
        <source>Add persona</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="397"/>
        <source>Remove persona</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="398"/>
        <source>Move persona</source>
        <translation>Mover perfil</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="423"/>
        <source>e.g. greet-inbound</source>
        <translation>p. ej. saludo-entrante</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="424"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="426"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="429"/>
        <source>e.g. Hello {customer_name}, about {reason:Billing|Other}</source>
        <translation>p. ej. Hola {customer_name}, sobre {motivo:Facturación|Otro}</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="431"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="436"/>
        <source>campaign ids (empty: every campaign)</source>
        <translation>ids de campaña (vacío: todas las campañas)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="442"/>
        <source>voice, chat, email (empty: every channel)</source>
        <translation>voice, chat, email (vacío: todos los canales)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="444"/>
        <source>persona ids</source>
        <translation>ids de perfil</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="445"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="445"/>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="446"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="446"/>
        <source>e.g. ;hi</source>
        <translation>p. ej. ;hola</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="449"/>
        <source>Add phrase</source>
        <translation>Añadir frase</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="450"/>
        <source>Remove phrase</source>
        <translation>Quitar frase</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="451"/>
        <source>Move phrase</source>
        <translation>Mover frase</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="479"/>
        <source>Preview: as the agent sees it</source>
        <translation>Vista previa: como la ve el agente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="504"/>
        <source>New pack</source>
        <translation>Paquete nuevo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="506"/>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="508"/>
        <source>Open installed pack…</source>
        <translation>Abrir paquete instalado…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="509"/>
        <location filename="../../assistant/ui/editor/window.py" line="547"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="510"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="511"/>
        <location filename="../../assistant/ui/editor/window.py" line="1144"/>
        <source>Raise version</source>
        <translation>Subir la versión</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="512"/>
        <source>Install on this computer</source>
        <translation>Instalar en este equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="514"/>
        <source>Publish to the shared folder</source>
        <translation>Publicar en la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="516"/>
        <source>Cheat sheet PDF…</source>
        <translation>Hoja de referencia en PDF…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="517"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="518"/>
        <location filename="../../assistant/ui/editor/window.py" line="548"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="520"/>
        <location filename="../../assistant/ui/editor/window.py" line="549"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="525"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="536"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="545"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="546"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="550"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="551"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="616"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="621"/>
        <location filename="../../assistant/ui/editor/window.py" line="625"/>
        <location filename="../../assistant/ui/editor/window.py" line="643"/>
        <source>Cannot open the pack</source>
        <translation>No se puede abrir el paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="626"/>
        <source>%1: this is not a campaign pack</source>
        <translation>%1: no es un paquete de campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="653"/>
        <source>Open a pack</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="655"/>
        <source>Campaign packs</source>
        <translation>Paquetes de campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="665"/>
        <source>Open installed pack</source>
        <translation>Abrir paquete instalado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="665"/>
        <source>Pack:</source>
        <translation>Paquete:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="703"/>
        <location filename="../../assistant/ui/editor/window.py" line="730"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="718"/>
        <source>The draft could not be checked; the details are in the log file.</source>
        <translation>No se pudo revisar el borrador; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="791"/>
        <source>(pack)</source>
        <translation>(paquete)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="791"/>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="806"/>
        <source>Problems to fix: %1. You can save this as a draft, but not install or publish it yet.</source>
        <translation>Problemas por corregir: %1. Puede guardarlo como borrador, pero aún no instalarlo ni publicarlo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="813"/>
        <source>The pack is valid (warnings: %1).</source>
        <translation>El paquete es válido (avisos: %1).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="817"/>
        <source>The pack is valid.</source>
        <translation>El paquete es válido.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="936"/>
        <source>Save pack</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="973"/>
        <source>%1 is a file of the knowledge base in the data folder: writing there would replace it. Choose another file name; nothing was written.</source>
        <translation>%1 es un archivo de la base de conocimiento de la carpeta de datos: escribir ahí la reemplazaría. Elija otro nombre de archivo; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1009"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="951"/>
        <location filename="../../assistant/ui/editor/window.py" line="1017"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1026"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1028"/>
        <source>Saved %1 as a draft (it does not validate yet).</source>
        <translation>Guardado %1 como borrador (aún no es válido).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1031"/>
        <source>The file is too large to keep its comments and layout.</source>
        <translation>El archivo es demasiado grande para conservar sus comentarios y su formato.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1045"/>
        <source>File deleted</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1046"/>
        <source>%1 was deleted or moved since you opened or saved it.</source>
        <translation>%1 se eliminó o se movió después de que lo abriera o guardara.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1047"/>
        <source>Save your version there again, or as another file?</source>
        <translation>¿Guardar de nuevo su versión ahí, o como otro archivo?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1048"/>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1050"/>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1052"/>
        <source>%1 was changed on disk since you opened or saved it (by another program or person).</source>
        <translation>%1 se modificó en el disco después de que lo abriera o guardara (otro programa u otra persona).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1056"/>
        <source>Overwrite it with your version (the other changes are lost), or save yours as another file?</source>
        <translation>¿Sobrescribirlo con su versión (se pierden los otros cambios) o guardar la suya como otro archivo?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1059"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1064"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1076"/>
        <source>Not saved: %1 was left as it is.</source>
        <translation>No guardado: %1 se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1125"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1127"/>
        <source>Reload %1 as it is on disk? The changes you have not saved are lost.</source>
        <translation>¿Recargar %1 tal como está en el disco? Se pierden los cambios que no ha guardado.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1153"/>
        <location filename="../../assistant/ui/editor/window.py" line="1171"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1153"/>
        <location filename="../../assistant/ui/editor/window.py" line="1181"/>
        <location filename="../../assistant/ui/editor/window.py" line="1224"/>
        <source>Fix the problems listed below first.</source>
        <translation>Primero corrija los problemas de la lista de abajo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1157"/>
        <source>Installed %1 version %2.</source>
        <translation>Instalado %1, versión %2.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1158"/>
        <source>This version of %1 is installed already.</source>
        <translation>Esta versión de %1 ya está instalada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1181"/>
        <location filename="../../assistant/ui/editor/window.py" line="1186"/>
        <location filename="../../assistant/ui/editor/window.py" line="1207"/>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1188"/>
        <source>No shared pack folder is set: IT names it in policy.ini, or choose one in Settings (Pack folder).</source>
        <translation>No hay carpeta compartida de paquetes: TI la indica en policy.ini, o elija una en Configuración (Carpeta de paquetes).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1228"/>
        <source>There is no data folder to read.</source>
        <translation>No hay carpeta de datos que leer.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1328"/>
        <source>Not signed: %1. Choose your key in Settings (Signing key).</source>
        <translation>Sin firmar: %1. Elija su clave en Configuración (Clave de firma).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1194"/>
        <source>Published %1 to %2.</source>
        <translation>Publicado %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1224"/>
        <location filename="../../assistant/ui/editor/window.py" line="1228"/>
        <location filename="../../assistant/ui/editor/window.py" line="1239"/>
        <location filename="../../assistant/ui/editor/window.py" line="1249"/>
        <source>No cheat sheet</source>
        <translation>Sin hoja de referencia</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1232"/>
        <source>Cheat sheet</source>
        <translation>Hoja de referencia</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1243"/>
        <source>Wrote the cheat sheet %1.</source>
        <translation>Hoja de referencia escrita: %1.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1273"/>
        <source>Restored the changes that were not saved last time: save them or close.</source>
        <translation>Se recuperaron los cambios que no se guardaron la última vez: guárdelos o cierre.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1291"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1292"/>
        <source>The pack has changes that are not saved. Save them?</source>
        <translation>El paquete tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1195"/>
        <location filename="../../assistant/ui/editor/window.py" line="1351"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="288"/>
        <source>Hold check-in</source>
        <translation>Volver con el cliente cada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="293"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="295"/>
        <source>120 s at most: a customer on hold is checked on at least every two minutes</source>
        <translation>120 s como máximo: a un cliente en espera se le atiende de nuevo al menos cada dos minutos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="298"/>
        <source>10 to 120 seconds (two minutes at most)</source>
        <translation>De 10 a 120 segundos (dos minutos como máximo)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="309"/>
        <source>Required step</source>
        <translation>Paso obligatorio</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="310"/>
        <source>A call that ends without this step ticked is flagged.</source>
        <translation>Una llamada que termina sin marcar este paso queda señalada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Add sign</source>
        <translation>Añadir señal</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Remove sign</source>
        <translation>Quitar señal</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="354"/>
        <source>Move sign</source>
        <translation>Mover señal</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="356"/>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1244"/>
        <source>Writing the cheat sheet…</source>
        <translation>Escribiendo la hoja de referencia…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1334"/>
        <source>Version %2 of %1 is installed on this computer, and this is version %3: raise the version above %2 first (Raise version, Ctrl+Shift+V).</source>
        <translation>La versión %2 de %1 está instalada en este equipo, y esta es la versión %3: suba la versión por encima de %2 primero (Subir la versión, Ctrl+Mayús+V).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1354"/>
        <source>new pack</source>
        <translation>paquete nuevo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1356"/>
        <source>Pack editor: %1</source>
        <translation>Editor de paquetes: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1381"/>
        <source>Select a phrase to see it as an agent would paste it.</source>
        <translation>Elija una frase para verla como la pegaría un agente.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1387"/>
        <source>Write the phrase text.</source>
        <translation>Escriba el texto de la frase.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1397"/>
        <source>%1: drop-down (%2)</source>
        <translation>%1: lista desplegable (%2)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1402"/>
        <source>%1: starts as &apos;%2&apos;</source>
        <translation>%1: empieza como «%2»</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1407"/>
        <source>optional section &apos;%1&apos; (ticked)</source>
        <translation>sección opcional «%1» (marcada)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1432"/>
        <source>Select a campaign to see it as the agent&apos;s window shows it.</source>
        <translation>Elija una campaña para verla como la muestra la ventana del agente.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1456"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1461"/>
        <source>Hold: check in every %1 s</source>
        <translation>Espera: volver con el cliente cada %1 s</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/editor/window.py" line="1466"/>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
</context>
<context>
    <name>PackFolderWatcher</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="592"/>
        <source>Checking the pack folder failed (%1); details are in the log.</source>
        <translation>Falló la comprobación de la carpeta de paquetes (%1); los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>PackManagerDialog</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="82"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="83"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="84"/>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="85"/>
        <source>Checking the content…</source>
        <translation>Revisando el contenido…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="180"/>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="191"/>
        <source>Installed packs</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="201"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="202"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="203"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="204"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="212"/>
        <source>Drop pack files (.yaml, .json, .zip) here to import them.</source>
        <translation>Suelte aquí archivos de paquete (.yaml, .json, .zip) para importarlos.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="230"/>
        <source>Shared &amp;folder…</source>
        <translation>Carpeta com&amp;partida…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="231"/>
        <source>Choose the shared folder packs are installed from</source>
        <translation>Elegir la carpeta compartida de la que se instalan los paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="232"/>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="233"/>
        <source>Look in the shared folder for new packs now</source>
        <translation>Buscar ahora paquetes nuevos en la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="242"/>
        <source>Packs in the shared folder not installed</source>
        <translation>Paquetes de la carpeta compartida no instalados</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="281"/>
        <source>Shared pack folder: none</source>
        <translation>Carpeta compartida de paquetes: ninguna</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="283"/>
        <source>Shared pack folder: %1 (set by IT)</source>
        <translation>Carpeta compartida de paquetes: %1 (fijada por TI)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="285"/>
        <source>Shared pack folder: %1</source>
        <translation>Carpeta compartida de paquetes: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="300"/>
        <source>Shared pack folder</source>
        <translation>Carpeta compartida de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="306"/>
        <source>Checking the shared pack folder…</source>
        <translation>Comprobando la carpeta compartida de paquetes…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="318"/>
        <source>Shared pack folder checked: nothing new in %1.</source>
        <translation>Carpeta compartida comprobada: nada nuevo en %1.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="350"/>
        <source>Import packs</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="352"/>
        <source>Campaign packs (%1)</source>
        <translation>Paquetes de campaña (%1)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="360"/>
        <source>YAML pack (%1)</source>
        <translation>Paquete YAML (%1)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="361"/>
        <source>JSON pack (%1)</source>
        <translation>Paquete JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="363"/>
        <source>Export pack</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="370"/>
        <source>Could not export %1: %2</source>
        <translation>No se pudo exportar %1: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="371"/>
        <source>Exported %1 to %2.</source>
        <translation>Exportado %1 a %2.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="400"/>
        <source>It comes from the shared pack folder (%1): the next start installs it again, unless it is taken out of that folder.</source>
        <translation>Viene de la carpeta compartida de paquetes (%1): el próximo inicio lo vuelve a instalar, salvo que se quite de esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="406"/>
        <source>Remove pack</source>
        <translation>Quitar paquete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="388"/>
        <source>Remove the pack &apos;%1&apos; (%n phrases)?
Agents&apos; favourites are kept in case it is installed again.</source>
        <translation>
            <numerusform>¿Quitar el paquete «%1» (%n frase)?
Las favoritas de los agentes se conservan por si se vuelve a instalar.</numerusform>
            <numerusform>¿Quitar el paquete «%1» (%n frases)?
Las favoritas de los agentes se conservan por si se vuelve a instalar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="222"/>
        <source>Problems and advice found in pack files are listed here.</source>
        <translation>Aquí se listan los problemas y consejos encontrados en los archivos de paquete.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="224"/>
        <source>Problems and advice found in pack files</source>
        <translation>Problemas y consejos encontrados en los archivos de paquete</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="408"/>
        <source>Removed %1.</source>
        <translation>Quitado %1.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="426"/>
        <source>The built-in pack can be updated but not removed.</source>
        <translation>El paquete integrado se puede actualizar, pero no quitar.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="441"/>
        <source>Installing: %v of %m phrases</source>
        <translation>Instalando: %v de %m frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="455"/>
        <source>Installed %1 version %2, replacing version %3: campaigns %4, personas %5, phrases %6.</source>
        <translation>Instalado %1, versión %2, en lugar de la versión %3: campañas %4, perfiles %5, frases %6.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="460"/>
        <source>Installed %1 version %2: campaigns %3, personas %4, phrases %5.</source>
        <translation>Instalado %1, versión %2: campañas %3, perfiles %4, frases %5.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="464"/>
        <source>See the advice below (the pack works as it is).</source>
        <translation>Vea los consejos de abajo (el paquete funciona tal como está).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="472"/>
        <source>%1 is installed already (%2, exactly this file): nothing to do.</source>
        <translation>%1 ya está instalado (%2, exactamente este archivo): no hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="480"/>
        <source>%1 is older than the installed version.</source>
        <translation>%1 es más antiguo que la versión instalada.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="487"/>
        <source>%1 was not installed: fix the problems below and try again.</source>
        <translation>%1 no se instaló: corrija los problemas de abajo y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="502"/>
        <source>… and %n more: `agent-assistant pack validate %1` lists them all.</source>
        <translation>
            <numerusform>… y %n más: `agent-assistant pack validate %1` los muestra todos.</numerusform>
            <numerusform>… y %n más: `agent-assistant pack validate %1` los muestra todos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="515"/>
        <source>Pack &apos;%1&apos; version %2 is installed; version %3 is older.

Install the older version anyway?</source>
        <translation>El paquete «%1» tiene instalada la versión %2; la versión %3 es más antigua.

¿Instalar la versión antigua de todos modos?</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="518"/>
        <source>Older pack</source>
        <translation>Paquete más antiguo</translation>
    </message>
</context>
<context>
    <name>PackTableModel</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="101"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="102"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="103"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="104"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="105"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="106"/>
        <source>Personas</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="107"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="108"/>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="109"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="142"/>
        <source>%1 (built in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="144"/>
        <location filename="../../assistant/ui/pack_manager.py" line="159"/>
        <source>(built in)</source>
        <translation>(integrado)</translation>
    </message>
</context>
<context>
    <name>PackTools</name>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="105"/>
        <source>&amp;Packs…</source>
        <translation>&amp;Paquetes…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_tools.py" line="106"/>
        <source>See, import, export and remove campaign packs</source>
        <translation>Ver, importar, exportar y quitar paquetes de campaña</translation>
    </message>
</context>
<context>
    <name>PackValues</name>
    <message>
        <location filename="../../assistant/ui/labels.py" line="26"/>
        <source>Customer service</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="27"/>
        <location filename="../../assistant/ui/labels.py" line="65"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="28"/>
        <source>Technical support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="29"/>
        <source>Collections</source>
        <translation>Cobranza</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="30"/>
        <source>Non-voice (email, chat)</source>
        <translation>Sin voz (correo, chat)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="31"/>
        <source>Survey</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="32"/>
        <source>Relay</source>
        <translation>Retransmisión</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="33"/>
        <source>Donation</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="34"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="35"/>
        <source>Lead generation</source>
        <translation>Captación de clientes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="36"/>
        <source>Order taking</source>
        <translation>Toma de pedidos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="37"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="38"/>
        <source>Banking</source>
        <translation>Banca</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="39"/>
        <source>Healthcare</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="40"/>
        <source>Help desk</source>
        <translation>Mesa de ayuda</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="41"/>
        <source>Insurance</source>
        <translation>Seguros</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="42"/>
        <location filename="../../assistant/ui/labels.py" line="69"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="46"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="47"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="48"/>
        <source>Blended</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="53"/>
        <source>Domestic</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="54"/>
        <source>International 24x7</source>
        <translation>Internacional 24x7</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="58"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="59"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="60"/>
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="61"/>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="62"/>
        <source>De escalation</source>
        <translation>Desescalada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="63"/>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="64"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="66"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="67"/>
        <source>Callback</source>
        <translation>Rellamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="68"/>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="84"/>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="85"/>
        <source>Agent name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="86"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/labels.py" line="87"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
</context>
<context>
    <name>PasteSettings</name>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="16"/>
        <source>Pasting</source>
        <translation>Pegado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="19"/>
        <source>Copies the phrase</source>
        <translation>Copia la frase</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="20"/>
        <source>Pastes it into the program I came from</source>
        <translation>La pega en el programa del que vengo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="25"/>
        <source>None: Ctrl+V everywhere</source>
        <translation>Ninguno: Ctrl+V en todos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="29"/>
        <source>Programs that paste with Shift+Insert instead of Ctrl+V (terminals), by window class or program name, separated by commas.</source>
        <translation>Programas que pegan con Mayús+Insert en lugar de Ctrl+V (terminales), por clase de ventana o nombre de programa, separados por comas.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="34"/>
        <source>Expand a&amp;bbreviations (;sorry) typed in any program</source>
        <translation>E&amp;xpandir abreviaturas (;sorry) escritas en cualquier programa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="39"/>
        <source>A phrase&apos;s shortcut typed anywhere is replaced by the phrase. Only the last few characters typed are kept in memory, and never written anywhere.</source>
        <translation>El atajo de una frase escrito en cualquier programa se sustituye por la frase. Solo los últimos caracteres escritos se guardan en memoria, y nunca se escriben en ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="43"/>
        <source>Switched off by your IT policy.</source>
        <translation>Desactivado por la política de TI.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="56"/>
        <source>&amp;Enter in the window:</source>
        <translation>Intro en la &amp;ventana:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="57"/>
        <source>Shift+&amp;Insert in:</source>
        <translation>Mayús+Insert en e&amp;stos programas:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="59"/>
        <source>Enter in the window</source>
        <translation>Intro en la ventana</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="60"/>
        <source>Programs that paste with Shift+Insert</source>
        <translation>Programas que pegan con Mayús+Insert</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_settings.py" line="61"/>
        <source>Expand abbreviations</source>
        <translation>Expandir abreviaturas</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="51"/>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="49"/>
        <location filename="../../assistant/ui/persona_panel.py" line="330"/>
        <source>Do</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="50"/>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="61"/>
        <location filename="../../assistant/ui/persona_panel.py" line="283"/>
        <source>Pick the customer&apos;s mood to see what to do and what to avoid.</source>
        <translation>Elija el ánimo del cliente para ver qué hacer y qué evitar.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="181"/>
        <source>How to handle this customer</source>
        <translation>Cómo tratar a este cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/persona_panel.py" line="182"/>
        <source>How to recognise each customer mood</source>
        <translation>Cómo reconocer cada ánimo del cliente</translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="117"/>
        <source>Search phrases  (Ctrl+K or /)</source>
        <translation>Buscar frases  (Ctrl+K o /)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="118"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="121"/>
        <source>Enter copy · Ctrl+1…9 · Ctrl+D star · Esc clear</source>
        <translation>Intro copia · Ctrl+1…9 · Ctrl+D favorita · Esc borra</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="127"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="134"/>
        <source>Preview of the text that will be copied</source>
        <translation>Vista previa del texto que se copiará</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="195"/>
        <source>No phrase matches; try fewer or other words</source>
        <translation>Ninguna frase coincide; pruebe con menos palabras o con otras</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="197"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="199"/>
        <source>%n results (best first)</source>
        <translation>
            <numerusform>%n resultado (el mejor primero)</numerusform>
            <numerusform>%n resultados (los mejores primero)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="203"/>
        <source>Suggested for: %1</source>
        <translation>Sugeridas para: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="214"/>
        <source>Showing the first %1 of %2 phrases; type to search them all</source>
        <translation>Se muestran las primeras %1 de %2 frases; escriba para buscar en todas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/phrase_library.py" line="220"/>
        <source>%n phrases</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="286"/>
        <source>Starred: %1</source>
        <translation>Favorita: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_library.py" line="286"/>
        <source>Unstarred: %1</source>
        <translation>Ya no es favorita: %1</translation>
    </message>
</context>
<context>
    <name>PhraseListModel</name>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="181"/>
        <source>%1

Shortcut: %2

Enter or double-click copies it.</source>
        <translation>%1

Atajo: %2

Intro o doble clic la copia.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/phrase_model.py" line="183"/>
        <source>%1

Enter or double-click copies it.</source>
        <translation>%1

Intro o doble clic la copia.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="27"/>
        <source>Welcome to %1</source>
        <translation>Bienvenido a %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="31"/>
        <source>Phrases say your name and your company. Type them once here; File ▸ Settings changes them later.</source>
        <translation>Las frases dicen su nombre y su empresa. Escríbalos una vez aquí; Archivo ▸ Configuración los cambia más adelante.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="39"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="40"/>
        <source>as you say it to customers</source>
        <translation>como se presenta a los clientes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="43"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="44"/>
        <source>the company you answer for</source>
        <translation>la empresa para la que atiende</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="47"/>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="48"/>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="51"/>
        <source>Save  (Enter)</source>
        <translation>Guardar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/first_run.py" line="55"/>
        <source>Skip  (Esc)</source>
        <translation>Omitir  (Esc)</translation>
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
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="307"/>
        <location filename="../../assistant/ui/paste_setup.py" line="401"/>
        <source>Pasted into %1: %2</source>
        <translation>Pegado en %1: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="347"/>
        <source>Not pasted: %1 was closed. The phrase is on the clipboard.</source>
        <translation>No se pegó: %1 se cerró. La frase está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="351"/>
        <source>Not pasted: %1 did not get the focus back (another window has it). The phrase is on the clipboard.</source>
        <translation>No se pegó: %1 no recuperó el foco (lo tiene otra ventana). La frase está en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="358"/>
        <source>Copied: there was no window to paste into. Paste it with Ctrl+V where you want it.</source>
        <translation>Copiado: no había ninguna ventana donde pegar. Péguelo con Ctrl+V donde lo necesite.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="364"/>
        <source>Copied, not pasted: your IT policy switches pasting into other programs off. Paste it with Ctrl+V.</source>
        <translation>Copiado, no pegado: la política de TI desactiva el pegado en otros programas. Péguelo con Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="369"/>
        <source>Copied, not pasted: on Wayland a program may not type into another one. Paste it with Ctrl+V.</source>
        <translation>Copiado, no pegado: en Wayland un programa no puede escribir en otro. Péguelo con Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="374"/>
        <source>Copied, not pasted: pasting into other programs is not built in on macOS. Paste it with Cmd+V.</source>
        <translation>Copiado, no pegado: pegar en otros programas no está integrado en macOS. Péguelo con Cmd+V.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/paste_setup.py" line="378"/>
        <source>Copied, not pasted: this desktop does not let Agent Assistant press keys (the log says why). Paste it with Ctrl+V.</source>
        <translation>Copiado, no pegado: este escritorio no deja que Agent Assistant pulse teclas (el registro dice por qué). Péguelo con Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>QuickSearch</name>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="82"/>
        <source>Quick search</source>
        <translation>Búsqueda rápida</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="83"/>
        <source>Quick search: paste a phrase</source>
        <translation>Búsqueda rápida: pegar una frase</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="102"/>
        <source>Search phrases to paste</source>
        <translation>Buscar frases para pegar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="103"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="109"/>
        <source>Phrases</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="116"/>
        <source>Preview of the text that will be pasted</source>
        <translation>Vista previa del texto que se pegará</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="208"/>
        <source>Enter pastes into %1 · Ctrl+Enter copies · Esc closes</source>
        <translation>Intro pega en %1 · Ctrl+Intro copia · Esc cierra</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="213"/>
        <source>Enter copies · Esc closes</source>
        <translation>Intro copia · Esc cierra</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="242"/>
        <source>Suggested for: %1</source>
        <translation>Sugeridas para: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/quick_search.py" line="264"/>
        <source>No phrase matches; try fewer or other words</source>
        <translation>Ninguna frase coincide; pruebe con menos palabras o con otras</translation>
    </message>
</context>
<context>
    <name>RecoveryWords</name>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="21"/>
        <source>Knowledge base recovered</source>
        <translation>Base de conocimiento recuperada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="29"/>
        <source>The knowledge base was damaged and could not be used (%1).</source>
        <translation>La base de conocimiento estaba dañada y no se podía usar (%1).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="36"/>
        <source>It was moved aside to %1 and a new one was built.</source>
        <translation>Se apartó a %1 y se creó una nueva.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="41"/>
        <source>A new one was built.</source>
        <translation>Se creó una nueva.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="45"/>
        <source>Packs reinstalled: the built-in pack; others: %1.</source>
        <translation>Paquetes reinstalados: el integrado; otros: %1.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="50"/>
        <source>Packs reinstalled: the built-in pack only.</source>
        <translation>Paquetes reinstalados: solo el integrado.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="55"/>
        <source>Not reinstalled (no usable copy was kept, or its signature is not accepted): %1. Import them again from the pack files.</source>
        <translation>Sin reinstalar (no se guardó una copia utilizable, o su firma no se acepta): %1. Vuelva a importarlos desde los archivos de paquete.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="66"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was missing or empty.</source>
        <translation>El archivo que guarda sus propios datos (%1: favoritas, uso de frases, esperas, llamadas y rellamadas) faltaba o estaba vacío.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="76"/>
        <source>The file that keeps your own data (%1: favourites, phrase usage, holds, calls and callbacks) was damaged and could not be used (%2).</source>
        <translation>El archivo que guarda sus propios datos (%1: favoritas, uso de frases, esperas, llamadas y rellamadas) estaba dañado y no se podía usar (%2).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="86"/>
        <source>It was moved aside to %1 and a new one was started.</source>
        <translation>Se apartó a %1 y se empezó uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="91"/>
        <source>A new one was started.</source>
        <translation>Se empezó uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="93"/>
        <source>Your packs were not affected.</source>
        <translation>Sus paquetes no se vieron afectados.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="101"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks are kept in a file of their own (%1) and were not affected: nothing of yours was lost.</source>
        <translation>Sus favoritas, el uso de frases, las esperas, las llamadas y las rellamadas se guardan en un archivo propio (%1) y no se vieron afectados: no se perdió nada suyo.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="109"/>
        <source>Your favourites, phrase usage, holds, calls and callbacks were still in the knowledge base and were moved into the new %1: nothing of yours was lost.</source>
        <translation>Sus favoritas, el uso de frases, las esperas, las llamadas y las rellamadas seguían en la base de conocimiento y se trasladaron al nuevo %1: no se perdió nada suyo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/recovery_notice.py" line="116"/>
        <source>Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 (%n records). Anything you did after that backup was made is lost.</source>
        <translation>
            <numerusform>Sus favoritas, el uso de frases, las esperas y las rellamadas se recuperaron de la copia de seguridad del %1 (%n registro). Lo que hizo después de esa copia se perdió.</numerusform>
            <numerusform>Sus favoritas, el uso de frases, las esperas y las rellamadas se recuperaron de la copia de seguridad del %1 (%n registros). Lo que hizo después de esa copia se perdió.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/recovery_notice.py" line="123"/>
        <source>No usable backup was found: your favourites, phrase usage, holds and callbacks could not be restored.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable: no se pudieron recuperar sus favoritas, el uso de frases, las esperas ni las rellamadas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="95"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="105"/>
        <source>Same as the company above</source>
        <translation>La misma empresa de arriba</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="107"/>
        <source>Play a chime at each check-in point</source>
        <translation>Sonar un aviso cada vez que toque volver con el cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108"/>
        <source>Show notifications for holds and callbacks</source>
        <translation>Mostrar avisos de esperas y rellamadas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="109"/>
        <source>Keep the window above other windows</source>
        <translation>Mantener la ventana sobre las demás</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="110"/>
        <source>Closing the window keeps it in the tray</source>
        <translation>Al cerrar la ventana, sigue en la bandeja</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="111"/>
        <source>Start minimised</source>
        <translation>Iniciar minimizado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="112"/>
        <source>Start when I sign in (Windows)</source>
        <translation>Iniciar al entrar en la sesión (Windows)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="120"/>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="121"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="124"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="125"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="126"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="130"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="135"/>
        <source>No shared pack folder</source>
        <translation>Sin carpeta compartida de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="136"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="147"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="161"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="140"/>
        <source>None: publish packs unsigned</source>
        <translation>Ninguna: publicar los paquetes sin firmar</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="143"/>
        <source>Supervisors: the private key made by &apos;agent-assistant pack keygen&apos;. The pack editor signs each pack it publishes with it. Keep it off the agents&apos; computers.</source>
        <translation>Supervisores: la clave privada creada con «agent-assistant pack keygen». El editor de paquetes firma con ella cada paquete que publica. No la deje en los equipos de los agentes.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="151"/>
        <source>P&amp;ublish my status to the team floor</source>
        <translation>P&amp;ublicar mi estado en el panel del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="154"/>
        <source>Your state (idle, on a call, on hold and for how long) and your finished holds, check-ins and calls go to the team folder for your supervisor. Customers&apos; names, numbers and notes never leave this computer.</source>
        <translation>Su estado (libre, en llamada, en espera y desde cuándo) y sus esperas, vueltas con el cliente y llamadas terminadas van a la carpeta del equipo para su supervisor. Los nombres, números y notas de los clientes nunca salen de este ordenador.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="160"/>
        <source>The &apos;team&apos; folder in the pack folder</source>
        <translation>La carpeta &apos;team&apos; de la carpeta de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="167"/>
        <source>Your sign-in name</source>
        <translation>Su nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="168"/>
        <source>Set by IT (policy.ini)</source>
        <translation>Fijado por TI (policy.ini)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="194"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="196"/>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="197"/>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="198"/>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="199"/>
        <source>Company for this campai&amp;gn:</source>
        <translation>Empresa para esta campa&amp;ña:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="201"/>
        <source>Window and alerts</source>
        <translation>Ventana y avisos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="212"/>
        <source>Quick search &amp;shortcut:</source>
        <translation>&amp;Atajo de búsqueda rápida:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="225"/>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="244"/>
        <source>Team floor</source>
        <translation>Panel del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="250"/>
        <source>Team f&amp;older:</source>
        <translation>Carpeta del e&amp;quipo:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="253"/>
        <source>&amp;Name the team sees:</source>
        <translation>Nom&amp;bre para el equipo:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="274"/>
        <source>Quick search shortcut</source>
        <translation>Atajo de búsqueda rápida</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="219"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="221"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="222"/>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;letra:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="223"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="231"/>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="234"/>
        <source>&amp;Pack folder:</source>
        <translation>Carpeta de &amp;paquetes:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="235"/>
        <source>Signing &amp;key:</source>
        <translation>Clave de &amp;firma:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="270"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="271"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="272"/>
        <source>Campaign for the company name</source>
        <translation>Campaña para el nombre de empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="273"/>
        <source>Company for this campaign</source>
        <translation>Empresa para esta campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="275"/>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="276"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="277"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="278"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="324"/>
        <source>Pack folder</source>
        <translation>Carpeta de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="279"/>
        <source>Choose the pack folder</source>
        <translation>Elegir la carpeta de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="280"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="338"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="281"/>
        <source>Choose the signing key</source>
        <translation>Elegir la clave de firma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="282"/>
        <source>Publish my status to the team floor</source>
        <translation>Publicar mi estado en el panel del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="283"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="331"/>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="284"/>
        <source>Choose the team folder</source>
        <translation>Elegir la carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="285"/>
        <source>Name the team sees</source>
        <translation>Nombre para el equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="338"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
</context>
<context>
    <name>SheetMaker</name>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="167"/>
        <source>Making the cheat sheet stopped unexpectedly (exit code %1).</source>
        <translation>La hoja de referencia se detuvo inesperadamente (código de salida %1).</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="180"/>
        <source>Agent Assistant could not be started to make the cheat sheet: %1</source>
        <translation>No se pudo iniciar Agent Assistant para hacer la hoja de referencia: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/sheet_process.py" line="191"/>
        <source>Making the cheat sheet took longer than %1 minutes and was stopped; the file was not written.</source>
        <translation>La hoja de referencia tardó más de %1 minutos y se detuvo; el archivo no se escribió.</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../assistant/ui/floor.py" line="237"/>
        <source>Agent or campaign</source>
        <translation>Agente o campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="238"/>
        <source>Holds</source>
        <translation>Esperas</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="239"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="240"/>
        <source>Longest</source>
        <translation>La más larga</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="241"/>
        <source>Check-ins on time</source>
        <translation>Vueltas a tiempo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="242"/>
        <source>Overdue</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="273"/>
        <source>Campaign: %1</source>
        <translation>Campaña: %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="273"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/floor.py" line="274"/>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="654"/>
        <source>The pack folder %1 cannot be read (%2); packs there were not checked.</source>
        <translation>No se puede leer la carpeta de paquetes %1 (%2); sus paquetes no se comprobaron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="662"/>
        <source>Installed %1 version %2 (was version %3): %n phrases.</source>
        <translation>
            <numerusform>Instalado %1, versión %2 (antes versión %3): %n frase.</numerusform>
            <numerusform>Instalado %1, versión %2 (antes versión %3): %n frases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="666"/>
        <source>Installed %1 version %2: %n phrases.</source>
        <translation>
            <numerusform>Instalado %1, versión %2: %n frase.</numerusform>
            <numerusform>Instalado %1, versión %2: %n frases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="669"/>
        <location filename="../../assistant/ui/pack_manager.py" line="682"/>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="671"/>
        <source>Skipped %1: %2 (and %n more problems)</source>
        <translation>
            <numerusform>Omitido %1: %2 (y %n problema más)</numerusform>
            <numerusform>Omitido %1: %2 (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="674"/>
        <source>Skipped %1: %2</source>
        <translation>Omitido %1: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="683"/>
        <source>%1 is not installed: %2</source>
        <translation>%1 no está instalado: %2</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="692"/>
        <source>A team pack could not be installed; your supervisor can see why in the Pack manager.</source>
        <translation>No se pudo instalar un paquete del equipo; su supervisor puede ver por qué en el Gestor de paquetes.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/pack_manager.py" line="697"/>
        <source>The team pack folder cannot be reached; new packs are installed once it is back.</source>
        <translation>No se puede acceder a la carpeta de paquetes del equipo; los paquetes nuevos se instalarán cuando vuelva a estar disponible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/pack_manager.py" line="701"/>
        <source>Team packs updated: %1.</source>
        <translation>
            <numerusform>Paquete del equipo actualizado: %1.</numerusform>
            <numerusform>Paquetes del equipo actualizados: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPublishing</name>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="94"/>
        <source>Team folder offline</source>
        <translation>Carpeta del equipo sin conexión</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="99"/>
        <source>The team folder %1 cannot be reached (%2). Your holds and calls are kept on this computer and sent when it is back.</source>
        <translation>No se llega a la carpeta del equipo %1 (%2). Sus esperas y llamadas se guardan en este ordenador y se envían cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="108"/>
        <source>No team folder</source>
        <translation>Sin carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/team_status.py" line="111"/>
        <source>Publishing to the team floor is on, but no team folder is set: choose one in Settings, or ask IT.</source>
        <translation>La publicación en el panel del equipo está activada, pero no hay carpeta del equipo: elija una en Configuración o pida a TI.</translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="328"/>
        <source>No holds today.</source>
        <translation>Hoy no hubo esperas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="332"/>
        <source>&lt;b&gt;Today&lt;/b&gt;: %n holds, average %1, longest %2</source>
        <translation>
            <numerusform>&lt;b&gt;Hoy&lt;/b&gt;: %n espera, media %1, la más larga %2</numerusform>
            <numerusform>&lt;b&gt;Hoy&lt;/b&gt;: %n esperas, media %1, la más larga %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assistant/ui/call_details.py" line="337"/>
        <source>Check-ins: none yet</source>
        <translation>Vueltas con el cliente: ninguna aún</translation>
    </message>
    <message numerus="yes">
        <location filename="../../assistant/ui/call_details.py" line="340"/>
        <source>Check-ins: %1% on time (%2 of %n)</source>
        <translation>
            <numerusform>Vueltas con el cliente: %1% a tiempo (%2 de %n)</numerusform>
            <numerusform>Vueltas con el cliente: %1% a tiempo (%2 de %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../assistant/ui/tray.py" line="35"/>
        <source>Agent Assistant tray menu</source>
        <translation>Menú de bandeja de Agent Assistant</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="36"/>
        <location filename="../../assistant/ui/tray.py" line="87"/>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="43"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="48"/>
        <source>Agent Assistant</source>
        <translation>Agent Assistant</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/tray.py" line="87"/>
        <source>Hide window</source>
        <translation>Ocultar ventana</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../assistant/ui/menus.py" line="42"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="51"/>
        <source>Copy result %1</source>
        <translation>Copiar resultado %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="55"/>
        <source>Star or unstar phrase</source>
        <translation>Marcar o desmarcar frase favorita</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="58"/>
        <source>Copy the check-in phrase</source>
        <translation>Copiar la frase del aviso</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="60"/>
        <source>Promise a callback…</source>
        <translation>Prometer una rellamada…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="62"/>
        <source>Show call flow, callbacks, today</source>
        <translation>Mostrar guion, rellamadas y hoy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="66"/>
        <source>Chime at reminders</source>
        <translation>Sonido en los recordatorios</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="70"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="71"/>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="76"/>
        <source>Compact mode</source>
        <translation>Modo compacto</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="89"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="90"/>
        <source>About Agent Assistant</source>
        <translation>Acerca de Agent Assistant</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="91"/>
        <source>Edit packs…</source>
        <translation>Editar paquetes…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="92"/>
        <source>Team floor…</source>
        <translation>Panel del equipo…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="104"/>
        <source>Ca&amp;ll</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="113"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/menus.py" line="159"/>
        <source>Persona tips</source>
        <translation>Consejos para este cliente</translation>
    </message>
</context>
</TS>
