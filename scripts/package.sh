#!/usr/bin/env bash
# `make package`: the npm package in packages/engine/ — two wasm modules built for size like
# the app (wasm-bindgen --target web, wasm-opt): the engine (engine-js: the engine, the core and
# their JS conversions, frameworks read packed; no Yew, no JSON reader) and the reader
# (engine-reader: a framework file of one's own read from JSON and validated, handed over
# packed; fetched only when one is checked or added). Beside them the bundled frameworks, packed
# by the reader (what `load` fetches, one by one, when asked for) and as JSON (for people), and
# their catalogue as an ES module. `npm pack` in packages/engine/ then makes the tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-cargo.sh

PKG=packages/engine
STAGE=target/package-out
WASM_SPLIT=tools/wasm-split/target/release/wasm-split-cli
# With the nightly, a panic traps at once (-Cpanic=immediate-abort): the package sets no panic
# hook, so the standard one's message would go to a stderr that wasm32-unknown-unknown does not
# have — the caller sees the same `RuntimeError: unreachable` either way, and the machinery that
# formats the unseen message (about 10 KiB gzip of the engine's module) is left out. The
# engine does not panic on any input (fuzz/, tests/); the app keeps its hook and crash notice.
PANIC_FLAGS=()
[ ${#NIGHTLY_FLAGS[@]} -eq 0 ] || PANIC_FLAGS=(-Zunstable-options -Cpanic=immediate-abort)
# Linked with relocations kept (--emit-relocs), which wasm-split-cli needs to cut the engine at
# its split point (the planner; see below).
# The reader is built apart (its own target dir, so that the two sets of flags do not rebuild
# each other): with relocations kept, wasm-opt could not shrink it.
CARGO_ENCODED_RUSTFLAGS=$(encoded_flags -Clink-args=--emit-relocs "${SIZE_FLAGS[@]}" "${PANIC_FLAGS[@]}") \
  build target/size-package -p spbe-engine-js
CARGO_ENCODED_RUSTFLAGS=$(encoded_flags "${SIZE_FLAGS[@]}" "${PANIC_FLAGS[@]}") \
  build target/size-package-reader -p spbe-engine-reader
rm -rf "$STAGE" "$PKG/wasm" "$PKG/models"
mkdir -p "$STAGE/split" "$PKG/wasm" "$PKG/models"
# The engine cut in two, as the app is (tools/wasm-split): the module every use loads
# (split/spbe_engine.wasm) and the planner (split_planner.wasm, what only `plan` and `gains`
# reach), which shares the first one's memory and is fetched on the first plan. Its loader
# (__wasm_split.js, minified) gets the chunk's bytes from the package's bytes.js, as index.js
# does for every file: `fetch` cannot read a file in Node.
"$WASM_SPLIT" --out-name spbe_engine --bytes-from ../bytes.js \
  "target/size-package/$TARGET/release/spbe_engine_js.wasm" "$STAGE/split" >"$STAGE/split.log"
wasm_opt "$STAGE/split/split_planner.wasm" "$PKG/wasm/split_planner.wasm"
ls "$STAGE/split"/*.wasm | grep -qvE '/(spbe_engine|split_planner)\.wasm$' &&
  { echo "package: wasm-split made chunks the package does not ship: $(ls "$STAGE/split")" >&2; exit 1; }
minify_js "$STAGE/split/__wasm_split.js" "$PKG/wasm/__wasm_split.js"
bindgen_module() { # <wasm file> <out name> [wasm-bindgen args]: into $PKG/wasm, optimised
  local wasm=$1 name=$2
  shift 2
  wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name "$name" "$@" "$wasm"
  wasm_opt "$STAGE/${name}_bg.wasm" "$PKG/wasm/${name}_bg.wasm"
  # The glue minified, as the app's is (index.js, the package's own code, stays as written):
  # about 1,5 KiB gzip less for each module.
  minify_js "$STAGE/$name.js" "$PKG/wasm/$name.js"
  # The names the module imports from its glue, shortened in both (as for the app).
  node scripts/short-imports.mjs "$PKG/wasm/${name}_bg.wasm" "$PKG/wasm/$name.js"
}
# The planner chunk calls into the engine's module by its exports: wasm-bindgen must keep them.
bindgen_module "$STAGE/split/spbe_engine.wasm" spbe_engine --keep-lld-exports
bindgen_module "target/size-package-reader/$TARGET/release/spbe_engine_reader.wasm" spbe_reader
for f in assets/models/*.json; do
  [ "$(basename "$f")" = catalog.json ] || cp "$f" "$PKG/models/"
done
# The bundled frameworks packed by the reader (read and validated as a user's file is), and the
# catalogue as the engine itself lists it (its `models()`), so `models` needs no wasm.
node --input-type=module -e '
import { readFileSync, writeFileSync } from "node:fs";
const pkg = process.argv[1];
const engine = await import(`${process.cwd()}/${pkg}/wasm/spbe_engine.js`);
const reader = await import(`${process.cwd()}/${pkg}/wasm/spbe_reader.js`);
engine.initSync({ module: readFileSync(`${pkg}/wasm/spbe_engine_bg.wasm`) });
reader.initSync({ module: readFileSync(`${pkg}/wasm/spbe_reader_bg.wasm`) });
const models = engine.models();
const files = [...new Set(models.map((m) => engine.fileOf(m.id)))].sort();
for (const m of models) {
  const packed = `${pkg}/models/${engine.fileOf(m.id)}`;
  writeFileSync(packed, reader.packFramework(readFileSync(packed.replace(/\.bin$/, ".json"), "utf8")));
  // What `load` will do with it: the engine reads it back as this framework.
  if (engine.addBundled(m.id, readFileSync(packed)).id !== m.id) {
    throw new Error(`${m.id}: the packed file does not read back`);
  }
}
// Each framework file as one static `new URL(…, import.meta.url)`, so that every bundler (Vite,
// webpack, Next.js) sees it and emits it as an asset; it is fetched only when loaded.
writeFileSync(`${pkg}/models/catalog.js`,
  "/** The bundled frameworks (load one with `await load(id)`). */\nexport const models = " +
  JSON.stringify(models, null, 2) + ";\n\n" +
  "/** Where each packed framework file is (a static URL each, for bundlers). */\nexport const files = {\n" +
  files.map((f) => `  ${JSON.stringify(f)}: () => new URL(${JSON.stringify(`./${f}`)}, import.meta.url),\n`).join("") +
  "};\n");
' "$PKG"
node scripts/sizes.mjs --package
