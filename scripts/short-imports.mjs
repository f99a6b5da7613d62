// Short names for what a wasm module imports from its wasm-bindgen glue.
//
//   node scripts/short-imports.mjs <module_bg.wasm> <module.js>
//
// wasm-bindgen names each function the module imports from its JS glue after the Rust item
// and a 16-digit hash (`__wbg_instanceof_HtmlInputElement_28751c98d77a5a65`), under the module
// name "./<name>_bg.js". The names are written twice, in the module's import section and as
// the keys of the glue's imports object, and the hashes do not compress: about 4 KiB gzip of
// the first screen's module and 3 KiB of its glue. This renames them, in both files and in the
// same order, to the shortest names ("a", "b", …, "aa", …), and the module to "w".
//
// The module also exports the shims through which the glue calls Rust closures, each named
// after its whole signature (`wasm_bindgen_<hash>___convert__closures_____invoke___…`, up to
// 300 characters; 2,4 KiB of names in the first screen's module, again in its glue): these
// become "c0", "c1", … in both.
//
// Only imports of the glue's own module and the closure shims are renamed: the split loader's
// imports (./__wasm_split.js) and every other export stay as they are. The glue must hold each
// old import name exactly once as a key of its imports object (`name:` after `{`, `,` or a
// space), each old export name exactly once as a property (`.name` not followed by more of a
// name), and the module name exactly once; anything else stops the build, so a change in
// wasm-bindgen's output cannot produce a page whose module fails to instantiate unnoticed.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: short-imports.mjs <module_bg.wasm> <module.js>');
  process.exit(2);
}
const glueModule = `./${jsPath.split('/').pop().replace(/\.js$/, '')}_bg.js`;
const NEW_MODULE = 'w';

/** The n-th short name: a..z, A..Z, then two letters and so on (none is a JS keyword). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let k = n;
  do {
    name = letters[k % letters.length] + name;
    k = Math.floor(k / letters.length) - 1;
  } while (k >= 0);
  return name;
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

const wasm = readFileSync(wasmPath);
let at = 8;
function readLeb() {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}
function readName() {
  const length = readLeb();
  const name = wasm.subarray(at, at + length).toString('utf8');
  at += length;
  return name;
}
function nameBytes(name) {
  const bytes = Buffer.from(name, 'utf8');
  return [...leb(bytes.length), ...bytes];
}

const SHIM = /^wasm_bindgen_[0-9a-f]{16}___convert__closures/;
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
const exported = new Map();
while (at < wasm.length) {
  const sectionStart = at;
  const id = wasm[at++];
  const size = readLeb();
  const bodyEnd = at + size;
  if (id === 7) {
    const count = readLeb();
    const names = [];
    const entries = [];
    for (let i = 0; i < count; i += 1) {
      const name = readName();
      const descStart = at;
      at += 1; // kind
      readLeb(); // index
      names.push(name);
      entries.push([name, wasm.subarray(descStart, at)]);
    }
    if (at !== bodyEnd) throw new Error(`${wasmPath}: export section misread`);
    const body = [...leb(count)];
    for (const [name, desc] of entries) {
      let out = name;
      if (SHIM.test(name)) {
        out = `c${exported.size}`;
        if (names.includes(out)) throw new Error(`${wasmPath}: an export is already named ${out}`);
        exported.set(name, out);
      }
      body.push(...nameBytes(out), ...desc);
    }
    parts.push(Buffer.from([7, ...leb(body.length), ...body]));
    continue;
  }
  if (id !== 2) {
    parts.push(wasm.subarray(sectionStart, bodyEnd));
    at = bodyEnd;
    continue;
  }
  const count = readLeb();
  const body = [...leb(count)];
  for (let i = 0; i < count; i += 1) {
    const module = readName();
    const name = readName();
    const descStart = at;
    const kind = wasm[at++];
    if (kind === 0) readLeb(); // function: type index
    else if (kind === 1) { // table: reftype, limits
      at += 1;
      const flags = readLeb();
      readLeb();
      if (flags & 1) readLeb();
    } else if (kind === 2) { // memory: limits
      const flags = readLeb();
      readLeb();
      if (flags & 1) readLeb();
    } else if (kind === 3) at += 2; // global: valtype, mutability
    else throw new Error(`${wasmPath}: import kind ${kind} not understood`);
    const desc = wasm.subarray(descStart, at);
    if (module === glueModule) {
      if (renamed.has(name)) throw new Error(`${wasmPath}: ${name} imported twice`);
      const short = shortName(renamed.size);
      renamed.set(name, short);
      body.push(...nameBytes(NEW_MODULE), ...nameBytes(short), ...desc);
    } else {
      body.push(...nameBytes(module), ...nameBytes(name), ...desc);
    }
  }
  if (at !== bodyEnd) throw new Error(`${wasmPath}: import section misread`);
  parts.push(Buffer.from([2, ...leb(body.length), ...body]));
  at = bodyEnd;
}
if (renamed.size === 0) throw new Error(`${wasmPath}: no imports from ${glueModule}`);

let js = readFileSync(jsPath, 'utf8');
const moduleKey = JSON.stringify(glueModule);
if (js.split(moduleKey).length !== 2) {
  throw new Error(`${jsPath}: the module name ${moduleKey} is not there exactly once`);
}
js = js.replace(moduleKey, JSON.stringify(NEW_MODULE));
for (const [name, short] of renamed) {
  const key = new RegExp(`([{,\\s])${name.replace(/\$/g, '\\$')}:`, 'g');
  const found = js.match(key)?.length ?? 0;
  if (found !== 1) throw new Error(`${jsPath}: the import ${name} is a key ${found} times, not once`);
  js = js.replace(key, `$1${short}:`);
}
for (const [name, short] of exported) {
  const use = new RegExp(`\\.${name}(?![\\w$])`, 'g');
  const found = js.match(use)?.length ?? 0;
  if (found !== 1) throw new Error(`${jsPath}: the export ${name} is used ${found} times, not once`);
  js = js.replace(use, `.${short}`);
}
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(jsPath, js);
console.log(`${wasmPath}: ${renamed.size} imports from ${glueModule} and ${exported.size} closure shims renamed`);
