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
