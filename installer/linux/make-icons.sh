#!/usr/bin/env bash
# Renders resources/huitou.svg into the hicolor PNG sizes and the Windows .ico
# (resources/icons/<size>/huitou.png, resources/huitou.ico). Run it after
# changing the SVG and commit the results; builds do not need an SVG renderer.
# Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=(16 22 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  mkdir -p "resources/icons/$s"
  rsvg-convert --width "$s" --height "$s" resources/huitou.svg -o "resources/icons/$s/huitou.png"
done
# An .ico holding PNG images (Windows Vista and later read them).
python3 - resources/huitou.ico resources/icons/{16,24,32,48,64,128,256}/huitou.png <<'PY'
import struct, sys
out, pngs = sys.argv[1], sys.argv[2:]
images = [open(p, 'rb').read() for p in pngs]
header = struct.pack('<HHH', 0, 1, len(images))
offset = 6 + 16 * len(images)
entries, data = b'', b''
for blob in images:
    w, h = struct.unpack('>II', blob[16:24])
    entries += struct.pack('<BBBBHHII', w % 256, h % 256, 0, 0, 1, 32, len(blob), offset + len(data))
    data += blob
open(out, 'wb').write(header + entries + data)
PY
