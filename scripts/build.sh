#!/usr/bin/env bash
# Release build into dist/: cargo (size profile) -> wasm-bindgen --target web -> wasm-opt -Oz,
# then index.html and the static files from assets/ (model files under models/), then brotli
# and gzip copies beside them (as a static host serves them). Prints the sizes it produced.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=wasm32-unknown-unknown
OUT=dist
STAGE=target/wasm-bindgen-out

# The app, and the XLSX writer as a second module that the app loads only on demand.
cargo build --release --locked --target "$TARGET" --bin spbe-calculator -p spbe-calculator
cargo build --release --locked --target "$TARGET" -p spbe-xlsx
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE" "$OUT"
bindgen_and_opt() { # <wasm file> <out name>
  wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name "$2" "$1"
  # Rust 1.95 emits bulk-memory, sign-ext and nontrapping-float-to-int; allow what it emits.
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types \
    --enable-multivalue \
    "$STAGE/$2_bg.wasm" -o "$OUT/$2_bg.wasm"
  cp "$STAGE/$2.js" "$OUT/$2.js"
}
bindgen_and_opt "target/$TARGET/release/spbe-calculator.wasm" spbe
bindgen_and_opt "target/$TARGET/release/spbe_xlsx.wasm" spbe_xlsx
cp index.html assets/main.js assets/style.css assets/manifest.webmanifest assets/icon.svg \
  assets/icon-192.png assets/icon-512.png "$OUT/"
# The frameworks: one file each, fetched when chosen (the catalogue is compiled into the wasm).
mkdir -p "$OUT/models"
for f in assets/models/*.json; do
  [ "$(basename "$f")" = catalog.json ] || cp "$f" "$OUT/models/"
done
# The service worker caches exactly this build: its cache name is a hash of the files.
node scripts/stamp-sw.mjs assets/sw.js "$OUT"
# Precompressed copies for the server, and the sizes.
node scripts/compress.mjs "$OUT"
