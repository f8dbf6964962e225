#!/usr/bin/env bash
# Renders backup-console.svg into the icon files the installers use, all committed next to it:
# PNGs 16..512 (Linux, and the sources of the others), .ico (Windows) and .icns (macOS).
# Needs rsvg-convert (librsvg2-bin) and ImageMagick's convert; python3 writes the .icns (no icnsutils needed).
# Run it after changing the SVG; the build itself never renders icons.
set -euo pipefail
cd "$(dirname "$0")"

for size in 16 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" backup-console.svg --output "png/backup-console-$size.png"
done
cp png/backup-console-256.png backup-console.png
# jpackage takes the .deb/.rpm menu icon only from a resource dir, under the launcher's name.
cp png/backup-console-256.png "../linux/resources/Backup Console.png"

convert png/backup-console-{16,32,48,64,128,256}.png backup-console.ico

# ICNS: "icns", total length, then one (type, length, PNG data) entry per size; lengths are big-endian and
# include the 8-byte headers. These types hold PNG data (macOS 10.7+).
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    data = open(f"png/backup-console-{size}.png", "rb").read()
    body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
open("backup-console.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm png/backup-console-1024.png   # only needed inside the .icns
echo "Rendered: $(ls png) backup-console.png backup-console.ico backup-console.icns"
