// The package's chunk loader (scripts/package.sh): wasm-split-cli's __wasm_split.js with its
// fetcher replaced, so that the planner chunk also loads in Node (where `fetch` cannot read a
// file: URL). Each chunk's `new URL("./….wasm", import.meta.url)` stays as it is, so that
// bundlers (Vite, webpack, Next.js) still see and emit the chunk; the result is minified.
//   node scripts/split-loader.mjs <__wasm_split.js in> <out>
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const [input, output] = process.argv.slice(2);
let text = readFileSync(input, 'utf8');
const fetcher = /const src = fetch\((new URL\("\.\/[\w.]+\.wasm", import\.meta\.url\))\);(\s*src\.catch\(\(\) => \{\}\);\s*)return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g;
let chunks = 0;
text = text.replace(fetcher, (_, url, keep) => {
  chunks += 1;
  return `const src = bytes(${url});${keep}return async (imports) => WebAssembly.instantiate(await src, imports);`;
});
if (chunks === 0 || /instantiateStreaming|fetch\(new URL/.test(text)) {
  throw new Error(`${input}: a chunk fetcher this script does not know (wasm-split-cli changed?)`);
}
// A failed read is a TypeError, as a failed fetch is: the loader reports it to the engine (which
// answers false, and index.js throws `loadFailed`) without logging it. index.js reads the
// engine's module and the framework files with the same helper (`bytes`).
// (The helper stays as written: its bundler comments must survive; the rest is minified.)
const helper = `const isNode = typeof process !== 'undefined' && process.versions?.node != null;
/** The bytes at \`url\` (fetched, or read from the disk in Node); a TypeError if there are none. */
export async function bytes(url) {
  try {
    if (isNode && url.protocol === 'file:') {
      const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
      return new Uint8Array(await fs.readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new TypeError(e.message);
  }
}
`;
const body = transformSync(text, { minify: true, format: 'esm', target: 'es2020' }).code;
writeFileSync(output, helper + body);
