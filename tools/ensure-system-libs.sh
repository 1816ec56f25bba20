#!/usr/bin/env bash
# Installs the Debian/Ubuntu system libraries that Qt 6 (PySide6) needs, and the tools the test
# suite uses (Xvfb, evilwm, poppler-utils), but only those that are missing: a machine that
# has them all is left alone and no package manager runs.
#
#   tools/ensure-system-libs.sh run    libraries to open the window
#   tools/ensure-system-libs.sh test   the same, plus Xvfb (and a window manager) for the
#                                      real-window tests
set -euo pipefail
purpose=${1:-run}

# library soname -> Debian package providing it
declare -A libs=(
  [libEGL.so.1]=libegl1
  [libGL.so.1]=libgl1
  [libOpenGL.so.0]=libopengl0
  [libfontconfig.so.1]=libfontconfig1
  [libfreetype.so.6]=libfreetype6
  [libxkbcommon.so.0]=libxkbcommon0
  [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libdbus-1.so.3]=libdbus-1-3
  [libglib-2.0.so.0]=libglib2.0-0
  [libX11-xcb.so.1]=libx11-xcb1
  [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-image.so.0]=libxcb-image0
  [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-render-util.so.0]=libxcb-render-util0
  [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-xinerama.so.0]=libxcb-xinerama0
  [libxcb-xkb.so.1]=libxcb-xkb1
  [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-xfixes.so.0]=libxcb-xfixes0
  [libxcb-shm.so.0]=libxcb-shm0
  [libxrender.so.1]=libxrender1
  [libSM.so.6]=libsm6
  [libICE.so.6]=libice6
  # XTEST and RECORD: pasting into other programs, abbreviations (assistant/paste/x11.py);
  # the tests press keys on the virtual screen with it too.
  [libXtst.so.6]=libxtst6
)

missing=()
have_libs=$(ldconfig -p 2>/dev/null || true)
for so in "${!libs[@]}"; do
  grep -qiF "$so " <<<"$have_libs" || missing+=("${libs[$so]}")
done
# Without any font Qt draws empty boxes instead of text.
if ! command -v fc-list >/dev/null 2>&1 || [[ -z $(fc-list 2>/dev/null | head -1) ]]; then
  missing+=(fontconfig fonts-dejavu-core)
fi
if [[ $purpose == test ]]; then
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
  command -v xauth >/dev/null 2>&1 || missing+=(xauth)
  # A window manager for the paste test that runs with one (one small package, no libraries).
  command -v evilwm >/dev/null 2>&1 || missing+=(evilwm)
  # The cheat-sheet tests read the PDF's text back (pdftotext).
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi

((${#missing[@]})) || exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "Installing system packages Qt needs: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "error: not root and no sudo; install these packages and run again: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq </dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
