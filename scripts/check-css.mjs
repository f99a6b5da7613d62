// The style is in two sheets: assets/style.css, which the page loads before its first screen,
// and assets/screens.css, which holds only what the parts in chunks draw (the other screens,
// presenting, embedding, evidence items, …) and is fetched with the first chunk a visit opens
// (src/app/lazy.rs, `Piece::ensure`) — about 4 KiB gzip less before the first score.
//
//   node scripts/check-css.mjs      exit 1 when a rule of screens.css could style the first screen
//
// A rule may be in screens.css only when each of its selectors names a class or attribute
// that nothing of the first screen writes: no word of a string in the first screen's sources
// (FIRST_SCREEN below: the components that stay in the first screen's module, the loader's
// fallbacks, the crash notice, the page and its boot script). Otherwise the first screen
// would be drawn without it until a chunk is opened. (Over-cautious on purpose: any word in a
// string counts as used.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const components = [
  'app', 'calculator', 'top_bar', 'language_switch', 'framework_bar', 'score_strip', 'view_tabs',
  'model_footer', 'load_failure', 'summary_panel', 'band_bar', 'basis_switch', 'variant_switch',
  'part_table', 'delta_badge', 'entry_view', 'scenario_controls', 'indicator_table',
  'indicator_table_row', 'level_control', 'value_field',
].map((c) => `src/app/components/${c}.rs`);
export const FIRST_SCREEN = [
  ...components, 'src/app/lazy.rs', 'src/app/crash.rs', 'src/app/takeover.rs', 'src/app/mod.rs',
  'index.html', 'assets/boot.js', 'assets/main.js',
];

/** Every word written in a string of the first screen's sources (class names among them). */
export function firstScreenWords() {
  const words = new Set();
  for (const file of FIRST_SCREEN) {
    // (Rust's strings are in double quotes; in JS and HTML, comments are left out first.)
    let text = readFileSync(join(ROOT, file), 'utf8');
    const rust = file.endsWith('.rs');
    if (!rust) text = text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|^\s*\/\/.*$/gm, '');
    const strings = rust ? /"((?:[^"\\]|\\.)*)"/g : /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`([^`]*)`/g;
    for (const m of text.matchAll(strings)) {
      for (const w of (m[1] ?? m[2] ?? m[3]).matchAll(/[A-Za-z_][\w-]*/g)) words.add(w[0]);
    }
    // Attribute names written as attributes (`data-pending=""`, `hidden=true`).
    for (const w of text.matchAll(/\b([a-z][\w-]*)=/g)) words.add(w[1]);
  }
  return words;
}

/** The selectors of a sheet's style rules (inside @media and @supports too). */
export function selectors(css) {
  const out = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let depth = 0;
  let start = 0;
  const stack = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '{') {
      const prelude = text.slice(start, i).trim();
      const nested = /^@(media|supports|layer|container)\b/.test(prelude);
      stack.push(nested ? 'group' : prelude.startsWith('@') ? 'at' : 'rule');
      if (!nested && !prelude.startsWith('@')) out.push(...prelude.split(',').map((s) => s.trim()));
      depth += 1;
      start = i + 1;
    } else if (c === '}') {
      stack.pop();
      depth -= 1;
      start = i + 1;
    } else if (c === ';' && stack.at(-1) !== 'rule') {
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error('unbalanced braces');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const used = firstScreenWords();
  const css = readFileSync(join(ROOT, 'assets/screens.css'), 'utf8');
  const wrong = selectors(css).filter((sel) => {
    const names = [...sel.matchAll(/\.([\w-]+)|\[([\w-]+)/g)].map((m) => m[1] ?? m[2]);
    return !names.some((n) => !used.has(n));
  });
  if (wrong.length) {
    console.error('assets/screens.css styles what the first screen draws (move these rules to assets/style.css):');
    for (const sel of wrong) console.error(`  ${sel}`);
    process.exit(1);
  }
  console.log(`screens.css: ${selectors(css).length} selectors, none of the first screen's`);
}
