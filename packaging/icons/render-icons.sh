#!/bin/sh
# Renders epoch-lab.svg to the PNG sizes, the Windows .ico and the macOS .icns that the installer
# profile uses. Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert and png2icns
# (Debian: icnsutils). Run from anywhere; writes next to this script.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" epoch-lab.svg -o "epoch-lab-$size.png"
done
convert epoch-lab-16.png epoch-lab-24.png epoch-lab-32.png epoch-lab-48.png epoch-lab-64.png \
    epoch-lab-128.png epoch-lab-256.png epoch-lab.ico
png2icns epoch-lab.icns epoch-lab-16.png epoch-lab-32.png epoch-lab-48.png epoch-lab-128.png \
    epoch-lab-256.png epoch-lab-512.png
