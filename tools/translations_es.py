"""Spanish strings for resources/translations/agent_assistant_es.ts.

`make translations` runs lupdate (new sources appear unfinished), then this fills in the
strings known here, then lrelease compiles the .qm. Translators may also edit the .ts with
pyside6-linguist; strings they translate there are kept.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ES = {
    "What you just did was not saved; everything saved before is safe.": "Lo que acaba de "
    "hacer no se guardó; todo lo guardado antes está a salvo.",
    "Include: %1": "Incluir: %1",
    "Search phrases": "Buscar frases",
    "Copy result %1": "Copiar resultado %1",
    "Star or unstar phrase": "Marcar o desmarcar frase favorita",
    "Copy the check-in phrase": "Copiar la frase de seguimiento",
    "Start/end call": "Iniciar/terminar llamada",
    "Promise a callback…": "Prometer una devolución de llamada…",
    "Show call flow, callbacks, today": "Mostrar guion, devoluciones y hoy",
    "Chime at reminders": "Sonido en los recordatorios",
    "Edit packs…": "Editar paquetes…",
    " pt": " pt",
    "&Call": "&Llamada",
    "&Company:": "&Empresa:",
    "&File": "&Archivo",
    "&Font size:": "&Tamaño de letra:",
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
    "Bring-forward &shortcut:": "&Atajo para traer al frente:",
    "Bring-forward shortcut": "Atajo para traer al frente",
    "Browse…": "Examinar…",
    "Ca&mpaign:": "Ca&mpaña:",
    "Campaign for the company name": "Campaña para el nombre de empresa",
    "Check in with held customer": "Atender al cliente en espera",
    "Choose the pack folder": "Elegir la carpeta de paquetes",
    "Closing the window keeps it in the tray": "Al cerrar la ventana, sigue en la bandeja",
    "Compact mode": "Modo compacto",
    "Company": "Empresa",
    "Company for this campai&gn:": "Empresa para esta campa&ña:",
    "Company for this campaign": "Empresa para esta campaña",
    "Copied: %1": "Copiado: %1",
    "Customer mood": "Ánimo del cliente",
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
    "Play a chime at each check-in point": "Sonar un aviso en cada punto de atención",
    "Quit": "Salir",
    "Same as the company above": "La misma empresa de arriba",
    "Settings": "Configuración",
    "Settings…": "Configuración…",
    "Show notifications for holds and callbacks": "Mostrar avisos de esperas y devoluciones "
    "de llamada",
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
    "Cheat sheet": "Hoja de referencia",
    "Cheat sheet PDF…": "Hoja de referencia en PDF…",
    "Check-in phrase": "Frase de seguimiento",
    "Close": "Cerrar",
    "Description": "Descripción",
    "Direction": "Dirección",
    "Down": "Bajar",
    "Edit": "Editar",
    "Fix the problems listed below first.": "Primero corrija los problemas de la lista de abajo.",
    "Hold check-in (s)": "Seguimiento en espera (s)",
    "Hold: check in every %1 s": "Espera: atender cada %1 s",
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
    "one per line": "uno por línea",
    "optional section '%1' (ticked)": "sección opcional «%1» (marcada)",
    "persona ids": "ids de perfil",
    "phrase ids, separated by commas": "ids de frase, separados por comas",
    "separated by commas": "separados por comas",
    # The pack format's fixed values, as the editor's drop-downs name them.
    "Banking": "Banca",
    "Blended": "Mixta",
    "Callback": "Devolución de llamada",
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
    "International": "Internacional",
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
}

# An unfinished translation is empty, or lupdate's guess from the same text in another
# context; either way the table's wins. Finished ones (a translator's) are left alone.
MESSAGE = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*)<translation type=\"unfinished\">[^<]*</translation>",
)


def fill(text: str) -> tuple[str, list[str]]:
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        source = html.unescape(match.group("source"))
        target = ES.get(source)
        if target is None:
            missing.append(source)
            return match.group(0)
        escaped = html.escape(target, quote=False).replace("'", "&apos;")
        return f"{match.group(1)}<translation>{escaped}</translation>"

    return MESSAGE.sub(replace, text), missing


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else
                "resources/translations/agent_assistant_es.ts")  # fmt: skip
    text, missing = fill(path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    for source in missing:
        print(f"{path}: untranslated: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
