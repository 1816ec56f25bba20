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
    <name>FillForm</name>
    <message>
        <location filename="../../assistant/ui/fill_form.py" line="72"/>
        <source>Include: %1</source>
        <translation>Incluir: %1</translation>
    </message>
</context>
<context>
    <name>GlobalHotkey</name>
    <message>
        <location filename="../../assistant/ui/hotkey.py" line="230"/>
        <source>A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, bind a desktop shortcut to the command &apos;agent-assistant&apos;: it brings the running window forward.</source>
        <translation>El atajo global solo está integrado en Windows y X11. En Wayland o macOS, asigne un atajo del escritorio al comando &apos;agent-assistant&apos;: trae al frente la ventana abierta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="91"/>
        <source>Customer mood</source>
        <translation>Ánimo del cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="155"/>
        <source>Search phrases</source>
        <translation>Buscar frases</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="161"/>
        <source>Copy result %1</source>
        <translation>Copiar resultado %1</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="168"/>
        <source>Star or unstar phrase</source>
        <translation>Marcar o desmarcar frase favorita</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="170"/>
        <source>Start/end hold</source>
        <translation>Iniciar/terminar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="172"/>
        <source>Check in with held customer</source>
        <translation>Atender al cliente en espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="175"/>
        <source>Copy the check-in phrase</source>
        <translation>Copiar la frase de seguimiento</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="177"/>
        <source>Start/end call</source>
        <translation>Iniciar/terminar llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="178"/>
        <source>Promise a callback…</source>
        <translation>Prometer una devolución de llamada…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="180"/>
        <source>Show call flow, callbacks, today</source>
        <translation>Mostrar guion, devoluciones y hoy</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="182"/>
        <source>Chime at reminders</source>
        <translation>Sonido en los recordatorios</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="186"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="188"/>
        <source>Start hold</source>
        <translation>Iniciar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="190"/>
        <source>End hold</source>
        <translation>Terminar espera</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="193"/>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="197"/>
        <source>Compact mode</source>
        <translation>Modo compacto</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="200"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="201"/>
        <source>About Agent Assistant</source>
        <translation>Acerca de Agent Assistant</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="206"/>
        <source>Edit packs…</source>
        <translation>Editar paquetes…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="212"/>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="224"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="304"/>
        <source>Persona tips</source>
        <translation>Consejos para este cliente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/main_window.py" line="377"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="77"/>
        <source>Same as the company above</source>
        <translation>La misma empresa de arriba</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="79"/>
        <source>Play a chime at each check-in point</source>
        <translation>Sonar un aviso en cada punto de atención</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="80"/>
        <source>Show notifications for holds and callbacks</source>
        <translation>Mostrar avisos de esperas y devoluciones de llamada</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="81"/>
        <source>Keep the window above other windows</source>
        <translation>Mantener la ventana sobre las demás</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="82"/>
        <source>Closing the window keeps it in the tray</source>
        <translation>Al cerrar la ventana, sigue en la bandeja</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="83"/>
        <source>Start minimised</source>
        <translation>Iniciar minimizado</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="84"/>
        <source>Start when I sign in (Windows)</source>
        <translation>Iniciar al entrar en la sesión (Windows)</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="92"/>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="93"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="96"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="97"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="98"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="102"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="107"/>
        <source>No shared pack folder</source>
        <translation>Sin carpeta compartida de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="108"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="124"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="126"/>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="127"/>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="128"/>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="129"/>
        <source>Company for this campai&amp;gn:</source>
        <translation>Empresa para esta campa&amp;ña:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="131"/>
        <source>Window and alerts</source>
        <translation>Ventana y avisos</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="142"/>
        <source>Bring-forward &amp;shortcut:</source>
        <translation>&amp;Atajo para traer al frente:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="144"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="146"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="147"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Tamaño de letra:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="148"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="152"/>
        <source>&amp;Pack folder:</source>
        <translation>Carpeta de &amp;paquetes:</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="168"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="169"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="170"/>
        <source>Campaign for the company name</source>
        <translation>Campaña para el nombre de empresa</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="171"/>
        <source>Company for this campaign</source>
        <translation>Empresa para esta campaña</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="172"/>
        <source>Bring-forward shortcut</source>
        <translation>Atajo para traer al frente</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="173"/>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="174"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="175"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="176"/>
        <location filename="../../assistant/ui/settings_dialog.py" line="215"/>
        <source>Pack folder</source>
        <translation>Carpeta de paquetes</translation>
    </message>
    <message>
        <location filename="../../assistant/ui/settings_dialog.py" line="177"/>
        <source>Choose the pack folder</source>
        <translation>Elegir la carpeta de paquetes</translation>
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
</TS>
