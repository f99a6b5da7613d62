// The bytes at a URL, for index.js and the planner chunk's loader: fetched, or in Node (whose
// fetch cannot read a file: URL) read from the disk. A failure is a TypeError, as fetch's.
const isNode = typeof process !== 'undefined' && process.versions?.node != null;

export async function bytes(url) {
  try {
    if (isNode && url.protocol === 'file:') {
      const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
      return new Uint8Array(await fs.readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new TypeError(e.message);
  }
}
