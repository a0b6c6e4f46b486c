#!/bin/bash
# Install test for the Debian packages: proves that handoff-router, handoff-cli and handoff-desk install, work
# and purge cleanly on a clean Debian 12 (bookworm) system. See "Install test" in docs/packaging.md.
#
#   sudo packaging/linux/install-test.sh                 # builds the packages first (in build-install-test/)
#   sudo packaging/linux/install-test.sh --debs DIR      # tests handoff-{router,cli,desk}_*.deb from DIR
#
# Options:
#   --debs DIR      take the .deb files from DIR instead of building them
#   --build-dir DIR build them in DIR (default build-install-test in the source tree); an existing build
#                   directory keeps its own CMake options and is only brought up to date
#   --cache DIR     where the clean bookworm root and the downloaded packages are kept between runs
#                   (default /var/cache/handoff-install-test; delete it to start from scratch)
#   --mirror URL    Debian mirror (default http://deb.debian.org/debian)
#   --port N        loopback port the router serves on during the test (default 18080)
#   --keep          keep the test roots (under a temporary directory) for a look afterwards
#
# Needs root (chroot, mounts), debootstrap (apt-get install debootstrap) and network access to the mirror;
# to build, also what the build needs (README.md) and ninja-build.
# Each role is installed with apt into its own fresh copy of a debootstrap --variant=minbase root: the
# "server" gets handoff-router, the "agent's machine" handoff-cli (it signs in to the server's router over
# loopback: chroots share the host's network), the "desktop" handoff-desk; a fourth root gets systemd (not
# running) before handoff-router, as a standard Debian 12 server has it. The first failing check stops the
# test with exit status 1 and says what failed; at the end a summary table is printed.
set -euo pipefail

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
die() {
    printf '\nFAILED: %s\n' "$*" >&2
    exit 1
}

SOURCE_DIR=$(cd "$(dirname "$0")/../.." && pwd)
DEBS=""
BUILD_DIR=$SOURCE_DIR/build-install-test
CACHE=/var/cache/handoff-install-test
MIRROR=http://deb.debian.org/debian
PORT=18080
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
    --debs) DEBS=$2; shift 2 ;;
    --build-dir) BUILD_DIR=$2; shift 2 ;;
    --cache) CACHE=$2; shift 2 ;;
    --mirror) MIRROR=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
    esac
done

[ "$(id -u)" = 0 ] || die "run as root: the test uses chroot and mounts (sudo $0 $*)"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is already in use on this machine: pick another with --port"
fi

T0=$(date +%s)
declare -a SUMMARY=()
check() { # check NAME DETAIL: a passed check for the summary
    SUMMARY+=("$(printf '%-52s %s' "$1" "$2")")
    printf '  ok  %s: %s\n' "$1" "$2"
}

# ---- mounts and clean-up --------------------------------------------------------------------------------------
WORK=$(mktemp -d /var/tmp/handoff-install-test.XXXXXX)
declare -a MOUNTS=()
ROUTER_PID=""
cleanup() {
    local rc=$?
    set +e
    if [ -n "$ROUTER_PID" ] && kill -0 "$ROUTER_PID" 2>/dev/null; then
        kill "$ROUTER_PID"
        wait "$ROUTER_PID" 2>/dev/null
    fi
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}"
    done
    if [ "$KEEP" = 1 ]; then
        say "Test roots kept in $WORK"
    else
        # Only when nothing is mounted in there any more: never delete through a bind mount.
        if ! grep -q " $WORK/" /proc/self/mounts; then
            rm -rf "$WORK"
        else
            say "Something is still mounted under $WORK; not deleting it" >&2
        fi
    fi
    exit $rc
}
trap cleanup EXIT
trap 'printf "\nInterrupted: unmounting and removing the test roots\n" >&2; exit 130' INT TERM

