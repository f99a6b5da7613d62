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
# With the pinned nightly (installed by `make setup`) the standard library is rebuilt with the
# release profile (opt-level z, LTO across std): the main wasm is about 12 KiB gzip smaller.
# Panics still abort after the panic hook has run, so a bug shows the crash notice with its
# message and place (see app::crash). Without the nightly: stable, a little larger.
# The Makefile names the nightly in SPBE_NIGHTLY.
NIGHTLY="${SPBE_NIGHTLY:-none}"
if rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 &&
  rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  BUILT="target/size/$TARGET/release"
  build() {
    cargo "+$NIGHTLY" build --release --locked --target "$TARGET" --target-dir target/size \
      -Z build-std=std,panic_abort "$@"
  }
else
  echo "note: $NIGHTLY with rust-src is not installed; building with stable (a larger wasm)" >&2
  BUILT="target/$TARGET/release"
  build() { cargo build --release --locked --target "$TARGET" "$@"; }
fi
build --bin spbe-calculator -p spbe-calculator
build -p spbe-xlsx
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
bindgen_and_opt "$BUILT/spbe-calculator.wasm" spbe
bindgen_and_opt "$BUILT/spbe_xlsx.wasm" spbe_xlsx
cp index.html assets/style.css assets/embed.js assets/manifest.webmanifest assets/icon.svg \
  assets/icon-192.png assets/icon-512.png "$OUT/"
# The frameworks: one file each, fetched when chosen (the catalogue is compiled into the wasm).
mkdir -p "$OUT/models"
for f in assets/models/*.json; do
  [ "$(basename "$f")" = catalog.json ] || cp "$f" "$OUT/models/"
done
# The published results, fetched when first needed.
mkdir -p "$OUT/data"
cp assets/data/*.json "$OUT/data/"
# main.js learns the framework files of this build (to fetch the one it opens early).
node -e '
const fs = require("fs");
const catalog = JSON.parse(fs.readFileSync("assets/models/catalog.json", "utf8"));
const files = Object.fromEntries(catalog.map((e) => [e.id, e.file]));
const start = (catalog.find((e) => e.start) ?? catalog[0]).id;
const text = fs.readFileSync("assets/main.js", "utf8")
  .replace("__MODELS__", JSON.stringify(files)).replace("__START__", JSON.stringify(start));
fs.writeFileSync(process.argv[1], text);
' "$OUT/main.js"
# The service worker caches exactly this build: its cache name is a hash of the files.
node scripts/stamp-sw.mjs assets/sw.js "$OUT"
# Precompressed copies for the server, and the sizes.
node scripts/compress.mjs "$OUT"
