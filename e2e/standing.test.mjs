// End-to-end tests of the standing screen (release build): finding our institution among the
// published results, ranks checked against spbe.rank and against a count of spbe.results, the
// history across frameworks kept in the work, and starting a Pemdi plan from SPBE 2020 work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, text, KEMENKO_2021, showView } from './harness.mjs';

const s = suite({ acceptDownloads: true });
const { open } = s;

test('find our institution, see its official values and where the scenario ranks', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=posisi`);
  await page.waitForSelector('[data-testid="institution-query"]');
  assert.match(await text(page, 'peer-card'), /Belum dipilih/);
  for (const query of ['kab paser', 'Kabupaten Paser', 'PASER']) {
    await page.locator('[data-testid="institution-query"]').fill(query);
    await page.waitForSelector('[data-testid="found-kab-paser"]');
    assert.match(await page.locator('.found li').first().innerText(), /Pemerintah Kab\. Paser/, query);
  }
  assert.match(await text(page, 'found-kab-paser'), /Kalimantan Timur · 2023: 2,90 Baik · 2024: 3,27 Baik/);
  await page.locator('[data-testid="institution-query"]').fill('tidak ada instansi ini');
  await page.waitForSelector('[data-testid="institution-none"]');
  await page.locator('[data-testid="institution-query"]').fill('kab paser');
  await page.locator('[data-testid="set-peer-kab-paser"]').click();
  assert.equal(await text(page, 'peer-name'), 'Pemerintah Kab. Paser');
  assert.match(await text(page, 'peer-2024'), /3,27\s+Baik\s+3,90\s+3,00\s+2,36\s+3,56/);
  // The rank rule is stated; the ranks equal the API's and a count of the published rows.
  assert.match(await text(page, 'rank-rule'), /Peringkat = 1 \+ jumlah hasil/);
  const line = await text(page, 'rank-line-0');
  assert.match(line, /^Baseline\s+2,95/);
  const api = await page.evaluate(async () => [
    await spbe.rank(2.95, { year: 2024 }),
    await spbe.rank(2.95, { year: 2024, kind: 'kabupaten' }),
    await spbe.rank(2.95, { year: 2024, kind: 'kabupaten', province: 'Kalimantan Timur' }),
  ]);
  const counted = await page.evaluate(async () => {
    const rows = (await spbe.results('pemerintah')).concat(await spbe.results('kementerian'));
    const kab = rows.filter((r) => r.year === 2024 && r.kind === 'kabupaten');
    const kaltim = kab.filter((r) => r.province === 'Kalimantan Timur');
    const rank = (group) => 1 + group.filter((r) => r.index > 2.95).length;
    return [rank(kab), kab.length, rank(kaltim), kaltim.length];
  });
  assert.deepEqual([api[1].rank, api[1].of, api[2].rank, api[2].of], counted);
  for (const r of api) assert.ok(line.includes(`${r.rank} dari ${r.of} · persentil ${r.percentile}`), `${line} / ${JSON.stringify(r)}`);
  // The distribution chart marks the baseline, the scenario and our institution, in words too.
  const alt = await page.locator('[data-testid="distribution"] svg').getAttribute('aria-label');
  assert.match(alt, /^Sebaran hasil 2024 · Kabupaten: \d+ hasil, rentang .*Pemerintah Kab\. Paser \(resmi 2024\) 3,27$/);
  // A change of the scenario moves its rank; 2023 is a click away.
  await showView(page, 'isi');
  await page.locator('[data-testid="indicator-47"] input[value="5"]').click();
  await showView(page, 'posisi');
  await page.waitForSelector('[data-testid="rank-line-1"]');
  const shown = await text(page, 'index-value');
  assert.notEqual(shown, '2,95');
  assert.match(await text(page, 'rank-line-1'), new RegExp(`^Skenario 1\\s+${shown}`));
  await page.locator('[data-testid="rank-year"]').selectOption('2023');
  const y23 = await page.evaluate((i) => spbe.rank(Number(i.replace(',', '.')), { year: 2023, kind: 'kabupaten', province: 'Kalimantan Timur' }), shown);
  assert.match(await text(page, 'rank-line-1'), new RegExp(`${y23.rank} dari ${y23.of} · persentil ${y23.percentile}$`));
  // Our institution is kept with the work: after a reload it is still chosen.
  await page.reload();
  await page.waitForSelector('[data-testid="peer-name"]');
  assert.equal(await text(page, 'peer-name'), 'Pemerintah Kab. Paser');
});

test('the history across frameworks: published years, entered years, each under its framework', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=posisi`);
  await page.locator('[data-testid="institution-query"]').fill('aceh tengah');
  await page.locator('[data-testid="set-peer-kab-aceh-tengah"]').click();
  assert.match(await text(page, 'history-note'), /tidak dapat dibandingkan titik demi titik/);
  await page.locator('[data-testid="history-year"]').selectOption('2019');
  await page.locator('[data-testid="history-value"]').fill('1,81');
  await page.locator('[data-testid="history-add"] button').click();
  await page.waitForSelector('[data-testid="history-2019"]');
  assert.match(await text(page, 'history-2019'), /2019\s+Indeks SPBE 2018\s+1,81\s+diisi/);
  assert.match(await text(page, 'history-2024'), /2024\s+Indeks SPBE 2020\s+\d,\d\d\s+resmi/);
  // A value out of range is refused with a message; nothing is saved.
  await page.locator('[data-testid="history-year"]').selectOption('2020');
  await page.locator('[data-testid="history-value"]').fill('7');
  await page.locator('[data-testid="history-add"] button').click();
  await page.waitForSelector('[data-testid="history-problem"]');
  assert.equal(await page.locator('[data-testid="history-2020"]').count(), 0);
  const alt = await page.locator('[data-testid="history-chart"] svg').getAttribute('aria-label');
  assert.match(alt, /Indeks SPBE 2018 2018–2020; Indeks SPBE 2020 2021–2025; Indeks Pemdi 2026 2026–2030\): 2019 1,81; 2023 /);
  // The history travels in the JSON file.
  await showView(page, 'berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-json"]').click()]);
  const json = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  assert.equal(json.ourInstitution, 'kab-aceh-tengah');
  assert.deepEqual(json.history, [{ year: 2019, index: 1.81 }]);
});