mount_into() { # mount_into ROOT: what apt and the programs need inside a chroot
    local root=$1
    mkdir -p "$CACHE/apt-archives/partial" "$root/var/cache/apt/archives"
    mount -t proc proc "$root/proc" || die "cannot mount /proc in $root"
    MOUNTS+=("$root/proc")
    local dir
    for dir in /dev /dev/pts; do
        mount --bind "$dir" "$root$dir" || die "cannot bind-mount $dir in $root"
        MOUNTS+=("$root$dir")
    done
    mount --bind "$CACHE/apt-archives" "$root/var/cache/apt/archives" || die "cannot bind-mount the package cache in $root"
    MOUNTS+=("$root/var/cache/apt/archives")
}
unmount_from() { # unmount_from ROOT
    local root=$1 i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        case "${MOUNTS[i]}" in
        "$root"/*) umount "${MOUNTS[i]}" && unset 'MOUNTS[i]' ;;
        esac
    done
    MOUNTS=("${MOUNTS[@]}")
}
in_root() { # in_root ROOT COMMAND...: runs a command in the chroot with a clean environment
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# ---- 1. a clean Debian 12 root, cached (first: without a mirror it fails before any build) --------------
step "Clean Debian 12 root"
mkdir -p "$CACHE"
ROOT_TAR=$CACHE/bookworm-minbase-root.tar
if [ ! -s "$ROOT_TAR" ]; then
    tb=$(date +%s)
    say "Not cached yet: debootstrap --variant=minbase bookworm from $MIRROR (a few minutes)"
    fresh=$WORK/debootstrap
    debootstrap --variant=minbase bookworm "$fresh" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || { KEEP=1; die "debootstrap failed, see $WORK/debootstrap.log"; }
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://security.debian.org/debian-security bookworm-security main\n' \
        "$MIRROR" "$MIRROR" >"$fresh/etc/apt/sources.list"
    rm -f "$fresh"/var/cache/apt/archives/*.deb
    tar -C "$fresh" -cf "$ROOT_TAR.new" . && mv "$ROOT_TAR.new" "$ROOT_TAR"
    rm -rf "$fresh"
    say "Made $ROOT_TAR in $(($(date +%s) - tb)) s"
else
    say "Cached: $ROOT_TAR ($(date -r "$ROOT_TAR" -u '+%Y-%m-%d %H:%M UTC'))"
fi

# ---- 2. the packages --------------------------------------------------------------------------------------------
step "Packages"
if [ -z "$DEBS" ]; then
    DEBS=$BUILD_DIR
    say "Building them in $DEBS"
    tb=$(date +%s)
    if [ ! -f "$DEBS/CMakeCache.txt" ]; then
        command -v ninja >/dev/null || die "ninja is missing: apt-get install ninja-build (or pass --debs DIR)"
        cmake -S "$SOURCE_DIR" -B "$DEBS" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHANDOFF_BUILD_TESTS=OFF \
            -DHANDOFF_BUILD_BENCH=OFF >"$WORK/build.log" 2>&1 || { KEEP=1; die "cmake configure failed, see $WORK/build.log"; }
    fi
    cmake --build "$DEBS" --parallel 2 >>"$WORK/build.log" 2>&1 || { KEEP=1; die "build failed, see $WORK/build.log"; }
    rm -f "$DEBS"/handoff-*.deb
    (cd "$DEBS" && cpack -G DEB) >>"$WORK/build.log" 2>&1 || { KEEP=1; die "cpack failed, see $WORK/build.log"; }
    say "Built in $(($(date +%s) - tb)) s"
fi
DEBS=$(cd "$DEBS" && pwd)
declare -A DEB=()
for pkg in handoff-router handoff-cli handoff-desk; do
    mapfile -t found < <(find "$DEBS" -maxdepth 1 -name "${pkg}_*.deb" | sort)
    [ ${#found[@]} = 1 ] || die "expected exactly one ${pkg}_*.deb in $DEBS, found ${#found[@]}"
    DEB[$pkg]=${found[0]}
    say "$(basename "${found[0]}")  $(du -k "${found[0]}" | cut -f1) KiB"
done

new_root() { # new_root NAME: a fresh copy of the clean root in $WORK/NAME, mounted, with current package lists
    local root=$WORK/$1
    mkdir -p "$root"
    tar -C "$root" -xf "$ROOT_TAR"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # No service starts during installs (there is no init in a chroot anyway).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    mount_into "$root"
    in_root "$root" apt-get -qq update >"$WORK/$1-update.log" 2>&1 || die "apt-get update failed in $1 (see $WORK/$1-update.log, --keep)"
    mkdir -p "$root/tmp/debs"
    cp "${DEB[@]}" "$root/tmp/debs/"
    # The file list before any of ours is installed, to see later what a purge left behind.
    file_list "$root" >"$WORK/$1-before.txt"
}
file_list() { # file_list ROOT: every file and directory of the system, without caches, logs and state of apt/dpkg
    (cd "$1" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp -o -path ./run \
        -o -path ./var/cache/apt -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log \
        -o -path ./var/cache/debconf \) -prune -o -print | sort)
}
installed() { # installed ROOT: "package size-in-KiB" of every installed package
    in_root "$1" dpkg-query -W -f '${db:Status-Abbrev}\t${Package}\t${Installed-Size}\n' \
        | awk -F'\t' '$1 ~ /^ii/ {print $2, ($3 == "" ? 0 : $3)}' | sort
}
install_role() { # install_role ROOT NAME PACKAGE: apt-get install ./PACKAGE.deb; sets ADDED and ADDED_MIB
    local root=$1 name=$2 pkg=$3 t
    installed "$root" >"$WORK/$name-pkgs-before.txt"
    t=$(date +%s)
    in_root "$root" apt-get install -y --no-install-recommends "/tmp/debs/$(basename "${DEB[$pkg]}")" \
        >"$WORK/$name-install.log" 2>&1 || { KEEP=1; tail -30 "$WORK/$name-install.log"; die "apt-get install $pkg failed in the $name root"; }
    INSTALL_SECONDS=$(($(date +%s) - t))
    installed "$root" >"$WORK/$name-pkgs-after.txt"
    comm -13 "$WORK/$name-pkgs-before.txt" "$WORK/$name-pkgs-after.txt" >"$WORK/$name-added.txt"
    ADDED=$(awk -v p="$pkg" '$1 != p' "$WORK/$name-added.txt" | wc -l)
    ADDED_MIB=$(awk -v p="$pkg" '$1 != p {s += $2} END {printf "%.0f MiB", s / 1024}' "$WORK/$name-added.txt")
    OWN_MIB=$(awk -v p="$pkg" '$1 == p {printf "%.1f MiB", $2 / 1024}' "$WORK/$name-added.txt")
    say "  added: $pkg ($OWN_MIB) and $ADDED other packages ($ADDED_MIB installed), in ${INSTALL_SECONDS} s"
    libraries_found "$root" "/usr/bin/$pkg"
    # Built without help2man the packages have no manual page (docs/packaging.md): said, not a failure.
    if [ -f "$root/usr/share/man/man1/$pkg.1.gz" ]; then
        say "  manual page: /usr/share/man/man1/$pkg.1.gz"
    else
        say "  manual page: none (the packages were built without help2man)"
    fi
}
fresh_install() { # fresh_install NAME PACKAGE TITLE: a new root $WORK/NAME with PACKAGE installed
    step "$3: apt-get install ./$(basename "${DEB[$2]}")"
    new_root "$1"
    install_role "$WORK/$1" "$1" "$2"
}
# Graphical libraries a server or the command-line desk must not pull in.
GUI_LIBS='libqt6gui6|libqt6widgets6|libqt6opengl6|qt6-qpa-plugins|libx11-6|libxcb1|libgl1|libegl1|libwayland-client0|libfontconfig1|libfreetype6'
no_gui() { # no_gui NAME PACKAGE: fails when a graphical library is installed after PACKAGE was
    local gui
    gui=$(awk '{print $1}' "$WORK/$1-pkgs-after.txt" | grep -x -E "$GUI_LIBS" | one_line || true)
    [ -z "$gui" ] || die "$2 pulled graphical libraries: $gui"
}
libraries_found() { # libraries_found ROOT PROGRAM: every shared library PROGRAM needs is installed
    local missing
    missing=$(in_root "$1" ldd "$2" | grep 'not found' | one_line || true)
    [ -z "$missing" ] || die "$2 is missing libraries: $missing"
}
check_account() { # check_account ROOT LABEL: the handoff account and /var/lib/handoff as the postinst made them
    local root=$1 label=$2 home shell stat
    in_root "$root" getent passwd handoff >"$WORK/passwd.txt" || die "no user handoff after installing handoff-router"
    IFS=: read -r _ _ HUID _ _ home shell <"$WORK/passwd.txt"
    [ "$HUID" -lt 1000 ] || die "handoff is not a system user (uid $HUID)"
    [ "$home" = /var/lib/handoff ] || die "home of handoff is $home, not /var/lib/handoff"
    case "$shell" in */nologin | */false) ;; *) die "handoff has a login shell: $shell" ;; esac
    in_root "$root" getent group handoff >/dev/null || die "no group handoff"
    check "$label: system user handoff" "uid $HUID, home $home, shell $shell"
    stat=$(in_root "$root" stat -c '%a %U %G' /var/lib/handoff) || die "/var/lib/handoff does not exist"
    [ "$stat" = "700 handoff handoff" ] || die "/var/lib/handoff is '$stat', expected '700 handoff handoff'"
    check "$label: /var/lib/handoff" "mode 0700, owner handoff:handoff"
}
one_line() { tr '\n' ' ' | sed 's/ $//'; }
purge_role() { # purge_role ROOT NAME PACKAGE...: purge (and autoremove), then look for anything of ours left
    local root=$1 name=$2
    shift 2
    local p
    for p in "$@"; do in_root "$root" dpkg -L "$p" >>"$WORK/$name-owned.txt"; done
    in_root "$root" apt-get purge -y --autoremove "$@" >"$WORK/$name-purge.log" 2>&1 \
        || { tail -30 "$WORK/$name-purge.log"; die "apt-get purge $* failed in the $name root"; }
    local status
    for p in "$@"; do
        # Status-Abbrev: desired action, then state; "n" (not installed) is the only state a purge may leave.
        status=$(in_root "$root" dpkg-query -W -f '${db:Status-Abbrev}' "$p" 2>/dev/null || true)
        case "$status" in "" | ?n*) ;; *) die "$p is still known to dpkg after the purge (status '$status')" ;; esac
    done
    rm -rf "$root/tmp/debs"
    file_list "$root" >"$WORK/$name-after.txt"
    comm -13 "$WORK/$name-before.txt" "$WORK/$name-after.txt" >"$WORK/$name-left.txt"
    # Files the packages owned that are still there (directories shared with other packages do not count).
    local left_owned=""
    while IFS= read -r f; do
        [ -n "$f" ] && [ "$f" != /. ] || continue
        if [ -e "$root$f" ] && [ ! -d "$root$f" ]; then left_owned+="$f "; fi
        if [ -d "$root$f" ] && grep -qx ".$f" "$WORK/$name-left.txt"; then left_owned+="$f/ "; fi
    done < <(sort -u "$WORK/$name-owned.txt")
    [ -z "$left_owned" ] || die "the purge of $* left files the packages installed: $left_owned"
    # Anything new with our name on it, except what the packaging keeps on purpose.
    local ours unexpected
    ours=$(grep -i 'handoff' "$WORK/$name-left.txt" | sed 's/^\.//' || true)
    KEPT=$(echo "$ours" | grep -x -E "$KEEP_ON_PURGE" | one_line || true)
    unexpected=$(echo "$ours" | grep -v -x -E "$KEEP_ON_PURGE" | one_line || true)
    [ -z "$unexpected" ] || die "after the purge of $* these are left: $unexpected"
    OTHER_LEFT=$(grep -v -i 'handoff' "$WORK/$name-left.txt" | sed 's/^\.//' | one_line || true)
}

