// Assemble dist/index.html from index.html: the prerendered first screen (written by
// `prerender`, src/bin/prerender.rs) into #prerendered, and assets/boot.js inlined into <head>
// with the first-visit framework's id, allowed by its SHA-256 in the Content-Security-Policy
// (which stays free of 'unsafe-inline' for scripts). The prerendered copy carries no test ids.
//   node scripts/page.mjs <prerendered.html> <start framework id> <out index.html>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [prerendered, start, out] = process.argv.slice(2);
// The test ids are the live app's: a test (or a script) looking for one finds the app's own
// element, never the prerendered copy that is about to be replaced.
const screen = readFileSync(prerendered, 'utf8').replace(/ data-testid="[^"]*"/g, '');
const boot = readFileSync(new URL('../assets/boot.js', import.meta.url), 'utf8')
  .replace('__START__', JSON.stringify(start))
  .trim();
const hash = createHash('sha256').update(boot, 'utf8').digest('base64');
let page = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const put = (marker, text) => {
  if (!page.includes(marker)) throw new Error(`index.html has no ${marker}`);
  page = page.replace(marker, () => text);
};
put('<!--boot-->', boot);
put('__BOOT_HASH__', `'sha256-${hash}'`);
put('<!--prerender-->', screen);
writeFileSync(out, page);
console.log(`index.html: first screen of ${start} prerendered (${screen.length} bytes), boot script sha256-${hash}`);
