// The plain reference page of `make bench`: what a hand-written page that computes the same
// first score costs — the first-visit framework's indicators as radio groups (its level
// tops), one weighted sum in a few lines of script, no framework, no wasm. Generated from the
// framework file, so that it measures the same page a first visit sees the first score of.
//   plainPage(dir) writes dir/index.html and returns its path.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

export function plainPage(dir) {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'assets/models/catalog.json'), 'utf8'));
  const entry = catalog.find((e) => e.start) ?? catalog[0];
  const fw = JSON.parse(readFileSync(join(ROOT, 'assets/models', entry.file), 'utf8'));
  const indicators = [];
  const walk = (g) => {
    for (const c of g.groups ?? []) walk(c);
    for (const i of g.indicators ?? []) indicators.push(i);
  };
  fw.groups.forEach(walk);
  const tops = fw.scale.levelTops ?? Array.from({ length: fw.scale.max - fw.scale.min + 1 }, (_, k) => fw.scale.min + k);
  const rows = indicators
    .map((ind, n) => {
      const choices = tops
        .map((t, k) => `<label><input type="radio" name="i${n}" value="${t}"${k === 0 ? ' checked' : ''}>${String(t).replace('.', ',')}</label>`)
        .join(' ');
      return `<fieldset data-weight="${ind.weight}"><legend>${ind.no}. ${ind.name.id}</legend>${choices}</fieldset>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain reference page</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}fieldset{margin:.3rem 0}#index{font-size:2rem;font-weight:700}</style>
</head><body>
<h1>${fw.indexName.id}</h1>
<p>Indeks <span id="index" data-testid="index-value">…</span></p>
<form id="f">
${rows}
</form>
<script>
const f = document.getElementById('f');
const out = document.getElementById('index');
function score() {
  let sum = 0, weights = 0;
  for (const set of f.querySelectorAll('fieldset')) {
    const w = Number(set.dataset.weight);
    sum += w * Number(set.querySelector('input:checked').value);
    weights += w;
  }
  out.textContent = (Math.round((sum / weights) * 100) / 100).toFixed(2).replace('.', ',');
}
f.addEventListener('change', score);
score();
</script>
</body></html>
`;
  const path = join(dir, 'index.html');
  writeFileSync(path, html);
  return path;
}
