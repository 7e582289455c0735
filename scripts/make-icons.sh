#!/usr/bin/env bash
# Makes every app icon from one source, build/icon.svg:
#   build/icons/<N>x<N>.png  the Linux set (electron-builder's linux.icon folder), 16 to 1024 px
#   build/icon.png           1024 px, the fallback electron-builder and the window use
#   build/icon.icns          macOS (png2icns, from icnsutils)
#   build/icon.ico           Windows, 16 to 256 px in one file (ImageMagick)
# Needs Debian's librsvg2-bin, icnsutils and imagemagick: apt-get install -y librsvg2-bin icnsutils imagemagick.
# The outputs are committed, so only someone changing the icon runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
src=build/icon.svg
out=build/icons
rm -rf "$out" && mkdir -p "$out"
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" "$src" -o "$out/${n}x${n}.png"
done
cp "$out/1024x1024.png" build/icon.png
# icns: the sizes png2icns knows (16, 32, 48, 128, 256, 512, 1024).
png2icns build/icon.icns "$out/16x16.png" "$out/32x32.png" "$out/48x48.png" "$out/128x128.png" "$out/256x256.png" "$out/512x512.png" "$out/1024x1024.png" >/dev/null
# ImageMagick itself, not a wrapper earlier on PATH.
im=/usr/bin/convert
[ -x "$im" ] || im=convert
"$im" "$out/16x16.png" "$out/24x24.png" "$out/32x32.png" "$out/48x48.png" "$out/64x64.png" "$out/128x128.png" "$out/256x256.png" build/icon.ico
ls -l build/icon.png build/icon.icns build/icon.ico "$out"
