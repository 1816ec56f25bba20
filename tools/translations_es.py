"""Spanish strings for resources/translations/agent_assistant_es.ts (and the English plural
forms for agent_assistant_en.ts).

`make translations` runs lupdate (new sources appear unfinished), then this fills in the
strings known here, then lrelease compiles the .qm. The table wins: a string changed here is
changed in the .ts at the next `make translations`, finished or not (a change here once never
reached the window: only unfinished ones were filled). Translators may also edit the .ts with
pyside6-linguist; strings the table does not know are kept as they translate them. A plural
source (with %n) takes a pair: the singular form and the plural one.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ES: dict[str, str | tuple[str, str]] = {
    "What you just did was not saved; everything saved before is safe.": "Lo que acaba de "
    "hacer no se guardó; todo lo guardado antes está a salvo.",
    "Include: %1": "Incluir: %1",
    "Search phrases": "Buscar frases",
    "Copy result %1": "Copiar resultado %1",
    "Star or unstar phrase": "Marcar o desmarcar frase favorita",
    "Copy the check-in phrase": "Copiar la frase del aviso",
    "Start/end call": "Iniciar/terminar llamada",
    "Promise a callback…": "Prometer una rellamada…",
    "Show call flow, callbacks, today": "Mostrar guion, rellamadas y hoy",
    "Chime at reminders": "Sonido en los recordatorios",
    "Edit packs…": "Editar paquetes…",
    " pt": " pt",
    "Ca&ll": "&Llamada",
    "&Company:": "&Empresa:",
    "&File": "&Archivo",
    "&Font size:": "Tamaño de &letra:",  # &Tema is Alt+T
    "&Help": "A&yuda",
    "&Language:": "&Idioma:",
    "&Pack folder:": "Carpeta de &paquetes:",
    "&Theme:": "&Tema:",
    "&View": "&Ver",
    "&Your name:": "Su &nombre:",
    "A companion for call-center agents: campaigns, customer personas, scripted phrases and a "
    "hold timer.": "Un compañero para agentes de centro de llamadas: campañas, perfiles de "
    "cliente, frases guionizadas y un temporizador de espera.",
    "A system-wide shortcut is built in on Windows and X11 only. On Wayland or macOS, bind a "
    "desktop shortcut to the command 'agent-assistant': it brings the running window "
    "forward.": "El atajo global solo está integrado en Windows y X11. En Wayland o macOS, "
    "asigne un atajo del escritorio al comando 'agent-assistant': trae al frente la ventana "
    "abierta.",
    "About %1": "Acerca de %1",
    "About Agent Assistant": "Acerca de Agent Assistant",
    "Agent": "Agente",
    "Agent Assistant": "Agent Assistant",
    "Agent Assistant tray menu": "Menú de bandeja de Agent Assistant",
    "Always on top": "Siempre visible",
    "Appearance": "Apariencia",
    "Browse…": "Examinar…",
    "Ca&mpaign:": "Ca&mpaña:",
    "Campaign for the company name": "Campaña para el nombre de empresa",
    "Check in with held customer": "Avisar al cliente en espera (sigue en espera)",
    "Choose the pack folder": "Elegir la carpeta de paquetes",
    "Closing the window keeps it in the tray": "Al cerrar la ventana, sigue en la bandeja",
    "Compact mode": "Modo compacto",
    "Company": "Empresa",
    "Company for this campai&gn:": "Empresa para esta campa&ña:",
    "Company for this campaign": "Empresa para esta campaña",
    "Copied: %1": "Copiado: %1",
    "Mood": "Ánimo",
    "Dark": "Oscuro",
    "Data folder: %1": "Carpeta de datos: %1",
    "End hold": "Terminar espera",
    "Find phrase": "Buscar frase",
    "Follow the system": "Seguir al sistema",
    "Font size": "Tamaño de letra",
    "Hide window": "Ocultar ventana",
    "Keep the window above other windows": "Mantener la ventana sobre las demás",
    "Language": "Idioma",
    "Licence: %1": "Licencia: %1",
    "Light": "Claro",
    "Log folder: %1": "Carpeta de registros: %1",
    "No shared pack folder": "Sin carpeta compartida de paquetes",
    "Pack folder": "Carpeta de paquetes",
    "Persona tips": "Consejos para este cliente",
    "Phrases": "Frases",
    "Play a chime at each check-in point": "Sonar un aviso cada vez que toque volver con el "
    "cliente",
    "Quit": "Salir",
    "Same as the company above": "La misma empresa de arriba",
    "Settings": "Configuración",
    "Settings…": "Configuración…",
    "Show notifications for holds and callbacks": "Mostrar avisos de esperas y rellamadas",
    "Show window": "Mostrar ventana",
    "Something went wrong inside Agent Assistant. Your phrases and hold records are safe. You "
    "can keep working; if it happens again, send the log file to IT.": "Algo falló dentro de "
    "Agent Assistant. Sus frases y registros de espera están a salvo. Puede seguir trabajando; "
    "si vuelve a ocurrir, envíe el archivo de registro a TI.",
    "Start hold": "Iniciar espera",
    "Start minimised": "Iniciar minimizado",
    "Start when I sign in (Windows)": "Iniciar al entrar en la sesión (Windows)",
    "Start/end hold": "Iniciar/terminar espera",
    "System language": "Idioma del sistema",
    "System size": "Tamaño del sistema",
    "The details were written to:\n%1": "Los detalles se escribieron en:\n%1",
    "The log file could not be written.": "No se pudo escribir el archivo de registro.",
    "Theme": "Tema",
    "Version: %1": "Versión: %1",
    "Window and alerts": "Ventana y avisos",
    "Your name": "Su nombre",
    # The pack editor (assistant/ui/editor/), for team leaders and supervisors.
    "%1: cannot write: %2": "%1: no se puede escribir: %2",
    "%1 is a file of the knowledge base in the data folder: writing there would replace it. "
    "Choose another file name; nothing was written.": "%1 es un archivo de la base de "
    "conocimiento de la carpeta de datos: escribir ahí la reemplazaría. Elija otro nombre de "
    "archivo; no se escribió nada.",
    "This version of %1 is installed already.": "Esta versión de %1 ya está instalada.",
    "Writing the cheat sheet…": "Escribiendo la hoja de referencia…",
    "There is no data folder to read.": "No hay carpeta de datos que leer.",
    "Making the cheat sheet stopped unexpectedly (exit code %1).": "La hoja de referencia "
    "se detuvo inesperadamente (código de salida %1).",
    "Agent Assistant could not be started to make the cheat sheet: %1": "No se pudo iniciar "
    "Agent Assistant para hacer la hoja de referencia: %1",
    "Making the cheat sheet took longer than %1 minutes and was stopped; the file was not "
    "written.": "La hoja de referencia tardó más de %1 minutos y se detuvo; el archivo no se "
    "escribió.",
    "%1: drop-down (%2)": "%1: lista desplegable (%2)",
    "%1: starts as '%2'": "%1: empieza como «%2»",
    "%1: this is not a campaign pack": "%1: no es un paquete de campaña",
    "&Edit": "&Editar",
    "(new, #%1)": "(nuevo, n.º %1)",
    "(no name)": "(sin nombre)",
    "(pack)": "(paquete)",
    "(required)": "(obligatorio)",
    "Add": "Añadir",
    "Add campaign": "Añadir campaña",
    "Add persona": "Añadir perfil",
    "Add phrase": "Añadir frase",
    "Add step": "Añadir paso",
    "Author": "Autor",
    "Avoid": "Evitar",
    "Call flow": "Guion de la llamada",
    "Call-flow steps": "Pasos del guion",
    "Campaign packs": "Paquetes de campaña",
    "Campaigns": "Campañas",
    "Cannot open the pack": "No se puede abrir el paquete",
    "Category": "Categoría",
    "Channels": "Canales",
    "Cheat sheet": "Hoja de referencia",
    "Cheat sheet PDF…": "Hoja de referencia en PDF…",
    "Check-in phrase": "Frase del aviso",
    "Close": "Cerrar",
    "Description": "Descripción",
    "Direction": "Dirección",
    "Down": "Bajar",
    "Edit": "Editar",
    "Fix the problems listed below first.": "Primero corrija los problemas de la lista de abajo.",
    "Hold check-in": "Volver con el cliente cada",
    " s": " s",
    "10 to 120 seconds (two minutes at most)": "De 10 a 120 segundos (dos minutos como máximo)",
    "120 s at most: a customer on hold is checked on at least every two minutes": "120 s como "
    "máximo: a un cliente en espera se le atiende de nuevo al menos cada dos minutos",
    "%1 at most": "%1 como máximo",
    "%1 at least": "%1 como mínimo",
    "Hold: check in every %1 s": "Espera: volver con el cliente cada %1 s",
    "Id": "Id",
    "Install on this computer": "Instalar en este equipo",
    "Installed %1 version %2.": "Instalado %1, versión %2.",
    "Move": "Mover",
    "Move campaign": "Mover campaña",
    "Move down (Ctrl+Down)": "Bajar (Ctrl+Abajo)",
    "Move persona": "Mover perfil",
    "Move phrase": "Mover frase",
    "Move step": "Mover paso",
    "Move up (Ctrl+Up)": "Subir (Ctrl+Arriba)",
    "Name": "Nombre",
    "New pack": "Paquete nuevo",
    "No cheat sheet": "Sin hoja de referencia",
    "No shared pack folder is set: IT names it in policy.ini, or choose one in Settings (Pack "
    "folder).": "No hay carpeta compartida de paquetes: TI la indica en policy.ini, o elija "
    "una en Configuración (Carpeta de paquetes).",
    "Not installed": "No instalado",
    "Not published": "No publicado",
    "Not saved": "No guardado",
    "Open a pack": "Abrir un paquete",
    "Open file…": "Abrir archivo…",
    "Open installed pack": "Abrir paquete instalado",
    "Open installed pack…": "Abrir paquete instalado…",
    "Pack": "Paquete",
    "Pack editor: %1": "Editor de paquetes: %1",
    "Pack id": "Id del paquete",
    "Pack:": "Paquete:",
    "Personas": "Perfiles",
    "Preview: as the agent sees it": "Vista previa: como la ve el agente",
    "Problems": "Problemas",
    "Problems to fix: %1. You can save this as a draft, but not install or publish it "
    "yet.": "Problemas por corregir: %1. Puede guardarlo como borrador, pero aún no "
    "instalarlo ni publicarlo.",
    "Publish to the shared folder": "Publicar en la carpeta compartida",
    "Published %1 to %2.": "Publicado %1 en %2.",
    "Raise version": "Subir la versión",
    "%1: warning: %2": "%1: aviso: %2",
    "Version %2 of %1 is installed on this computer, and this is version %3: raise the version "
    "above %2 first (Raise version, Ctrl+Shift+V).": "La versión %2 de %1 está instalada en "
    "este equipo, y esta es la versión %3: suba la versión por encima de %2 primero (Subir la "
    "versión, Ctrl+Mayús+V).",
    "Reach": "Alcance",
    "Redo": "Rehacer",
    "Remove": "Quitar",
    "Remove campaign": "Quitar campaña",
    "Remove persona": "Quitar perfil",
    "Remove phrase": "Quitar frase",
    "Remove step": "Quitar paso",
    "Required: the call cannot be marked done without it": "Obligatorio: la llamada no puede "
    "darse por terminada sin él",
    "Restored the changes that were not saved last time: save them or close.": "Se "
    "recuperaron los cambios que no se guardaron la última vez: guárdelos o cierre.",
    "Save": "Guardar",
    "Save as…": "Guardar como…",
    "Save pack": "Guardar paquete",
    "Saved %1 as a draft (it does not validate yet).": "Guardado %1 como borrador (aún no "
    "es válido).",
    "Saved %1.": "Guardado %1.",
    "Saving %1…": "Guardando %1…",
    "File changed on disk": "Archivo modificado en el disco",
    "%1 was changed on disk since you opened or saved it (by another program or person).": "%1 "
    "se modificó en el disco después de que lo abriera o guardara (otro programa u otra "
    "persona).",
    "Overwrite it with your version (the other changes are lost), or save yours as another "
    "file?": "¿Sobrescribirlo con su versión (se pierden los otros cambios) o guardar la suya "
    "como otro archivo?",
    "&Overwrite": "&Sobrescribir",
    "Save &as…": "Guardar &como…",
    "File deleted": "Archivo eliminado",
    "%1 was deleted or moved since you opened or saved it.": "%1 se eliminó o se movió "
    "después de que lo abriera o guardara.",
    "Save your version there again, or as another file?": "¿Guardar de nuevo su versión ahí, "
    "o como otro archivo?",
    "&Save again": "&Guardar de nuevo",
    "Not saved: %1 was left as it is.": "No guardado: %1 se dejó como estaba.",
    "Opening %1…": "Abriendo %1…",
    "Select a campaign to see it as the agent's window shows it.": "Elija una campaña para "
    "verla como la muestra la ventana del agente.",
    "Select a phrase to see it as an agent would paste it.": "Elija una frase para verla "
    "como la pegaría un agente.",
    "Shortcut": "Atajo",
    "Signs": "Señales",
    "Step": "Paso",
    "Tags": "Etiquetas",
    "Text": "Texto",
    "The pack has changes that are not saved. Save them?": "El paquete tiene cambios sin "
    "guardar. ¿Guardarlos?",
    "The pack is valid (warnings: %1).": "El paquete es válido (avisos: %1).",
    "The pack is valid.": "El paquete es válido.",
    "Tips": "Consejos",
    "&Reload": "&Recargar",
    "&Keep mine": "&Mantener la mía",
    "%1 was deleted or moved since you opened or saved it. Save puts your version back.": "%1 "
    "se eliminó o se movió después de que lo abriera o guardara. Guardar vuelve a poner su "
    "versión.",
    "%1 can no longer be read as a file (something else is in its place, or its permissions "
    "changed). Use Save as… to keep your version.": "%1 ya no se puede leer como archivo (hay "
    "otra cosa en su lugar, o cambiaron sus permisos). Use Guardar como… para conservar su "
    "versión.",
    "Reload": "Recargar",
    "Reload %1 as it is on disk? The changes you have not saved are lost.": "¿Recargar %1 tal "
    "como está en el disco? Se pierden los cambios que no ha guardado.",
    "Add sign": "Añadir señal",
    "Remove sign": "Quitar señal",
    "Move sign": "Mover señal",
    "Sign": "Señal",
    "Add tip": "Añadir consejo",
    "Remove tip": "Quitar consejo",
    "Move tip": "Mover consejo",
    "Tip": "Consejo",
    "Add thing to avoid": "Añadir algo que evitar",
    "Remove thing to avoid": "Quitar algo que evitar",
    "Move thing to avoid": "Mover algo que evitar",
    "Title": "Título",
    "Type": "Tipo",
    "Undo": "Deshacer",
    "Unsaved changes": "Cambios sin guardar",
    "Up": "Subir",
    "Version": "Versión",
    "Write the phrase text.": "Escriba el texto de la frase.",
    "Wrote the cheat sheet %1.": "Hoja de referencia escrita: %1.",
    "campaign ids (empty: every campaign)": "ids de campaña (vacío: todas las campañas)",
    "e.g. ;hi": "p. ej. ;hola",
    "e.g. ACME Card Collections": "p. ej. Cobranza Tarjetas ACME",
    "e.g. Hello {customer_name}, about {reason:Billing|Other}": "p. ej. Hola "
    "{customer_name}, sobre {motivo:Facturación|Otro}",
    "e.g. Opening": "p. ej. Apertura",
    "e.g. acme-collections": "p. ej. acme-cobranza",
    "e.g. angry": "p. ej. enojado",
    "e.g. greet-inbound": "p. ej. saludo-entrante",
    "e.g. hold-check-in": "p. ej. seguimiento-espera",
    "new pack": "paquete nuevo",
    "optional section '%1' (ticked)": "sección opcional «%1» (marcada)",
    "persona ids": "ids de perfil",
    "phrase ids, separated by commas": "ids de frase, separados por comas",
    "separated by commas": "separados por comas",
    # The channel names are the pack format's own words: they stay as a pack must spell them.
    "voice, chat, email (empty: every channel)": "voice, chat, email (vacío: todos los canales)",
    "voice, chat, email (empty: chat and email for non-voice, else voice)": "voice, chat, "
    "email (vacío: chat y email si no es de voz; si no, voice)",
    # The pack format's fixed values, as the editor's drop-downs name them.
    "Banking": "Banca",
    "Blended": "Mixta",
    "Callback": "Rellamada",
    "Closing": "Cierre",
    "Collections": "Cobranza",
    "Compliance": "Cumplimiento",
    "Customer service": "Atención al cliente",
    "De escalation": "Desescalada",
    "Domestic": "Nacional",
    "Donation": "Donaciones",
    "Empathy": "Empatía",
    "Escalation": "Escalado",
    "Healthcare": "Salud",
    "Help desk": "Mesa de ayuda",
    "Hold": "Espera",
    "Inbound": "Entrante",
    "Information": "Información",
    "Insurance": "Seguros",
    "Lead generation": "Captación de clientes",
    "Non-voice (email, chat)": "Sin voz (correo, chat)",
    "Opening": "Apertura",
    "Order taking": "Toma de pedidos",
    "Other": "Otro",
    "Outbound": "Saliente",
    "Relay": "Retransmisión",
    "Reservations": "Reservas",
    "Resolution": "Resolución",
    "Sales": "Ventas",
    "Survey": "Encuestas",
    "Technical support": "Soporte técnico",
    "Verification": "Verificación",
    # Settings: the signing key, for supervisors.
    "All files": "Todos los archivos",
    "Choose the signing key": "Elegir la clave de firma",
    "None: publish packs unsigned": "Ninguna: publicar los paquetes sin firmar",
    "Not signed: %1. Choose your key in Settings (Signing key).": "Sin firmar: %1. Elija su "
    "clave en Configuración (Clave de firma).",
    "Packs": "Paquetes",
    "Signing &key:": "Clave de &firma:",
    "Signing key": "Clave de firma",
    "Supervisors: the private key made by 'agent-assistant pack keygen'. The pack editor signs "
    "each pack it publishes with it. Keep it off the agents' computers.": "Supervisores: la "
    "clave privada creada con «agent-assistant pack keygen». El editor de paquetes firma con "
    "ella cada paquete que publica. No la deje en los equipos de los agentes.",
    # The agent's window: hold bar, call bar, call details, campaign picker, customer moods,
    # phrase library. "Check in" (with a held customer) is "volver con el cliente"; the button
    # that does it is "Avisar" (the customer stays on hold: "Retomar" read as taking them off
    # it). A callback is a "rellamada" ("devolución" reads as a refund in a call center).
    "HOLD": "ESPERA",
    "Check in": "Avisar",
    "Copy": "Copiar",
    "Start or end hold": "Iniciar o terminar la espera",
    "Put the customer on hold, or end the hold (Ctrl+H)": "Poner al cliente en espera, o "
    "terminar la espera (Ctrl+H)",
    "You spoke to the held customer: restart the countdown (Ctrl+J)": "Ya habló con el "
    "cliente en espera: reinicia la cuenta atrás (Ctrl+J)",
    "Check in with the held customer": "Avisar al cliente en espera (sigue en espera)",
    "Time on hold": "Tiempo en espera",
    "Next check-in": "Próxima vuelta con el cliente",
    "Copy the check-in phrase (Ctrl+Shift+J)": "Copiar la frase del aviso (Ctrl+Mayús+J)",
    "check in within %1": "volver en %1",
    "check in now · %1 over": "vuelva ya · +%1",
    "overdue %1 · reminder %2": "tarde %1 · aviso %2",
    "check in every %1": "volver cada %1",
    "CALL": "LLAMADA",
    "Talk time": "Tiempo de conversación",
    "Start call": "Iniciar llamada",
    "End call": "Terminar llamada",
    "Start or end call": "Iniciar o terminar la llamada",
    "Start or end the call: talk time, call flow (Ctrl+L)": "Iniciar o terminar la llamada: "
    "tiempo de conversación, guion (Ctrl+L)",
    "+ Callback": "+ Rellamada",
    "Promise a callback": "Prometer una rellamada",
    "Promise a callback: name, number, when (Ctrl+B)": "Prometer una rellamada: "
    "nombre, número, cuándo (Ctrl+B)",
    "Details": "Detalles",
    "Show call details": "Mostrar los detalles de la llamada",
    "Show the call flow, callbacks and today's holds (Ctrl+I)": "Mostrar el guion, las "
    "rellamadas y las esperas de hoy (Ctrl+I)",
    # The call bar's status line has about eleven letters of room beside LLAMADA at 420 px:
    # "4 obligatorios" (the call flow's word) is cut, and "4 requeridos" read as the flow's
    # whole count of required steps. "Faltan" says what is left; the Guion tab marks which
    # steps are required.
    "%n required steps left": ("falta %n", "faltan %n"),
    "on a call": "en curso",
    "Call status": "Estado de la llamada",
    "no call": "sin llamada",
    "Not ticked: %1": "Sin marcar: %1",
    "Last call %1": "Duró %1",
    "%1  (required)": "%1  (obligatorio)",
    "Double-click to copy this step's phrase": "Doble clic para copiar la frase de este paso",
    "DUE %1": "VENCIDA %1",
    "Callbacks": "Rellamadas",
    "&Add…": "N&ueva…",
    "D&one": "H&echa",
    "&Snooze 5 min": "Po&sponer 5 min",
    "&Reschedule…": "&Reprogramar…",
    "The selected callback is made: take it off the list": "La rellamada elegida ya está "
    "hecha: quitarla de la lista",
    "Remind me of the selected callback in 5 minutes": "Recordarme la rellamada elegida en "
    "5 minutos",
    "Choose another time for the selected callback": "Elegir otra hora para la rellamada elegida",
    "No holds today.": "Hoy no hubo esperas.",
    "<b>Today</b>: %n holds, average %1, longest %2": (
        "<b>Hoy</b>: %n espera, media %1, la más larga %2",
        "<b>Hoy</b>: %n esperas, media %1, la más larga %2",
    ),
    "Check-ins: none yet": "Vueltas con el cliente: ninguna aún",
    "Check-ins: %1% on time (%2 of %n)": (
        "Vueltas con el cliente: %1% a tiempo (%2 de %n)",
        "Vueltas con el cliente: %1% a tiempo (%2 de %n)",
    ),
    "Call flow checklist": "Lista de pasos del guion",
    "Today's holds": "Esperas de hoy",
    "Call details": "Detalles de la llamada",
    "Call flo&w": "&Guion",
    "Call&backs": "Rellama&das",
    "Call&backs (%n due)": ("Rellama&das (%n vencida)", "Rellama&das (%n vencidas)"),
    "&Today": "&Hoy",
    "for {customer_name} in phrases": "para {customer_name} en las frases",
    "Customer name for this call": "Nombre del cliente de esta llamada",
    "Customer &name": "&Nombre del cliente",
    "Campaign": "Campaña",
    "The campaign (account) you are working on": "La campaña (cuenta) en la que trabaja",
    "&Campaign": "&Campaña",
    "No campaign installed.": "No hay ninguna campaña instalada.",
    "%1 · hold check-in %2": "%1 · avisar cada %2",
    "International 24x7": "Internacional 24x7",
    "Customer personas": "Perfiles de cliente",
    "How to handle this customer": "Cómo tratar a este cliente",
    "How to recognise each customer mood": "Cómo reconocer cada ánimo del cliente",
    "Persona: %1": "Perfil: %1",
    "The customer's mood: pick one to see how to handle it": "El ánimo del cliente: elija uno "
    "para ver cómo tratarlo",
    # The row of moods (ui/mood_row.py): folded during a call, or more moods than fit.
    "Change": "Cambiar",
    "Change the customer's mood": "Cambiar el ánimo del cliente",
    "Every customer mood, to pick another": "Todos los ánimos de cliente, para elegir otro",
    "%n more": ("%n más", "%n más"),
    "More customer moods": "Más ánimos de cliente",
    "Every customer mood, those without a button too": "Todos los ánimos de cliente, también "
    "los que no tienen botón",
    "Pick the customer's mood to see what to do and what to avoid.": "Elija el ánimo del "
    "cliente para ver qué hacer y qué evitar.",
    # The first start (ui/first_run.py) and the fill-in form's offer to keep the agent's own.
    "Welcome to %1": "Bienvenido a %1",
    "Phrases say your name and your company. Type them once here; File ▸ Settings changes "
    "them later.": "Las frases dicen su nombre y su empresa. Escríbalos una vez aquí; "
    "Archivo ▸ Configuración los cambia más adelante.",
    "as you say it to customers": "como se presenta a los clientes",
    "the company you answer for": "la empresa para la que atiende",
    "Save  (Enter)": "Guardar  (Intro)",
    "Skip  (Esc)": "Omitir  (Esc)",
    "&Remember in Settings for the next phrases": "&Recordar en Configuración para las "
    "próximas frases",
    "Do": "Hacer",
    "Search phrases  (Ctrl+K or /)": "Buscar frases  (Ctrl+K o /)",
    "Enter copy · Ctrl+1…9 · Ctrl+D star · Esc clear": "Intro copia · Ctrl+1…9 · Ctrl+D "
    "favorita · Esc borra",
    "Preview of the text that will be copied": "Vista previa del texto que se copiará",
    "No phrase matches; try fewer or other words": "Ninguna frase coincide; pruebe con menos "
    "palabras o con otras",
    "1 result": "1 resultado",
    "%n results (best first)": (
        "%n resultado (el mejor primero)",
        "%n resultados (los mejores primero)",
    ),
    "Suggested for: %1": "Sugeridas para: %1",
    "Showing the first %1 of %2 phrases; type to search them all": "Se muestran las primeras "
    "%1 de %2 frases; escriba para buscar en todas",
    "%n phrases": ("%n frase", "%n frases"),
    "Starred: %1": "Favorita: %1",
    "Unstarred: %1": "Ya no es favorita: %1",
    "%1\n\nEnter or double-click copies it.": "%1\n\nIntro o doble clic la copia.",
    "%1\n\nShortcut: %2\n\nEnter or double-click copies it.": "%1\n\nAtajo: %2\n\nIntro o "
    "doble clic la copia.",
    # The window's menus, reminders and questions.
    "%1: %2": "%1: %2",
    "Check in with the customer on hold": "Vuelva con el cliente en espera",
    "Check in with the customer on hold (reminder %1)": "Vuelva con el cliente en espera "
    "(recordatorio %1)",
    "Check in with the customer on hold: on hold for %1": "Vuelva con el cliente en espera: "
    "lleva %1 en espera",
    "Check in with the customer on hold (reminder %1): on hold for %2": "Vuelva con el "
    "cliente en espera (recordatorio %1): lleva %2 en espera",
    "On hold for %1.": "Lleva %1 en espera.",
    "On hold for %1. Ctrl+Shift+J copies: %2": "Lleva %1 en espera. Ctrl+Mayús+J copia: %2",
    "The language changes at the next start.": "El idioma cambia en el próximo inicio.",
    "On hold for %1. The tray menu copies: %2": "Lleva %1 en espera. El menú de la bandeja "
    "copia: %2",
    "Call ended with required steps not ticked: %1": "Llamada terminada con pasos "
    "obligatorios sin marcar: %1",
    "Callback saved for %1": "Rellamada guardada para las %1",
    "Callback due: %1": "Rellamada vencida: %1",
    "A hold was still running": "Una espera seguía en curso",
    "A customer was put on hold at %1 (%2 ago) and the hold was not ended before Agent "
    "Assistant stopped. It is shown as still running.\n\nContinue this hold, or end it now?": (
        "Un cliente quedó en espera a las %1 (hace %2) y la espera no se terminó antes de que "
        "Agent Assistant se cerrara. Se muestra como todavía en curso.\n\n¿Seguir con esta "
        "espera o terminarla ahora?"
    ),
    "&Continue hold": "&Seguir la espera",
    "&End hold": "&Terminar la espera",
    # The callback form and the fill-in form.
    "Reschedule callback": "Reprogramar la rellamada",
    "customer's name": "nombre del cliente",
    "Customer's name": "Nombre del cliente",
    "number or reference": "número o referencia",
    "Number or reference to call back": "Número o referencia para devolver la llamada",
    "When the callback is due": "Cuándo toca devolver la llamada",
    "what you promised": "lo que prometió",
    "Note: what you promised": "Nota: lo que prometió",
    "&Name": "&Nombre",
    "N&umber / ref": "Nú&mero / ref.",
    "&Due": "&Cuándo",
    "N&ote": "N&ota",
    "Enter the customer's name or a number or reference to call back.": "Escriba el nombre del "
    "cliente o un número o referencia para devolver la llamada.",
    "Enter when the callback is due.": "Indique cuándo toca devolver la llamada.",
    "The due time needs a time zone.": "La hora necesita una zona horaria.",
    "Fill in: %1": "Completar: %1",
    "Text that will be copied": "Texto que se copiará",
    "Copy  (Enter)": "Copiar  (Intro)",
    "Cancel  (Esc)": "Cancelar  (Esc)",
    "Customer name": "Nombre del cliente",
    "Agent name": "Nombre del agente",
    # The Pack manager and the shared pack folder.
    "&Packs…": "&Paquetes…",
    "See, import, export and remove campaign packs": "Ver, importar, exportar y quitar "
    "paquetes de campaña",
    "Installed packs": "Paquetes instalados",
    "Source file": "Archivo de origen",
    "Installed": "Instalado",
    "%1 (built in)": "%1 (integrado)",
    "(built in)": "(integrado)",
    "&Import…": "&Importar…",
    "&Export…": "&Exportar…",
    "&Remove": "&Quitar",
    "Drop pack files (.yaml, .json, .zip) here to import them.": "Suelte aquí archivos de "
    "paquete (.yaml, .json, .zip) para importarlos.",
    "Problems and advice found in pack files are listed here.": "Aquí se listan los "
    "problemas y consejos encontrados en los archivos de paquete.",
    "Problems and advice found in pack files": "Problemas y consejos encontrados en los "
    "archivos de paquete",
    "Shared &folder…": "Carpeta com&partida…",
    "Choose the shared folder packs are installed from": "Elegir la carpeta compartida de la "
    "que se instalan los paquetes",
    "&Check now": "&Comprobar ahora",
    "Look in the shared folder for new packs now": "Buscar ahora paquetes nuevos en la "
    "carpeta compartida",
    "Shared pack folder: none": "Carpeta compartida de paquetes: ninguna",
    "Shared pack folder: %1": "Carpeta compartida de paquetes: %1",
    "Shared pack folder: %1 (set by IT)": "Carpeta compartida de paquetes: %1 (fijada por TI)",
    "Shared pack folder": "Carpeta compartida de paquetes",
    "Checking the shared pack folder…": "Comprobando la carpeta compartida de paquetes…",
    "Shared pack folder checked: nothing new in %1.": "Carpeta compartida comprobada: nada "
    "nuevo en %1.",
    "Import packs": "Importar paquetes",
    "Campaign packs (%1)": "Paquetes de campaña (%1)",
    "Export pack": "Exportar paquete",
    "YAML pack (%1)": "Paquete YAML (%1)",
    "JSON pack (%1)": "Paquete JSON (%1)",
    "Could not export %1: %2": "No se pudo exportar %1: %2",
    "Exported %1 to %2.": "Exportado %1 a %2.",
    "Remove pack": "Quitar paquete",
    "Remove the pack '%1' (%n phrases)?\nAgents' favourites are kept in case it is installed "
    "again.": (
        "¿Quitar el paquete «%1» (%n frase)?\nLas favoritas de los agentes se conservan por si "
        "se vuelve a instalar.",
        "¿Quitar el paquete «%1» (%n frases)?\nLas favoritas de los agentes se conservan por si "
        "se vuelve a instalar.",
    ),
    "Removed %1.": "Quitado %1.",
    "The built-in pack can be updated but not removed.": "El paquete integrado se puede "
    "actualizar, pero no quitar.",
    "Installing: %v of %m phrases": "Instalando: %v de %m frases",
    "Reading…": "Leyendo…",
    "Checking…": "Comprobando…",
    "Installing…": "Instalando…",
    "Checking the content…": "Revisando el contenido…",
    "The draft could not be checked; the details are in the log file.": "No se pudo revisar el "
    "borrador; los detalles están en el archivo de registro.",
    "… and %n more: `agent-assistant pack validate %1` lists them all.": (
        "… y %n más: `agent-assistant pack validate %1` los muestra todos.",
        "… y %n más: `agent-assistant pack validate %1` los muestra todos.",
    ),
    "See the advice below (the pack works as it is).": "Vea los consejos de abajo (el paquete "
    "funciona tal como está).",
    "Installed %1 version %2: campaigns %3, personas %4, phrases %5.": "Instalado %1, "
    "versión %2: campañas %3, perfiles %4, frases %5.",
    "Installed %1 version %2, replacing version %3: campaigns %4, personas %5, phrases %6.": (
        "Instalado %1, versión %2, en lugar de la versión %3: campañas %4, perfiles %5, frases %6."
    ),
    "%1 is older than the installed version.": "%1 es más antiguo que la versión instalada.",
    "It comes from the shared pack folder (%1): the next start installs it again, unless it "
    "is taken out of that folder.": "Viene de la carpeta compartida de paquetes (%1): el "
    "próximo inicio lo vuelve a instalar, salvo que se quite de esa carpeta.",
    "%1 is installed already (%2, exactly this file): nothing to do.": "%1 ya está instalado "
    "(%2, exactamente este archivo): no hay nada que hacer.",
    "%1 was not installed: fix the problems below and try again.": "%1 no se instaló: "
    "corrija los problemas de abajo y vuelva a intentarlo.",
    "Older pack": "Paquete más antiguo",
    "Pack '%1' version %2 is installed; version %3 is older.\n\nInstall the older version "
    "anyway?": "El paquete «%1» tiene instalada la versión %2; la versión %3 es más "
    "antigua.\n\n¿Instalar la versión antigua de todos modos?",
    "Something went wrong (%1); details are in the log.": "Algo falló (%1); los detalles "
    "están en el registro.",
    "Checking the pack folder failed (%1); details are in the log.": "Falló la comprobación "
    "de la carpeta de paquetes (%1); los detalles están en el registro.",
    "The pack folder %1 cannot be read (%2); packs there were not checked.": "No se puede "
    "leer la carpeta de paquetes %1 (%2); sus paquetes no se comprobaron.",
    "Installed %1 version %2 (was version %3): %n phrases.": (
        "Instalado %1, versión %2 (antes versión %3): %n frase.",
        "Instalado %1, versión %2 (antes versión %3): %n frases.",
    ),
    "Installed %1 version %2: %n phrases.": (
        "Instalado %1, versión %2: %n frase.",
        "Instalado %1, versión %2: %n frases.",
    ),
    "unknown problem": "problema desconocido",
    "Skipped %1: %2 (and %n more problems)": (
        "Omitido %1: %2 (y %n problema más)",
        "Omitido %1: %2 (y %n problemas más)",
    ),
    "Skipped %1: %2": "Omitido %1: %2",
    "Campaign packs updated": "Paquetes de campaña actualizados",
    "From the pack folder %1:": "Desde la carpeta de paquetes %1:",
    # Starting: a damaged knowledge base rebuilt, or no start at all.
    "Agent Assistant cannot start.\n\n%1": "Agent Assistant no puede iniciarse.\n\n%1",
    "Knowledge base recovered": "Base de conocimiento recuperada",
    "The knowledge base was damaged and could not be used (%1).": "La base de conocimiento "
    "estaba dañada y no se podía usar (%1).",
    "It was moved aside to %1 and a new one was built.": "Se apartó a %1 y se creó una nueva.",
    "A new one was built.": "Se creó una nueva.",
    "Packs reinstalled: the built-in pack; others: %1.": "Paquetes reinstalados: el "
    "integrado; otros: %1.",
    "Packs reinstalled: the built-in pack only.": "Paquetes reinstalados: solo el integrado.",
    "Not reinstalled (no usable copy was kept, or its signature is not accepted): %1. Import "
    "them again from the pack files.": "Sin reinstalar (no se guardó una copia utilizable, o "
    "su firma no se acepta): %1. Vuelva a importarlos desde los archivos de paquete.",
    "Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 "
    "(%n records). Anything you did after that backup was made is lost.": (
        "Sus favoritas, el uso de frases, las esperas y las rellamadas se "
        "recuperaron de la copia de seguridad del %1 (%n registro). Lo que hizo después de esa "
        "copia se perdió.",
        "Sus favoritas, el uso de frases, las esperas y las rellamadas se "
        "recuperaron de la copia de seguridad del %1 (%n registros). Lo que hizo después de "
        "esa copia se perdió.",
    ),
    "No usable backup was found: your favourites, phrase usage, holds and callbacks could not "
    "be restored.": "No se encontró ninguna copia de seguridad utilizable: no se pudieron "
    "recuperar sus favoritas, el uso de frases, las esperas ni las rellamadas.",
    "The file that keeps your own data (%1: favourites, phrase usage, holds, calls and "
    "callbacks) was missing or empty.": "El archivo que guarda sus propios datos (%1: "
    "favoritas, uso de frases, esperas, llamadas y rellamadas) faltaba o estaba "
    "vacío.",
    "The file that keeps your own data (%1: favourites, phrase usage, holds, calls and "
    "callbacks) was damaged and could not be used (%2).": "El archivo que guarda sus propios "
    "datos (%1: favoritas, uso de frases, esperas, llamadas y rellamadas) estaba "
    "dañado y no se podía usar (%2).",
    "It was moved aside to %1 and a new one was started.": "Se apartó a %1 y se empezó uno nuevo.",
    "A new one was started.": "Se empezó uno nuevo.",
    "Your packs were not affected.": "Sus paquetes no se vieron afectados.",
    "Your favourites, phrase usage, holds, calls and callbacks are kept in a file of their own "
    "(%1) and were not affected: nothing of yours was lost.": "Sus favoritas, el uso de "
    "frases, las esperas, las llamadas y las rellamadas se guardan en un archivo "
    "propio (%1) y no se vieron afectados: no se perdió nada suyo.",
    "Your favourites, phrase usage, holds, calls and callbacks were still in the knowledge base "
    "and were moved into the new %1: nothing of yours was lost.": "Sus favoritas, el uso de "
    "frases, las esperas, las llamadas y las rellamadas seguían en la base de "
    "conocimiento y se trasladaron al nuevo %1: no se perdió nada suyo.",
    # The cheat sheet, as the pack editor writes it.
    "%1: cheat sheet": "%1: hoja de referencia",
    "Customer moods": "Ánimo de los clientes",
    "Signs:": "Señales:",
    "Do:": "Hacer:",
    "Avoid:": "Evitar:",
    "optional": "opcional",
    "e.g.": "p. ej.",
    "%1 · %2 · %3 · %4 v%5": "%1 · %2 · %3 · %4 v%5",
    "Check in with a customer on hold at least every %1 s": "Vuelva con el cliente en espera "
    "al menos cada %1 s",
    "Check in with a customer on hold at least every %1 s: “%2”": "Vuelva con el cliente en "
    "espera al menos cada %1 s: «%2»",
    # Pasting where the agent is typing: the quick search popup, its news, its settings.
    "Quick search": "Búsqueda rápida",
    "Quick search: paste a phrase": "Búsqueda rápida: pegar una frase",
    "Search phrases to paste": "Buscar frases para pegar",
    "Preview of the text that will be pasted": "Vista previa del texto que se pegará",
    "Enter pastes into %1 · Ctrl+Enter copies · Esc closes": "Intro pega en %1 · Ctrl+Intro "
    "copia · Esc cierra",
    "Enter copies · Esc closes": "Intro copia · Esc cierra",
    "Pasted into %1: %2": "Pegado en %1: %2",
    "Not pasted: %1 was closed. The phrase is on the clipboard.": "No se pegó: %1 se cerró. "
    "La frase está en el portapapeles.",
    "Not pasted: %1 did not get the focus back (another window has it). The phrase is on the "
    "clipboard.": "No se pegó: %1 no recuperó el foco (lo tiene otra ventana). La frase está "
    "en el portapapeles.",
    "Copied: there was no window to paste into. Paste it with Ctrl+V where you want it.": (
        "Copiado: no había ninguna ventana donde pegar. Péguelo con Ctrl+V donde lo necesite."
    ),
    "Copied, not pasted: your IT policy switches pasting into other programs off. Paste it "
    "with Ctrl+V.": "Copiado, no pegado: la política de TI desactiva el pegado en otros "
    "programas. Péguelo con Ctrl+V.",
    "Copied, not pasted: on Wayland a program may not type into another one. Paste it with "
    "Ctrl+V.": "Copiado, no pegado: en Wayland un programa no puede escribir en otro. Péguelo "
    "con Ctrl+V.",
    "Copied, not pasted: pasting into other programs is not built in on macOS. Paste it with "
    "Cmd+V.": "Copiado, no pegado: pegar en otros programas no está integrado en macOS. "
    "Péguelo con Cmd+V.",
    "Copied, not pasted: this desktop does not let Agent Assistant press keys (the log says "
    "why). Paste it with Ctrl+V.": "Copiado, no pegado: este escritorio no deja que Agent "
    "Assistant pulse teclas (el registro dice por qué). Péguelo con Ctrl+V.",
    "Pasting": "Pegado",
    "Copies the phrase": "Copia la frase",
    "Pastes it into the program I came from": "La pega en el programa del que vengo",
    "None: Ctrl+V everywhere": "Ninguno: Ctrl+V en todos",
    "Programs that paste with Shift+Insert instead of Ctrl+V (terminals), by window class or "
    "program name, separated by commas.": "Programas que pegan con Mayús+Insert en lugar de "
    "Ctrl+V (terminales), por clase de ventana o nombre de programa, separados por comas.",
    "Expand a&bbreviations (;sorry) typed in any program": "E&xpandir abreviaturas (;sorry) "
    "escritas en cualquier programa",
    "A phrase's shortcut typed anywhere is replaced by the phrase. Only the last few "
    "characters typed are kept in memory, and never written anywhere.": "El atajo de una "
    "frase escrito en cualquier programa se sustituye por la frase. Solo los últimos "
    "caracteres escritos se guardan en memoria, y nunca se escriben en ningún sitio.",
    "Switched off by your IT policy.": "Desactivado por la política de TI.",
    "&Enter in the window:": "Intro en la &ventana:",  # &Idioma is Alt+I
    "Shift+&Insert in:": "Mayús+Insert en e&stos programas:",  # &Empresa is Alt+E
    "Enter in the window": "Intro en la ventana",
    "Programs that paste with Shift+Insert": "Programas que pegan con Mayús+Insert",
    "Expand abbreviations": "Expandir abreviaturas",
    "Quick search &shortcut:": "&Atajo de búsqueda rápida:",
    "Quick search shortcut": "Atajo de búsqueda rápida",
    # The team folder in seconds, the pack editor's toolbar and its truthful fields.
    "A team pack could not be installed; your supervisor can see why in the Pack manager.": (
        "No se pudo instalar un paquete del equipo; su supervisor puede ver por qué en el "
        "Gestor de paquetes."
    ),
    "The team pack folder cannot be reached; new packs are installed once it is back.": (
        "No se puede acceder a la carpeta de paquetes del equipo; los paquetes nuevos se "
        "instalarán cuando vuelva a estar disponible."
    ),
    "Packs in the shared folder not installed": "Paquetes de la carpeta compartida no instalados",
    "%1 is not installed: %2": "%1 no está instalado: %2",
    "%1 (not valid)": "%1 (no válido)",
    "New": "Nuevo",
    "Open": "Abrir",
    "Install": "Instalar",
    "Publish": "Publicar",
    "Required step": "Paso obligatorio",
    "A call that ends without this step ticked is flagged.": "Una llamada que termina sin "
    "marcar este paso queda señalada.",
    "The file is too large to keep its comments and layout.": "El archivo es demasiado grande "
    "para conservar sus comentarios y su formato.",
    "Team packs updated: %1.": (
        "Paquete del equipo actualizado: %1.",
        "Paquetes del equipo actualizados: %1.",
    ),
    # The team floor (ui/floor.py, ui/team_status.py, the settings' Team floor group).
    "Team floor": "Panel del equipo",
    "Team floor…": "Panel del equipo…",
    "State": "Estado",
    "On hold": "En espera",
    "On call": "En llamada",
    "Overdue %1": "Retrasada %1",
    "In %1": "En %1",
    "Not seen for %1": "Sin noticias desde hace %1",
    "Idle": "Libre",
    "On a call": "En una llamada",
    "Signed out": "Desconectado",
    "%1 has not been seen for %2: the program was closed without signing out, the computer "
    "is off, or it cannot reach the team folder. What is shown is the last state it "
    "published.": "No hay noticias de %1 desde hace %2: el programa se cerró sin "
    "desconectarse, el ordenador está apagado o no llega a la carpeta del equipo. Se muestra "
    "el último estado que publicó.",
    "%1's customer has waited %2 past the check-in point.": "El cliente de %1 lleva %2 "
    "esperando después del momento de volver con él.",
    "Agents now": "Agentes ahora",
    "&Now": "&Ahora",
    "No team folder is set.": "No hay carpeta del equipo.",
    "Set the team folder in Settings (Team floor), or ask IT to set it in the policy file "
    "([team] folder). Agents publish there when 'Publish my status to the team floor' is on "
    "in their Settings.": "Indique la carpeta del equipo en Configuración (Panel del equipo) "
    "o pida a TI que la fije en el archivo de directivas ([team] folder). Los agentes "
    "publican en ella cuando tienen activado 'Publicar mi estado en el panel del equipo' en "
    "su Configuración.",
    "Team folder: %1": "Carpeta del equipo: %1",
    "Reading the team folder…": "Leyendo la carpeta del equipo…",
    "The team folder cannot be read: %1": "No se puede leer la carpeta del equipo: %1",
    "%n agents": ("%n agente", "%n agentes"),
    "%n on hold": ("%n en espera", "%n en espera"),
    "%n overdue": ("%n retrasada", "%n retrasadas"),
    "%n not seen": ("%n sin noticias", "%n sin noticias"),
    "P&ublish my status to the team floor": "P&ublicar mi estado en el panel del equipo",
    "Publish my status to the team floor": "Publicar mi estado en el panel del equipo",
    "Your state (idle, on a call, on hold and for how long) and your finished holds, "
    "check-ins and calls go to the team folder for your supervisor. Customers' names, "
    "numbers and notes never leave this computer.": "Su estado (libre, en llamada, en espera "
    "y desde cuándo) y sus esperas, vueltas con el cliente y llamadas terminadas van a la "
    "carpeta del equipo para su supervisor. Los nombres, números y notas de los clientes "
    "nunca salen de este ordenador.",
    "The 'team' folder in the pack folder": "La carpeta 'team' de la carpeta de paquetes",
    "Your sign-in name": "Su nombre de usuario",
    "Set by IT (policy.ini)": "Fijado por TI (policy.ini)",
    "Team f&older:": "Carpeta del e&quipo:",
    "&Name the team sees:": "Nom&bre para el equipo:",
    "Team folder": "Carpeta del equipo",
    "Choose the team folder": "Elegir la carpeta del equipo",
    "Name the team sees": "Nombre para el equipo",
    "Agent or campaign": "Agente o campaña",
    "Holds": "Esperas",
    "Average": "Media",
    "Longest": "La más larga",
    "Check-ins on time": "Vueltas a tiempo",
    "Overdue": "Retraso",
    "Campaign: %1": "Campaña: %1",
    "(none)": "(ninguna)",
    "Whole team": "Todo el equipo",
    "Team folder offline": "Carpeta del equipo sin conexión",
    "The team folder %1 cannot be reached (%2). Your holds and calls are kept on this "
    "computer and sent when it is back.": "No se llega a la carpeta del equipo %1 (%2). Sus "
    "esperas y llamadas se guardan en este ordenador y se envían cuando vuelva.",
    "No team folder": "Sin carpeta del equipo",
    "Publishing to the team floor is on, but no team folder is set: choose one in Settings, "
    "or ask IT.": "La publicación en el panel del equipo está activada, pero no hay carpeta "
    "del equipo: elija una en Configuración o pida a TI.",
}

# Plural forms (sources with %n): Spanish has two, like English.
Forms = tuple[str, str]

# English is the source language, but a source with %n still needs its English forms ("1
# phrase", "2 phrases"): agent_assistant_en.ts gets these, and nothing else.
EN_PLURALS: dict[str, Forms] = {
    "%n agents": ("%n agent", "%n agents"),
    "%n on hold": ("%n on hold", "%n on hold"),
    "%n overdue": ("%n overdue", "%n overdue"),
    "%n more": ("%n more", "%n more"),
    "%n not seen": ("%n not seen", "%n not seen"),
    "%n required steps left": ("%n required step left", "%n required steps left"),
    "Call&backs (%n due)": ("Call&backs (%n due)", "Call&backs (%n due)"),
    "%n results (best first)": ("%n result (best first)", "%n results (best first)"),
    "%n phrases": ("%n phrase", "%n phrases"),
    "Team packs updated: %1.": ("Team pack updated: %1.", "Team packs updated: %1."),
    "<b>Today</b>: %n holds, average %1, longest %2": (
        "<b>Today</b>: %n hold, average %1, longest %2",
        "<b>Today</b>: %n holds, average %1, longest %2",
    ),
    "Check-ins: %1% on time (%2 of %n)": (
        "Check-ins: %1% on time (%2 of %n)",
        "Check-ins: %1% on time (%2 of %n)",
    ),
    "Remove the pack '%1' (%n phrases)?\nAgents' favourites are kept in case it is installed "
    "again.": (
        "Remove the pack '%1' (%n phrase)?\nAgents' favourites are kept in case it is installed "
        "again.",
        "Remove the pack '%1' (%n phrases)?\nAgents' favourites are kept in case it is "
        "installed again.",
    ),
    "Installed %1 version %2 (was version %3): %n phrases.": (
        "Installed %1 version %2 (was version %3): %n phrase.",
        "Installed %1 version %2 (was version %3): %n phrases.",
    ),
    "Installed %1 version %2: %n phrases.": (
        "Installed %1 version %2: %n phrase.",
        "Installed %1 version %2: %n phrases.",
    ),
    "… and %n more: `agent-assistant pack validate %1` lists them all.": (
        "… and %n more: `agent-assistant pack validate %1` lists it.",
        "… and %n more: `agent-assistant pack validate %1` lists them all.",
    ),
    "Skipped %1: %2 (and %n more problems)": (
        "Skipped %1: %2 (and %n more problem)",
        "Skipped %1: %2 (and %n more problems)",
    ),
    "Your favourites, phrase usage, holds and callbacks were restored from the backup of %1 "
    "(%n records). Anything you did after that backup was made is lost.": (
        "Your favourites, phrase usage, holds and callbacks were restored from the backup of "
        "%1 (%n record). Anything you did after that backup was made is lost.",
        "Your favourites, phrase usage, holds and callbacks were restored from the backup of "
        "%1 (%n records). Anything you did after that backup was made is lost.",
    ),
}

# The same English in two places that Spanish says differently (a mnemonic already taken in
# that dialog, a shorter word where space is tight): (context, source) -> Spanish.
ES_IN_CONTEXT: dict[tuple[str, str], str | Forms] = {
    # The call bar's toggle sits beside its title LLAMADA: "Iniciar llamada" and "Terminar
    # llamada" left the bar too wide for 420 pixels. "Terminar" alone, over the hold bar's
    # "Terminar espera", read as one action twice: the call is hung up.
    ("CallBar", "Start call"): "Iniciar",
    ("CallBar", "End call"): "Colgar",
}

# An unfinished translation is empty, or lupdate's guess from the same text in another
# context; a finished one was made from the table, or by a translator. The table's wins over
# each; one the table does not know is left as it is.
CONTEXT = re.compile(r"<context>\s*<name>(?P<name>[^<]*)</name>.*?</context>", re.DOTALL)
MESSAGE = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r"<translation(?P<unfinished> type=\"unfinished\")?>"
    r"(?P<body>(?:[^<]|<numerusform>[^<]*</numerusform>)*)</translation>",
)


def _xml(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;")


def fill(text: str, language: str = "es") -> tuple[str, list[str]]:
    """``text`` (a .ts file) with the table's translations filled in, and the sources the
    table does not know."""
    missing: list[str] = []

    def in_context(block: re.Match[str]) -> str:
        context = html.unescape(block.group("name"))

        def replace(match: re.Match[str]) -> str:
            source = html.unescape(match.group("source"))
            plural = "<numerusform>" in match.group("body")
            target: str | Forms | None
            if language == "en":
                if not plural or not match.group("unfinished"):
                    return match.group(0)  # the source is the English, or a translator's
                target = EN_PLURALS.get(source)
            else:
                target = ES_IN_CONTEXT.get((context, source), ES.get(source))
            if target is None or isinstance(target, tuple) != plural:
                if match.group("unfinished"):
                    missing.append(source)
                return match.group(0)
            if isinstance(target, tuple):
                forms = "".join(
                    f"\n            <numerusform>{_xml(f)}</numerusform>" for f in target
                )
                return f"{match.group(1)}<translation>{forms}\n        </translation>"
            return f"{match.group(1)}<translation>{_xml(target)}</translation>"

        return MESSAGE.sub(replace, block.group(0))

    return CONTEXT.sub(in_context, text), missing


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else
                "resources/translations/agent_assistant_es.ts")  # fmt: skip
    text = path.read_text(encoding="utf-8")
    header = re.search(r'<TS [^>]*language="(?P<language>[a-z]+)', text)
    language = header.group("language") if header else "es"
    text, missing = fill(text, language)
    path.write_text(text, encoding="utf-8")
    for source in missing:
        print(f"{path}: untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
