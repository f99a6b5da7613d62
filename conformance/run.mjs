// Checks an implementation of the scoring model against the conformance vectors. Any language
// can follow these 30 lines: for each case, score `values` under `choice` and compare the index
// as shown, the predicate under each basis and every aspect and domain (half up to hundredths);
// for each plan, compare the least number of steps (null: out of reach).
//   node conformance/run.mjs ./my-adapter.mjs    (the adapter exports score and, if it plans, leastSteps)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = new URL('.', import.meta.url).pathname;
const halfUp = (f) => { const [n, d = 1n] = f.split('/').map(BigInt); const c = (200n * n + d) / (2n * d); return `${c / 100n}.${`${c % 100n}`.padStart(2, '0')}`; };

export async function run(impl, log = console.log) {
  let failed = 0, checked = 0;
  const fail = (what, got, want) => { if (failed++ < 20) log(`FAIL ${what}: got ${got}, want ${want}`); };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { framework, cases, plans } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const c of cases) for (const basis of ['exact', 'rounded']) {
      const r = await impl.score(framework, c.choice, c.values, basis); checked++;
      const where = `${framework} ${c.name} ${JSON.stringify(c.choice)} ${basis}`;
      if (r.shown !== c.shown) fail(`${where} index`, r.shown, c.shown);
      if (r.predicate !== c.predicate[basis]) fail(`${where} predicate`, r.predicate, c.predicate[basis]);
      for (const [id, f] of Object.entries({ ...c.domains, ...c.aspects })) if (r.parts[id] !== halfUp(f)) fail(`${where} ${id}`, r.parts[id], halfUp(f));
    }
    if (impl.leastSteps) for (const p of plans) {
      const got = await impl.leastSteps(framework, p.choice, p.values, p.target, p.basis); checked++;
      if (got !== p.steps) fail(`${framework} plan ${JSON.stringify(p)}`, got, p.steps);
    }
  }
  log(`${checked} checks, ${failed} failed`);
  return failed;
}

if (process.argv[2]) process.exit((await run(await import(pathToFileURL(resolve(process.argv[2])).href))) ? 1 : 0);