# ---- 3a. the server: handoff-router -------------------------------------------------------------------------
SERVER=$WORK/server
fresh_install server handoff-router Server
ROUTER_ADDED=$ADDED ROUTER_MIB=$ADDED_MIB ROUTER_OWN=$OWN_MIB
no_gui server handoff-router
check "router: apt install" "+$ADDED packages ($ROUTER_MIB), ${INSTALL_SECONDS} s"
check "router: no GUI library installed" "none of libqt6gui6 libqt6widgets6 libx11-6 libgl1 libxcb1 ..."

# The account and the data directory, as the postinst made them.
check_account "$SERVER" router
if in_root "$SERVER" sh -c 'command -v systemd-sysusers' >/dev/null; then
    SYSUSERS_PATH="systemd-sysusers/systemd-tmpfiles"
else
    SYSUSERS_PATH="adduser + mkdir/chown/chmod (no systemd in a minbase root)"
fi
say "  account made by the postinst with: $SYSUSERS_PATH"

# Start the router as the unit does: its ExecStart line, as User=handoff, UMask=0027, without privileges.
exec_start=$(sed -n 's/^ExecStart=//p' "$SERVER/lib/systemd/system/handoff-router.service")
[ -n "$exec_start" ] || die "no ExecStart= in /lib/systemd/system/handoff-router.service"
say "  starting: $exec_start --listen 127.0.0.1:$PORT (as handoff)"
chroot "$SERVER" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 sh -c \
    "umask 0027; cd /; exec setpriv --reuid=handoff --regid=handoff --init-groups --no-new-privs \
     --inh-caps=-all --bounding-set=-all -- $exec_start --listen 127.0.0.1:$PORT" \
    >"$WORK/router.log" 2>&1 &