test('start a Pemdi plan from SPBE 2020 work through the crosswalk', async () => {
  const page = await open(`#levels=${KEMENKO_2021}&view=posisi`);
  await page.locator('[data-testid="pemdi-start-section"] > summary').click();
  await page.waitForSelector('[data-testid="crosswalk"]');
  assert.match(await text(page, 'crosswalk-note'), /bukan konversi resmi/);
  // Pemdi 1 ← SPBE 11, 12, 13 at levels 2, 2, 5: the lowest, 2, suggests 1,50.
  const first = page.locator('[data-testid="crosswalk-1"]');
  assert.match(await first.innerText(), /11 Arsitektur SPBE Instansi Pusat\/Pemerintah Daerah: 2/);
  assert.match(await first.locator('[data-testid="suggested"]').innerText(), /^1,50\s+tingkat terendah 2/);
  assert.match(await text(page, 'crosswalk-6'), /nilainya dari indeks instansi lain/);
  // Change one, then start: Pemdi opens on the entry screen with these values.
  await page.locator('[data-testid="crosswalk-3"] [data-testid="yours"]').selectOption({ label: '2,50' });
  await page.locator('[data-testid="pemdi-start"]').click();
  await page.waitForFunction(() => location.hash.includes('model=pemdi-2026&'));
  await page.waitForSelector('[data-testid="view-isi"]');
  assert.equal(await text(page, 'index-name'), 'Indeks Pemdi');
  assert.equal(await page.locator('[data-testid="indicator-1"] [data-testid="value-input"]').inputValue(), '1,50');
  assert.equal(await page.locator('[data-testid="indicator-3"] [data-testid="value-input"]').inputValue(), '2,50');
  // The SPBE 2020 work is still there.
  await page.locator('[data-testid="framework-select"]').selectOption('spbe-2020');
  await page.waitForFunction(() => location.hash.includes('model=spbe-2020&'));
  assert.equal(await text(page, 'index-value'), '2,95');
});

test('the API finds published rows and ranks, and says what is wrong', async () => {
  const page = await open();
  const r = await page.evaluate(async () => {
    const rows = await spbe.results('kemenko perekonomian');
    const errors = [];
    for (const call of [() => spbe.results(3), () => spbe.rank('3'), () => spbe.rank(3, { year: 2022 }), () => spbe.rank(3, { kind: 'desa' }), () => spbe.rank(3, { province: 'Atlantis' }), () => spbe.rank(3, { tahun: 2024 })]) {
      try {
        await call();
        errors.push('no error');
      } catch (e) {
        errors.push(`${e instanceof Error}: ${e.messages.en}`);
      }
    }
    return { first: rows[0], errors };
  });
  assert.deepEqual(
    { ...r.first, domains: r.first.domains.length },
    { id: 'kementerian-koordinator-bidang-perekonomian', name: 'Kementerian Koordinator Bidang Perekonomian', year: 2023, kind: 'kementerian', province: null, domains: 4, index: 3.72, predicate: 'Sangat Baik' },
  );
  assert.match(r.errors[0], /^true: spbe: query must be a string/);
  assert.match(r.errors[1], /^true: spbe: index must be a number \(got string\)/);
  assert.match(r.errors[2], /^true: spbe: options\.year must be one of 2023, 2024 \(got 2022\)/);
  assert.match(r.errors[3], /^true: spbe: options\.kind must be one of kementerian/);
  assert.match(r.errors[4], /^true: spbe: options\.province "Atlantis" is not a province/);
  assert.match(r.errors[5], /^true: spbe: options\.tahun does not apply to rank \(its options: year, kind, province, lang\)/);
});
