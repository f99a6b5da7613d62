#!/usr/bin/env bash
# `make package`: the npm package in packages/engine/ — the engine-js crate (the engine, core
# and their JS conversions; no Yew) built for size like the app, wasm-bindgen --target web,
# wasm-opt; the bundled frameworks' files beside it (loaded one by one, when asked for) and
# their catalogue as an ES module. `npm pack` in packages/engine/ then makes the tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-cargo.sh

PKG=packages/engine
STAGE=target/package-out
CARGO_ENCODED_RUSTFLAGS=$(encoded_flags "${SIZE_FLAGS[@]}") \
  build target/size-package -p spbe-engine-js
rm -rf "$STAGE" "$PKG/wasm" "$PKG/models"
mkdir -p "$STAGE" "$PKG/wasm" "$PKG/models"
wasm-bindgen --target web --no-typescript --out-dir "$STAGE" --out-name spbe_engine \
  "target/size-package/$TARGET/release/spbe_engine_js.wasm"
wasm_opt "$STAGE/spbe_engine_bg.wasm" "$PKG/wasm/spbe_engine_bg.wasm"
cp "$STAGE/spbe_engine.js" "$PKG/wasm/"
for f in assets/models/*.json; do
  [ "$(basename "$f")" = catalog.json ] || cp "$f" "$PKG/models/"
done
# The catalogue as the engine itself lists it (its `models()`), so `models` needs no wasm.
node --input-type=module -e '
import { readFileSync, writeFileSync } from "node:fs";
const pkg = process.argv[1];
const { initSync, models, fileOf } = await import(`${process.cwd()}/${pkg}/wasm/spbe_engine.js`);
initSync({ module: readFileSync(`${pkg}/wasm/spbe_engine_bg.wasm`) });
// Each framework file as one static `new URL(…, import.meta.url)`, so that every bundler (Vite,
// webpack, Next.js) sees it and emits it as an asset; it is fetched only when loaded.
const files = [...new Set(models().map((m) => fileOf(m.id)))].sort();
writeFileSync(`${pkg}/models/catalog.js`,
  "/** The bundled frameworks (load one with `await load(id)`). */\nexport const models = " +
  JSON.stringify(models(), null, 2) + ";\n\n" +
  "/** Where each framework file is (a static URL each, for bundlers). */\nexport const files = {\n" +
  files.map((f) => `  ${JSON.stringify(f)}: () => new URL(${JSON.stringify(`./${f}`)}, import.meta.url),\n`).join("") +
  "};\n");
' "$PKG"
node scripts/sizes.mjs --package
