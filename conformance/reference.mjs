// The reference that writes the conformance vectors: a short, independent implementation of
// the scoring model, written from the regulations' formulas and the framework files, sharing
// no code with the Rust engine. Exact rational arithmetic with BigInt; aspects, domains and the
// index computed level by level as the regulations state them (aspect = Σ value·weight /
// aspect weight; domain = Σ aspect·aspect weight / domain weight; index = Σ over the top
// groups likewise), where the engine uses one collapsed weighted mean.
//
//   node conformance/reference.mjs           write conformance/<framework>.json
//   node conformance/reference.mjs --check   exit 1 if a committed file differs (make test)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODELS = join(HERE, '..', 'assets', 'models');
const RANDOM_CASES = 1000; // per combination of variant options
const PLAN_CASES = 40; // per combination: random low starting values, every band above
const check = process.argv.includes('--check');

// --- exact fractions ------------------------------------------------------------------------
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
const frac = (n, d) => { const g = gcd(n < 0n ? -n : n, d) || 1n; return [n / g, d / g]; };
const add = ([a, b], [c, d]) => frac(a * d + c * b, b * d);
const mul = ([a, b], [c, d]) => frac(a * c, b * d);
const div = ([a, b], [c, d]) => frac(a * d, b * c);
const cmp = ([a, b], [c, d]) => (a * d > c * b ? 1 : a * d < c * b ? -1 : 0);
const text = ([n, d]) => (d === 1n ? `${n}` : `${n}/${d}`);
// Hundredths of a fraction: half up, or cut after two decimals.
const cents = ([n, d], rule) => (rule === 'truncate' ? (100n * n) / d : (200n * n + d) / (2n * d));
const centsText = (c) => `${c / 100n}.${`${c % 100n}`.padStart(2, '0')}`;
const cents2 = (x) => BigInt(Math.round(x * 100)); // a band edge such as 2.6 (two decimals)

// --- a deterministic generator (xorshift32) --------------------------------------------------
let seed = 0x5bd1e995;
const next = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed; };
const below = (n) => next() % n;

// --- one framework under one choice of variant options ----------------------------------------
function leaves(groups, path = []) {
  return groups.flatMap((g) =>
    g.indicators ? g.indicators.map((i) => ({ ...i, path: [...path, g] })) : leaves(g.groups, [...path, g]));
}

function model(raw, choice) {
  const picked = (raw.variants ?? []).map((v) => v.options.find((o) => o.id === choice[v.id]));
  const rule = (key, fallback) => picked.map((o) => o[key]).find((x) => x) ?? raw[key] ?? fallback;
  const overrides = Object.assign({}, ...picked.map((o) => o.weights ?? {}));
  const unit = 10 ** raw.scale.decimals;
  const tops = (raw.scale.levelTops ?? Array.from({ length: raw.scale.max - raw.scale.min + 1 }, (_, k) => raw.scale.min + k))
    .map((t) => Math.round(t * unit));
  const min = raw.scale.min * unit;
  return {
    raw, unit, min, max: raw.scale.max * unit,
    stops: [min, ...tops.filter((t) => t > min)],
    edge: rule('bandEdge', 'lower-inclusive'),
    rounding: rule('indexRounding', 'half-up'),
    indicators: leaves(raw.groups).map((i) => ({ ...i, weight: overrides[i.id] ?? i.weight })),
  };
}

// Every group's exact value, bottom up, and the index over the top groups.
function score(m, values) {
  const value = new Map();
  const groupValue = (g) => {
    let sum = [0n, 1n];
    if (g.indicators) {
      for (const i of g.indicators) {
        const k = m.indicators.findIndex((x) => x.id === i.id);
        sum = add(sum, frac(BigInt(values[k]) * BigInt(m.indicators[k].weight), BigInt(m.unit)));
      }
    } else {
      for (const c of g.groups) sum = add(sum, mul(groupValue(c), [BigInt(c.weight), 1n]));
    }
    const v = div(sum, [BigInt(g.weight), 1n]);
    value.set(g.id, v);
    return v;
  };
  let total = [0n, 1n];
  let weight = 0n;
  for (const g of m.raw.groups) { total = add(total, mul(groupValue(g), [BigInt(g.weight), 1n])); weight += BigInt(g.weight); }
  return { index: div(total, [weight, 1n]), value };
}

function band(m, index, basis) {
  const v = basis === 'rounded' ? [cents(index, m.rounding), 100n] : index;
  let b = 0;
  m.raw.bands.forEach((band, k) => {
    const c = cmp(v, [cents2(band.from), 100n]);
    if (k > 0 && (m.edge === 'upper-inclusive' ? c > 0 : c >= 0)) b = k;
  });
  return b;
}

