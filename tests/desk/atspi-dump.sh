#!/usr/bin/env bash
# Runs the desk the way a screen reader meets it on Linux — over AT-SPI on a private D-Bus session,
# on a virtual screen — signed in as a demo agent against a demo router, then prints its accessible
# tree and the announcements it made while starting (the live region's accessible-name changes).
# Exits 1 when a focusable, showing node has no name. Needs a display or Xvfb; not part of ctest.
#   bash tests/desk/atspi-dump.sh [BUILD_DIR]      (default: build; handoff-router and handoff-desk built)
#   HANDOFF_ATSPI_USER=sam bash tests/desk/atspi-dump.sh   the supervisor's window (default alice)
# Debian 12: installs at-spi2-core, python3-pyatspi, dbus-x11 and xvfb when missing (as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
user=${HANDOFF_ATSPI_USER:-alice}
router="$build/src/router/handoff-router"
desk="$build/src/desk/handoff-desk"
for b in "$router" "$desk"; do
    [ -x "$b" ] || { echo "atspi-dump: $b is not built (cmake --build $build --target handoff-router handoff-desk)" >&2; exit 2; }
done

missing=()
for p in at-spi2-core python3-pyatspi dbus dbus-x11 xvfb xauth; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "atspi-dump: missing Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
        exit 2
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d)
router_pid=''
cleanup() {
    if [ -n "$router_pid" ]; then kill -TERM "$router_pid" 2>/dev/null || true; wait "$router_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$router" demo --data-dir "$work/data" >/dev/null
"$router" serve --listen "127.0.0.1:$port" --data-dir "$work/data" 2>"$work/router.log" &
router_pid=$!
for _ in $(seq 1 100); do
    /usr/bin/python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.1
done

# The desk's settings and cache stay in the temporary directory.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share" XDG_CACHE_HOME="$work/cache"
export HANDOFF_DESK_PASSWORD=demo QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
cat >"$work/dump.py" <<'PY'
import subprocess, sys
import pyatspi
from gi.repository import GLib

desk, server, user = sys.argv[1:4]
announced = []

def on_event(e):
    try:
        if e.source.getRoleName() == "notification":
            announced.append(f"{e.type}: {e.source.name!r}")
    except Exception:
        pass

pyatspi.Registry.registerEventListener(on_event, "object:property-change:accessible-name")
pyatspi.Registry.registerEventListener(on_event, "object:state-changed:showing")
proc = subprocess.Popen([desk, "--server", f"ws://{server}", "--user", user])
GLib.timeout_add_seconds(12, lambda: pyatspi.Registry.stop())
pyatspi.Registry.start()

app = None
for a in pyatspi.Registry.getDesktop(0):
    if a is not None and "handoff" in (a.name or "").lower():
        app = a
if app is None:
    print("atspi-dump: the desk did not appear on the accessibility bus")
    proc.terminate()
    sys.exit(1)

unnamed = []
ITEMS = {"list item", "table cell", "column header", "row header", "tree item"}

def walk(node, depth, path):
    if node is None or depth > 40:
        return
    states = node.getState()
    role = node.getRoleName()
    name = node.name or ""
    flags = [s for s, st in (("focusable", pyatspi.STATE_FOCUSABLE), ("focused", pyatspi.STATE_FOCUSED),
                             ("showing", pyatspi.STATE_SHOWING)) if states.contains(st)]
    desc = f" — {node.description}" if node.description else ""
    print(f"{'  ' * depth}[{role}] {name!r}{desc} {{{', '.join(flags)}}}")
    if (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
            and not name.strip() and role not in ITEMS):
        unnamed.append(f"{path}/{role}")
    count = node.childCount
    shown = count if role not in ("list", "table", "tree", "tree table") else min(count, 4)
    for i in range(shown):
        walk(node.getChildAtIndex(i), depth + 1, f"{path}/{role}")
    if shown < count:
        print(f"{'  ' * (depth + 1)}… {count - shown} more items")

walk(app, 0, "")
print()
print("Announcements while starting:")
for a in announced:
    print("  " + a)
proc.terminate()
proc.wait(10)
if unnamed:
    print()
    print("Focusable nodes without a name:")
    for u in unnamed:
        print("  " + u)
    sys.exit(1)
print()
print("Every focusable node has a name.")
PY
xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- /usr/bin/python3 "$work/dump.py" "$desk" "127.0.0.1:$port" "$user"
