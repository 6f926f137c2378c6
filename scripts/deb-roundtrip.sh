#!/usr/bin/env bash
# The .deb round trip: builds the package (scripts/package.sh), makes a clean Debian 12 (bookworm) root with
# debootstrap, installs the package into it with apt (so its Depends are resolved from the registry, without
# Recommends), and runs from the installed files: swb demo, swb count, and segment-workbench --page builder
# --screenshot (offscreen). Passes when each step works and the screenshot is a non-trivial PNG; ends with the
# package's size and Depends line. Needs root (debootstrap, chroot, mount) and the network; not part of CI.
#   scripts/deb-roundtrip.sh
# SWB_DEB_CACHE: where the debootstrapped root is kept as a tarball, so a second run does not bootstrap again
#   (default ~/.cache/segment-workbench-deb; delete the tarball to bootstrap afresh).
# SWB_DEB_MIRROR: the Debian mirror (default: the first one this machine's apt sources name).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
suite=bookworm
cache=${SWB_DEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/segment-workbench-deb}
say() { echo "deb-roundtrip: $*"; }
fail() {
    echo "deb-roundtrip: FAILED: $*" >&2
    exit 1
}

[[ $(id -u) -eq 0 ]] || fail "run as root (debootstrap, chroot and mount need it)"
if ! command -v debootstrap >/dev/null; then
    echo "deb-roundtrip: installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null || fail "could not install debootstrap"
fi

# The mirror apt uses here: a deb822 "URIs:" line or a one-line "deb URI suite" entry of the main archive.
apt_mirror() {
    local sources
    sources=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null ||
        true)
    grep -Eo '(URIs:[[:space:]]*|^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)[a-z]+://[^[:space:]]+/debian/?([[:space:]]|$)' \
        <<<"$sources" | grep -Eo '[a-z]+://[^[:space:]]+' | head -n1 || true
}
mirror=${SWB_DEB_MIRROR:-$(apt_mirror)}
mirror=${mirror:-http://deb.debian.org/debian}
security=${mirror%/debian}/debian-security
say "mirror $mirror"

deb=$(bash scripts/package.sh | tail -n1)
[[ -f $deb ]] || fail "scripts/package.sh made no package"
say "package $deb"

mkdir -p "$cache"
tarball=$cache/$suite-minbase.tar.gz
if [[ ! -s $tarball ]]; then
    say "bootstrapping $suite into the cache (once; a few minutes)"
    staging=$(mktemp -d "$cache/bootstrap.XXXXXX")
    debootstrap --variant=minbase "$suite" "$staging" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        fail "debootstrap failed; see $cache/debootstrap.log"
    tar -C "$staging" -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$staging"
fi

work=$(mktemp -d /tmp/swb-deb-roundtrip.XXXXXX)
chroot=$work/root
cleanup() {
    for mount in "$chroot/dev/shm" "$chroot/proc"; do
        if mountpoint -q "$mount"; then umount "$mount" || umount -l "$mount"; fi
    done
    # Never remove through a mount that is still there.
    if findmnt -rn -o TARGET | grep -q "^$work"; then
        echo "deb-roundtrip: $work still has mounts; left in place" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

mkdir -p "$chroot"
tar -C "$chroot" -xzf "$tarball"
mount -t proc proc "$chroot/proc"
mount -t tmpfs shm "$chroot/dev/shm"
cp /etc/resolv.conf "$chroot/etc/resolv.conf"
cat >"$chroot/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
SOURCES
cp "$deb" "$chroot/tmp/"
in_root() { chroot "$chroot" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

say "apt-get install $(basename "$deb") into a clean $suite root"
in_root apt-get update -q >"$work/apt.log" 2>&1 || fail "apt-get update in the root: $(tail -5 "$work/apt.log")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >>"$work/apt.log" 2>&1 || fail "apt-get install: $(tail -20 "$work/apt.log")"
in_root dpkg -s segment-workbench | grep -q '^Status: install ok installed' || fail "segment-workbench not installed"
installed=$(in_root dpkg-query -W -f '${Installed-Size}' segment-workbench)
pulled=$(grep -c '^Setting up' "$work/apt.log" || true)
say "installed (Installed-Size ${installed} KiB; apt set up ${pulled} packages)"

for file in /usr/bin/swb /usr/bin/segment-workbench /usr/share/man/man1/swb.1.gz \
    /usr/share/applications/org.segmentworkbench.SegmentWorkbench.desktop; do
    [[ -f $chroot$file ]] || fail "$file is not installed"
done

version=$(in_root swb --version)
[[ $version == "$(dpkg-deb -f "$deb" Version)" ]] || fail "swb --version printed '$version'"
in_root swb demo --db /tmp/demo.sqlite --customers 2000 --seed 42 >/dev/null || fail "swb demo"
all=$(in_root swb count --db /tmp/demo.sqlite --json --filter '{"combinator":"and","rules":[]}')
[[ $all =~ \"count\":\ *2000[^0-9] ]] || fail "swb count of all customers printed: $all"
segment=$(in_root swb count --db /tmp/demo.sqlite --segment 'DACH win-back')
[[ $segment =~ ^[0-9]+$ && $segment -gt 0 && $segment -lt 2000 ]] || fail "swb count --segment printed: $segment"
say "swb $version: demo of 2000 customers, count all = 2000, count 'DACH win-back' = $segment"

in_root env QT_QPA_PLATFORM=offscreen segment-workbench /tmp/demo.sqlite --page builder --screenshot /tmp/x.png \
    >"$work/gui.log" 2>&1 || fail "segment-workbench --screenshot: $(tail -20 "$work/gui.log")"
png=$chroot/tmp/x.png
[[ -f $png ]] || fail "no screenshot"
# A PNG of the 1280x800 window and more than a blank page's few kilobytes.
header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
[[ $header == 89504e470d0a1a0a0000000d49484452* ]] || fail "the screenshot is not a PNG"
width=$((16#${header:32:8}))
height=$((16#${header:40:8}))
bytes=$(stat -c %s "$png")
((width >= 640 && height >= 400 && bytes > 20000)) || fail "screenshot ${width}x${height}, ${bytes} bytes: too small"
cp "$png" build/deb-roundtrip-builder.png
say "screenshot ${width}x${height}, ${bytes} bytes (copied to build/deb-roundtrip-builder.png)"

say "PASSED"
echo "Package: $(basename "$deb"), $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), Installed-Size ${installed} KiB"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