ROUTER_PID=$!
# The port answers only once the router serves (docs/router.md), so wait for it.
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    kill -0 "$ROUTER_PID" 2>/dev/null || { cat "$WORK/router.log"; die "the router stopped at start"; }
    sleep 0.2
done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || { cat "$WORK/router.log"; die "the router does not listen on 127.0.0.1:$PORT after 20 s"; }
say "  router's log: $(head -3 "$WORK/router.log" | one_line)"
ps_uid=$(ps -o uid= -p "$ROUTER_PID" | tr -d ' ')
[ "$ps_uid" = "$HUID" ] || die "the router runs as uid '$ps_uid', not handoff ($HUID)"
check "router: serves as user handoff" "ExecStart of the unit, 127.0.0.1:$PORT"

# curl is not one of the router's dependencies: installed after the size was measured.
in_root "$SERVER" apt-get install -y --no-install-recommends curl >"$WORK/server-curl.log" 2>&1 || die "apt-get install curl failed"
health=$(in_root "$SERVER" curl -sS --max-time 10 "http://127.0.0.1:$PORT/healthz") || die "curl /healthz failed"
say "  curl http://127.0.0.1:$PORT/healthz → $health"
echo "$health" | grep -q '"status":"ok"' || die "/healthz did not say ok: $health"
check "router: GET /healthz" "$health"

