// Assemble dist/index.html from index.html: the prerendered first screen (written by
// `prerender`, src/bin/prerender.rs) into #prerendered, and assets/boot.js inlined into <head>
// with the first-visit framework's id, allowed by its SHA-256 in the Content-Security-Policy
// (which stays free of 'unsafe-inline' for scripts). The prerendered copy carries no test ids.
// The page is fetched before anything else: the boot script is minified (esbuild, as the
// modules) and the template's comments are left out (0,8 KiB gzip less before the first score).
//   node scripts/page.mjs <prerendered.html> <start framework id> <out index.html>
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const [prerendered, start, out] = process.argv.slice(2);
// The test ids are the live app's: a test (or a script) looking for one finds the app's own
// element, never the prerendered copy that is about to be replaced.
const screen = readFileSync(prerendered, 'utf8').replace(/ data-testid="[^"]*"/g, '');
const source = readFileSync(new URL('../assets/boot.js', import.meta.url), 'utf8')
  .replace('__START__', JSON.stringify(start));
// ES5 in, ES5 out: the boot script must run (and hide what is not a visit's own) in any browser.
const boot = transformSync(source, { minify: true, target: 'es5', logLevel: 'warning' }).code.trim();
const hash = createHash('sha256').update(boot, 'utf8').digest('base64');
// The template's comments are for its readers; the two markers below stay until replaced.
let page = readFileSync(new URL('../index.html', import.meta.url), 'utf8')
  .replace(/[ \t]*<!--(?!boot-->|prerender-->)[\s\S]*?-->\n?/g, '');
const put = (marker, text) => {
  if (!page.includes(marker)) throw new Error(`index.html has no ${marker}`);
  page = page.replace(marker, () => text);
};
put('<!--boot-->', boot);
put('__BOOT_HASH__', `'sha256-${hash}'`);
put('<!--prerender-->', screen);
writeFileSync(out, page);
console.log(`index.html: first screen of ${start} prerendered (${screen.length} bytes), boot script sha256-${hash}`);
