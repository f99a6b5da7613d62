// The app's JavaScript API against the conformance vectors (conformance/*.json, written by the
// independent reference), through the plain runner any implementation can follow
// (conformance/run.mjs): every case of every framework and variant under both predicate bases,
// and every plan case's least number of steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite } from './harness.mjs';
import { run } from '../conformance/run.mjs';

const s = suite();

test('window.spbe.score and spbe.plan meet every conformance vector', async () => {
  const page = await s.open('');
  await page.evaluate(() => Promise.all(spbe.models.map((m) => spbe.load(m.id))));
  // The adapter answers from one page call per framework file (the API is called in the page
  // for every case and basis; only the round trips are batched).
  const answers = new Map();
  const batch = async (framework) => {
    if (!answers.has(framework)) {
      const { cases, plans } = JSON.parse(readFileSync(new URL(`../conformance/${framework}.json`, import.meta.url), 'utf8'));
      answers.set(framework, await page.evaluate(([f, cases, plans]) => {
        const score = {};
        for (const c of cases) for (const b of ['exact', 'rounded']) {
          const r = spbe.score(f, c.values.map(Number), { ...c.choice, predicateBasis: b });
          const parts = Object.fromEntries([...r.domains, ...r.aspects].map((p) => [p.id, p.index.toFixed(2)]));
          score[JSON.stringify([c.choice, c.values, b])] = { shown: r.index.toFixed(2), predicate: r.predicateId, parts };
        }
        const steps = {};
        for (const p of plans) {
          const r = spbe.plan(f, p.values.map(Number), { ...p.choice, target: p.target, predicateBasis: p.basis });
          steps[JSON.stringify([p.choice, p.values, p.target, p.basis])] = r.status === 'unreachable' ? null : r.effort;
        }
        return { score, steps };
      }, [framework, cases, plans]));
    }
    return answers.get(framework);
  };
  const adapter = {
    score: async (framework, choice, values, basis) =>
      (await batch(framework)).score[JSON.stringify([choice, values, basis])],
    leastSteps: async (framework, choice, values, target, basis) =>
      (await batch(framework)).steps[JSON.stringify([choice, values, target, basis])],
  };
  const lines = [];
  const failed = await run(adapter, (l) => lines.push(l));
  assert.equal(failed, 0, lines.join('\n'));
  assert.match(lines.at(-1), /^\d{5,} checks, 0 failed$/);
});