# An administrator adds an agent. As root on the service's data directory the router refuses, with advice.
AGENT=ada PASSWORD=install-test-$$-pw
set +e
refusal=$(in_root "$SERVER" sh -c "printf '%s\n' '$PASSWORD' | handoff-router user add $AGENT --role agent --data-dir /var/lib/handoff" 2>&1)
rc=$?
set -e
say "  as root: handoff-router user add $AGENT --role agent --data-dir /var/lib/handoff"
say "    → exit $rc: $refusal"
[ "$rc" = 1 ] || die "root's user add on /var/lib/handoff exited with $rc, expected a refusal with 1"
echo "$refusal" | grep -q "belongs to user handoff; run this command as that user: sudo -u handoff handoff-router user add $AGENT" \
    || die "root's user add was refused without the advice to run it as handoff: $refusal"
[ -z "$(in_root "$SERVER" find /var/lib/handoff -user root)" ] || die "root's refused user add left root-owned files in /var/lib/handoff"
check "router: user add as root refused" "exit 1, advice to run it as handoff, nothing written"
# What the advice says (sudo is not in a minbase system; runuser is the same here).
in_root "$SERVER" sh -c "printf '%s\n' '$PASSWORD' | runuser -u handoff -- handoff-router user add $AGENT --role agent \
    --display-name 'Ada (install test)' --data-dir /var/lib/handoff" >"$WORK/user-add.log" 2>&1 \
    || { cat "$WORK/user-add.log"; die "user add as handoff failed"; }
users=$(in_root "$SERVER" runuser -u handoff -- handoff-router user list --data-dir /var/lib/handoff)
echo "$users" | grep -q "^$AGENT	agent" || die "user list does not show $AGENT: $users"
check "router: user add as handoff" "$(echo "$users" | grep "^$AGENT" | tr '\t' ' ')"
owners=$(in_root "$SERVER" find /var/lib/handoff ! -user handoff)
[ -z "$owners" ] || die "files in /var/lib/handoff not owned by handoff: $owners"