// The least number of steps (one per stop passed, every indicator free) that puts the index in
// band `target` or above: the most weighted sum for each number of steps, by dynamic
// programming over the indicators.
function leastSteps(m, values, target, basis) {
  const total = m.indicators.reduce((s, i) => s + i.weight, 0);
  const reaches = (sum) => band(m, frac(BigInt(sum), BigInt(total * m.unit)), basis) >= target;
  let best = [values.reduce((s, v, k) => s + v * m.indicators[k].weight, 0)];
  m.indicators.forEach((ind, k) => {
    const ups = m.stops.filter((s) => s > values[k]).map((s) => (s - values[k]) * ind.weight);
    const nextBest = [...best];
    best.forEach((sum, c) => ups.forEach((gain, j) => {
      const at = c + j + 1;
      if (nextBest[at] === undefined || nextBest[at] < sum + gain) nextBest[at] = sum + gain;
    }));
    best = nextBest;
  });
  const steps = best.findIndex((sum) => sum !== undefined && reaches(sum));
  return steps < 0 ? null : steps;
}

// --- the vectors -------------------------------------------------------------------------
const shown = (m, v) => m.raw.scale.decimals === 0 ? `${v / m.unit}` : (v / m.unit).toFixed(m.raw.scale.decimals).replace(/\.?0+$/, '');

function caseOf(m, name, choice, values) {
  const s = score(m, values);
  const parts = (depth) => Object.fromEntries([...s.value].filter(([id]) => depthOf(m.raw.groups, id) === depth).map(([id, v]) => [id, text(v)]));
  const depths = m.raw.hierarchy.length;
  return {
    name, choice, values: values.map((v) => shown(m, v)),
    index: text(s.index), shown: centsText(cents(s.index, m.rounding)),
    predicate: { exact: m.raw.bands[band(m, s.index, 'exact')].id, rounded: m.raw.bands[band(m, s.index, 'rounded')].id },
    domains: depths > 1 ? parts(0) : {}, aspects: parts(depths - 1),
  };
}

function depthOf(groups, id, d = 0) {
  for (const g of groups) {
    if (g.id === id) return d;
    if (g.groups) { const r = depthOf(g.groups, id, d + 1); if (r >= 0) return r; }
  }
  return -1;
}

function choices(raw) {
  let all = [{}];
  for (const v of raw.variants ?? []) all = all.flatMap((c) => v.options.map((o) => ({ ...c, [v.id]: o.id })));
  return all;
}

function randomValues(m, low) {
  return m.indicators.map(() => {
    const top = low ? Math.min(m.max, m.stops[Math.min(2, m.stops.length - 1)]) : m.max;
    if (below(2) === 0) { const at = m.stops.filter((s) => s <= top); return at[below(at.length)]; }
    return m.min + below(top - m.min + 1);
  });
}

const catalog = JSON.parse(readFileSync(join(MODELS, 'catalog.json'), 'utf8'));
let differ = 0;
for (const entry of catalog) {
  const raw = JSON.parse(readFileSync(join(MODELS, entry.file), 'utf8'));
  const cases = [];
  const plans = [];
  for (const choice of choices(raw)) {
    const m = model(raw, choice);
    for (const p of raw.presets ?? []) cases.push(caseOf(m, `preset:${p.id}`, choice, p.levels.map((v) => Math.round(v * m.unit))));
    for (let k = 0; k < RANDOM_CASES; k++) cases.push(caseOf(m, `random:${k}`, choice, randomValues(m, false)));
    for (let k = 0; k < PLAN_CASES; k++) {
      const values = randomValues(m, true);
      const basis = k % 2 ? 'rounded' : 'exact';
      const from = band(m, score(m, values).index, basis);
      for (let t = from + 1; t < raw.bands.length; t++) {
        plans.push({ choice, basis, values: values.map((v) => shown(m, v)), target: raw.bands[t].id, steps: leastSteps(m, values, t, basis) });
      }
    }
  }
  const out = `{"format":1,"framework":${JSON.stringify(raw.id)},"frameworkVersion":${JSON.stringify(raw.version)},`
    + `"generator":"conformance/reference.mjs",\n"cases":[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n],\n`
    + `"plans":[\n${plans.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;
  const file = join(HERE, `${raw.id}.json`);
  if (check) {
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch {}
    if (old !== out) { differ++; console.error(`conformance/${raw.id}.json is not what the reference writes: run node conformance/reference.mjs`); }
  } else {
    writeFileSync(file, out);
    console.log(`conformance/${raw.id}.json: ${cases.length} cases, ${plans.length} plans`);
  }
}
process.exit(differ ? 1 : 0);
