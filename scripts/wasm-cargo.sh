#!/usr/bin/env bash
# Sourced by build.sh (the app) and package.sh (the npm package): how a release wasm module is
# built and optimised. Defines `build <target dir> <cargo args>` (cargo for wasm32, release),
# SIZE_FLAGS (rustc flags for size and for the same bytes on every machine) and
# `wasm_opt <in> <out>`.
TARGET=wasm32-unknown-unknown

# With the pinned nightly (installed by `make setup`) the standard library is rebuilt with the
# release profile (opt-level z, LTO across std): the main wasm is about 12 KiB gzip smaller.
# Panics still abort after the panic hook has run, so a bug shows the crash notice with its
# message and place (see app::crash). Without the nightly: stable, a little larger.
# The Makefile names the nightly in SPBE_NIGHTLY.
NIGHTLY="${SPBE_NIGHTLY:-none}"
if rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 &&
  rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src'; then
  build() { # <target dir> <cargo args>
    local dir=$1
    shift
    cargo "+$NIGHTLY" build --release --locked --target "$TARGET" --target-dir "$dir" \
      -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size "$@"
  }
  # The standard library is built with its `optimize_for_size` feature (smaller sorts, integer
# formatting and escapes; the same results): −1 KiB gzip of the first screen, −8 KiB of the
# XLSX module, −0,6 KiB of the npm package.
# The app's derived `Debug` impls print only their type and variant names
  # (-Zfmt-debug=shallow): about 1,4 KiB gzip less in the first screen's module. Nothing the
  # app shows goes through a derived Debug (its texts are written out); strings still print
  # quoted, which serde's messages ("invalid type: string \"x\"") need, so `none` is not used.
  # The standard library's source paths are written from its root (see APP_FLAGS below).
  NIGHTLY_FLAGS=(-Zfmt-debug=shallow
    "--remap-path-prefix=$(rustup run "$NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/=")
else
  echo "note: $NIGHTLY with rust-src is not installed; building with stable (a larger wasm)" >&2
  build() {
    local dir=$1
    shift
    cargo build --release --locked --target "$TARGET" --target-dir "$dir" "$@"
  }
  NIGHTLY_FLAGS=()
fi
# The source paths in panic places are written from the crate's root (no builder's home
# directory in a shipped module, the same bytes on every machine). Passed as
# CARGO_ENCODED_RUSTFLAGS (one flag per field), so a path with a space stays one flag.
SIZE_FLAGS=("${NIGHTLY_FLAGS[@]}")
for dir in "$PWD" "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  SIZE_FLAGS+=("--remap-path-prefix=${dir%/}/=")
done
encoded_flags() { # <flag>...: the flags joined for CARGO_ENCODED_RUSTFLAGS
  local IFS=$'\x1f'
  echo "$*"
}

minify_js() { # <in> <out>: an ES module minified (esbuild; its exports and the wasm imports'
  # keys are kept). wasm-bindgen's glue repeats one key in its imports object (the same module
  # each time), hence the silenced warning.
  node_modules/.bin/esbuild "$1" --minify --format=esm --target=es2020 --log-level=warning \
    --log-override:duplicate-object-key=silent --allow-overwrite --outfile="$2"
}

wasm_opt() { # <in> <out>
  # Rust 1.95 emits bulk-memory, sign-ext and nontrapping-float-to-int; allow what it emits.
  node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types \
    --enable-multivalue --low-memory-unused "$1" -o "$2" 2> >(grep -v 'unknown name subsection' >&2)
}