# Installing the package again (as an upgrade does) keeps the account, the directory and what is in it.
in_root "$SERVER" apt-get install -y --reinstall "/tmp/debs/$(basename "${DEB[handoff-router]}")" \
    >"$WORK/server-reinstall.log" 2>&1 || { tail -30 "$WORK/server-reinstall.log"; die "apt-get install --reinstall handoff-router failed"; }
stat=$(in_root "$SERVER" stat -c '%a %U %G' /var/lib/handoff /var/lib/handoff/handoff.db | one_line)
[ "$stat" = "700 handoff handoff 600 handoff handoff" ] || die "after a reinstall /var/lib/handoff and handoff.db are '$stat'"
in_root "$SERVER" runuser -u handoff -- handoff-router user list --data-dir /var/lib/handoff | grep -q "^$AGENT	" \
    || die "after a reinstall $AGENT is gone"
check "router: apt install --reinstall" "account, /var/lib/handoff (0700) and handoff.db (0600) kept"

# ---- 3b. an agent's machine: handoff-cli signs in to that router ------------------------------------------------
CLI=$WORK/cli
fresh_install cli handoff-cli "Agent's machine"
CLI_ADDED=$ADDED CLI_MIB=$ADDED_MIB CLI_OWN=$OWN_MIB
no_gui cli handoff-cli
check "cli: apt install" "+$ADDED packages ($CLI_MIB), ${INSTALL_SECONDS} s, no GUI library"
set +e
wrong=$(in_root "$CLI" env HANDOFF_PASSWORD=not-the-password handoff-cli --server "127.0.0.1:$PORT" --user "$AGENT" \
    --timeout 20 chats 2>&1)
rc=$?
set -e
say "  handoff-cli --user $AGENT chats, wrong password → exit $rc: $wrong"
[ "$rc" = 1 ] || die "handoff-cli with a wrong password exited with $rc, expected 1"
set +e
chats=$(in_root "$CLI" env HANDOFF_PASSWORD="$PASSWORD" handoff-cli --server "127.0.0.1:$PORT" --user "$AGENT" \
    --timeout 20 chats 2>&1)
rc=$?
set -e
say "  handoff-cli --user $AGENT chats, right password → exit $rc${chats:+: $chats}"
[ "$rc" = 0 ] || die "handoff-cli could not sign $AGENT in (exit $rc): $chats"
check "cli: $AGENT signs in to the router" "chats: exit 0 (wrong password: exit 1)"

step "Purge"
# Files the user's programs wrote in their home (caches) are not the package's: listed, not removed.
KEEP_ON_PURGE='/root(/.*)?'
purge_role "$CLI" cli handoff-cli
say "  handoff-cli purged; left in root's home by the sign-in (the desk's local cache, not the package's): ${KEPT:-nothing}"
say "  other new files after the purge and autoremove: ${OTHER_LEFT:-none}"
check "cli: apt purge" "nothing of the package left"
unmount_from "$CLI"

kill "$ROUTER_PID"
wait "$ROUTER_PID" 2>/dev/null || true
ROUTER_PID=""
in_root "$SERVER" apt-get purge -y curl >/dev/null 2>&1
# The data directory and the account stay, even on purge (packaging/linux/postrm): they hold every conversation.
KEEP_ON_PURGE='/var/lib/handoff(/.*)?'
purge_role "$SERVER" server handoff-router
[ -d "$SERVER/var/lib/handoff" ] && in_root "$SERVER" getent passwd handoff >/dev/null \
    || die "the purge removed /var/lib/handoff or the handoff account, which the packaging keeps"
say "  handoff-router purged; kept on purpose: $KEPT, and the user and group handoff"
say "  other new files after the purge and autoremove: ${OTHER_LEFT:-none}"
check "router: apt purge" "kept on purpose: /var/lib/handoff, user handoff"
unmount_from "$SERVER"

