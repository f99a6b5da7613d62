#!/usr/bin/env bash
# Release build into dist/: cargo (size profile) -> wasm-bindgen --target web -> wasm-opt -Oz,
# then index.html and the static files from assets/ (model files under models/), then brotli
# and gzip copies beside them (as a static host serves them). Prints the sizes it produced.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=dist
STAGE=target/wasm-bindgen-out

# The app, and the XLSX writer as a second module that the app loads only on demand (the
# cargo and wasm-opt steps are in wasm-cargo.sh, shared with the npm package's build).
source scripts/wasm-cargo.sh
# The app is linked with its relocations kept (--emit-relocs), which wasm-split-cli needs to
# cut it at the split points of src/app/parts.rs. The XLSX module is built apart (its own
# target dir, so the two sets of flags do not rebuild each other).
CARGO_ENCODED_RUSTFLAGS=$(encoded_flags -Clink-args=--emit-relocs "${SIZE_FLAGS[@]}") \
  build target/size --bin spbe-calculator -p spbe-calculator --features split
build target/size-xlsx -p spbe-xlsx
APP="target/size/$TARGET/release/spbe-calculator.wasm"
XLSX="target/size-xlsx/$TARGET/release/spbe_xlsx.wasm"
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE/split" "$OUT"
# Split the app (tools/wasm-split): the first screen's module (spbe.wasm), one module per split
# chunk named in src/app/parts.rs (split_<name>.wasm), the chunks of what several of them share
# (chunk_<n>.wasm: one per union of the tiers below) and the loader the main module imports
# (__wasm_split.js). The first tier is what a first visit fetches once idle (every screen, the
# standing screen too), the second what it does not (the API, presenting, the crosswalk, the
# units' view and their files, the CSV writer and reader, the printed brief, workshops, QR
# codes, "about this framework", …), so that code only the second tier's parts share stays out
# of a first visit. A split in no tier would be a tier of its own, and make more chunks.
tools/wasm-split/target/release/wasm-split-cli \
  --tier plan,compare,work,entry,standing \
  --tier embed,units,share,published,api,present,crosswalk,transfer,brief,workshop,qr,about \
  --out-name spbe "$APP" "$STAGE/split" >"$STAGE/split.log"
bindgen_and_opt() { # <wasm file> <out name> [wasm-bindgen args]
  local wasm=$1 name=$2
  shift 2
  wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name "$name" "$@" "$wasm"
  wasm_opt "$STAGE/${name}_bg.wasm" "$OUT/${name}_bg.wasm"
  cp "$STAGE/$name.js" "$OUT/$name.js"
}
# The chunks call into the main module by its exports: wasm-bindgen must keep them.
bindgen_and_opt "$STAGE/split/spbe.wasm" spbe --keep-lld-exports
for chunk in "$STAGE"/split/*.wasm; do
  [ "$(basename "$chunk")" = spbe.wasm ] || wasm_opt "$chunk" "$OUT/$(basename "$chunk")"
done
cp "$STAGE/split/__wasm_split.js" "$OUT/"
bindgen_and_opt "$XLSX" spbe_xlsx
# The first screen of a first visit, drawn by Yew's server rendering from the same components
# (natively, feature `ssr`), into index.html with the boot script that hides what is not a
# visit's own (scripts/page.mjs).
# It also writes the frameworks in their packed form (models/<name>.bin), which the app
# fetches; the JSON files stay beside them for people and other tools.
cargo build --locked --features ssr --bin prerender
mkdir -p "$OUT/models"
START=$(target/debug/prerender "$STAGE/prerendered.html" "$OUT/models")
node scripts/page.mjs "$STAGE/prerendered.html" "$START" "$OUT/index.html"
cp assets/style.css assets/screens.css assets/embed.js assets/manifest.webmanifest assets/icon.svg \
  assets/icon-192.png assets/icon-512.png "$OUT/"
# The frameworks' JSON files (the packed ones are written above; the catalogue is compiled into
# the wasm).
for f in assets/models/*.json; do
  [ "$(basename "$f")" = catalog.json ] || cp "$f" "$OUT/models/"
done
# The published results, fetched when first needed.
mkdir -p "$OUT/data"
cp assets/data/*.json "$OUT/data/"
# main.js learns the framework files of this build (to fetch the one it opens early) and the
# calculator's version (for the notice when the module stops).
node -e '
const fs = require("fs");
const catalog = JSON.parse(fs.readFileSync("assets/models/catalog.json", "utf8"));
const files = Object.fromEntries(catalog.map((e) => [e.id, e.file.replace(/\.json$/, ".bin")]));
const start = (catalog.find((e) => e.start) ?? catalog[0]).id;
const text = fs.readFileSync("assets/main.js", "utf8")
  .replace("__MODELS__", JSON.stringify(files)).replace("__START__", JSON.stringify(start))
  .replace("__VERSION__", JSON.stringify(/^version = "(.*)"/m.exec(fs.readFileSync("Cargo.toml", "utf8"))[1]));
fs.writeFileSync(process.argv[1], text);
' "$OUT/main.js"
# The modules a page loads, minified (the split loader stays as written: scripts/sizes.mjs
# reads its chunk lists): with the style sheet, about 5 KiB gzip less before the first score.
for f in main.js spbe.js spbe_xlsx.js; do
  minify_js "$OUT/$f" "$OUT/$f"
done
# The names the modules import from their glue shortened in both (scripts/short-imports.mjs):
# about 7,5 KiB gzip less before the first score.
node scripts/short-imports.mjs "$OUT/spbe_bg.wasm" "$OUT/spbe.js"
node scripts/short-imports.mjs "$OUT/spbe_xlsx_bg.wasm" "$OUT/spbe_xlsx.js"
# The two style sheets: the first screen's (style.css), and what only the chunks' parts draw
# (screens.css, fetched with the first chunk; scripts/check-css.mjs).
for f in style.css screens.css; do
  node_modules/.bin/esbuild "$OUT/$f" --minify --loader:.css=css --log-level=warning \
    --allow-overwrite --outfile="$OUT/$f"
done
# The service worker caches exactly this build: its cache name is a hash of the files.
node scripts/stamp-sw.mjs assets/sw.js "$OUT"
# (minified too: a first visit fetches it, and its lists of files grow with the build)
node_modules/.bin/esbuild "$OUT/sw.js" --minify --target=es2020 --log-level=warning \
  --allow-overwrite --outfile="$OUT/sw.js"
# Precompressed copies for the server, and the sizes.
node scripts/compress.mjs "$OUT"
