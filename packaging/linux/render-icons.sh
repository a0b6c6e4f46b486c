#!/bin/sh
# Renders handoff-desk.svg to the PNG sizes of the hicolor icon theme (icons/NxN/handoff-desk.png), which
# packaging/CMakeLists.txt installs. Run after changing the SVG; needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "icons/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" handoff-desk.svg --output "icons/${size}x${size}/handoff-desk.png"
done