# ---- 3c. a desktop: handoff-desk ---------------------------------------------------------------------------------
DESK=$WORK/desk
fresh_install desk handoff-desk Desktop
DESK_ADDED=$ADDED DESK_MIB=$ADDED_MIB DESK_OWN=$OWN_MIB
check "desk: apt install" "+$ADDED packages ($DESK_MIB), ${INSTALL_SECONDS} s"
set +e
version=$(in_root "$DESK" env QT_QPA_PLATFORM=offscreen handoff-desk --version 2>"$WORK/desk-version.err")
rc=$?
set -e
[ "$rc" = 0 ] && [ -n "$version" ] || { cat "$WORK/desk-version.err"; die "handoff-desk --version failed (exit $rc)"; }
check "desk: handoff-desk --version (offscreen)" "$(echo "$version" | head -1)"
in_root "$DESK" env QT_QPA_PLATFORM=offscreen handoff-desk --help >"$WORK/desk-help.txt" 2>&1 \
    || { cat "$WORK/desk-help.txt"; die "handoff-desk --help failed"; }
check "desk: handoff-desk --help (offscreen)" "$(grep -c . "$WORK/desk-help.txt") lines"
KEEP_ON_PURGE='/root(/.*)?'
purge_role "$DESK" desk handoff-desk
say "  other new files after the purge and autoremove: ${OTHER_LEFT:-none}"
check "desk: apt purge" "nothing of the package left"
unmount_from "$DESK"

# ---- 3d. a server with systemd installed, as a standard Debian 12 server has it (not running: a chroot) ---------
# The postinst then makes the account and the data directory with systemd-sysusers and systemd-tmpfiles, and
# the prerm disables an enabled service.
step "Server with systemd installed: apt-get install systemd, then ./$(basename "${DEB[handoff-router]}")"
SYSD=$WORK/server-systemd
new_root server-systemd
in_root "$SYSD" apt-get install -y --no-install-recommends systemd >"$WORK/server-systemd-systemd.log" 2>&1 \
    || { tail -30 "$WORK/server-systemd-systemd.log"; die "apt-get install systemd failed"; }
file_list "$SYSD" >"$WORK/server-systemd-before.txt"
install_role "$SYSD" server-systemd handoff-router
in_root "$SYSD" sh -c 'command -v systemd-sysusers && command -v systemd-tmpfiles' >/dev/null \
    || die "systemd-sysusers or systemd-tmpfiles missing after installing systemd"
check_account "$SYSD" "router+systemd"
in_root "$SYSD" systemctl enable handoff-router.service >"$WORK/server-systemd-enable.log" 2>&1 \
    || { cat "$WORK/server-systemd-enable.log"; die "systemctl enable handoff-router.service failed"; }
[ -L "$SYSD/etc/systemd/system/multi-user.target.wants/handoff-router.service" ] \
    || die "systemctl enable made no link in multi-user.target.wants"
check "router+systemd: systemctl enable" "link in multi-user.target.wants"
KEEP_ON_PURGE='/var/lib/handoff(/.*)?'
purge_role "$SYSD" server-systemd handoff-router
say "  handoff-router purged; kept on purpose: $KEPT, and the user and group handoff"
say "  other new files after the purge and autoremove: ${OTHER_LEFT:-none}"
check "router+systemd: apt purge" "service disabled, kept on purpose: /var/lib/handoff, user handoff"
unmount_from "$SYSD"

# ---- 4. summary ------------------------------------------------------------------------------------------------
step "Summary ($(($(date +%s) - T0)) s)"
printf '%-52s %s\n' "CHECK" "RESULT"
printf '%s\n' "${SUMMARY[@]}"
printf '\n%-16s %-10s %s\n' "package" "own size" "brings to a minbase bookworm"
printf '%-16s %-10s %s\n' handoff-router "$ROUTER_OWN" "$ROUTER_ADDED other packages, $ROUTER_MIB"
printf '%-16s %-10s %s\n' handoff-cli "$CLI_OWN" "$CLI_ADDED other packages, $CLI_MIB"
printf '%-16s %-10s %s\n' handoff-desk "$DESK_OWN" "$DESK_ADDED other packages, $DESK_MIB"
say ""
say "PASSED: all $(printf '%s\n' "${SUMMARY[@]}" | wc -l) checks"
