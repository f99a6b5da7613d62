// A catalogue of bad inputs — files, links, JavaScript API calls and saved data — each with
// the message expected in both languages. After each one the work on screen is unchanged and
// the calculator keeps working. (The JavaScript API is for developers; its messages are in
// English whatever the page's language, and are checked in both.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, text, openPage, openCalculator, KEMENKO_2021, showView } from './harness.mjs';

const s = suite({ acceptDownloads: true });
const dir = mkdtempSync(join(tmpdir(), 'spbe-bad-'));
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

const LANGS = {
  id: { failed: /^Berkas tidak diimpor: /, link: /^(Tautan tidak dapat dibaca|Kerangka penilaian tidak dapat dimuat): /, close: 'Tutup' },
  en: { failed: /^The file was not imported: /, link: /^(The link could not be read|The scoring framework could not be loaded): /, close: 'Dismiss' },
};

/** Bad files, built from the work's own JSON and CSV exports: [name, content, {id, en}]. */
function badFiles(json, csv, xlsx) {
  const doc = JSON.parse(json);
  const lines = csv.split('\r\n');
  const row = lines.findIndex((l) => /^1;/.test(l));
  const withRow = (f) => lines.map((l, i) => (i === row ? f(l) : l)).join('\r\n');
  const pngHeader = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00]);
  const framework = JSON.parse(readFileSync('assets/models/spbe-2020.json', 'utf8'));
  const nested = readFileSync(join(fixtures, 'framework-nested-2000.json'), 'utf8');
  return [
    ['terpotong.json', json.slice(0, json.length / 2),
      { id: /isi berkas tidak dapat dibaca: .+\./, en: /the file's content cannot be read: .+\./ }],
    ['kosong.json', '',
      { id: /berkas kosong\./, en: /the file is empty\./ }],
    ['aplikasi-lain.json', JSON.stringify({ ...doc, app: 'excel-export' }),
      { id: /bukan dari kalkulator ini \(app \u201cexcel-export\u201d\)/, en: /not from this calculator \(app \u201cexcel-export\u201d\)/ }],
    ['skema-baru.json', JSON.stringify({ ...doc, schema: 99 }),
      { id: /versi yang lebih baru \(skema 99\)/, en: /newer version \(schema 99\)/ }],
    ['kerangka-asing.json', JSON.stringify({ ...doc, model: 'spbe-2019' }),
      { id: /kerangka \u201cspbe-2019\u201d, bukan \u201cspbe-2020\u201d/, en: /framework \u201cspbe-2019\u201d, not \u201cspbe-2020\u201d/ }],
    ['kerangka-lain.json', JSON.stringify({ ...doc, model: 'spbe-2018' }),
      { id: /baseline berisi 47 nilai, seharusnya 37/, en: /baseline has 47 values; it needs 37/ }],
    ['kurang.json', JSON.stringify({ ...doc, baseline: doc.baseline.slice(1) }),
      { id: /baseline berisi 46 nilai, seharusnya 47/, en: /baseline has 46 values; it needs 47/ }],
    ['rentang.json', JSON.stringify({ ...doc, baseline: [7, ...doc.baseline.slice(1)] }),
      { id: /baseline, nilai ke-1 \(\u201c7\u201d\) di luar rentang 1\u20135/, en: /baseline, value 1 \(\u201c7\u201d\) is outside 1\u20135/ }],
    ['teks-level.json', JSON.stringify({ ...doc, baseline: ['tiga', ...doc.baseline.slice(1)] }),
      { id: /isi berkas tidak dapat dibaca: invalid type: string "tiga", expected a number\./, en: /cannot be read: invalid type: string "tiga", expected a number\./ }],
    ['pecahan.json', JSON.stringify({ ...doc, baseline: [2.5, ...doc.baseline.slice(1)] }),
      { id: /nilai ke-1 \(\u201c2[.,]5\u201d\) harus bilangan bulat/, en: /value 1 \(\u201c2[.,]5\u201d\) must be a whole number/ }],
    ['besar.json', Buffer.alloc(1_100_000, 32),
      { id: /berkas terlalu besar \(1100000 bait; batas \d+\)/, en: /the file is too large \(1100000 bytes; the limit is \d+\)/ }],
    ['gambar.png.json', Buffer.concat([pngHeader, Buffer.alloc(200, 0xc3)]),
      { id: /bukan teks UTF-8/, en: /not UTF-8 text/ }],
    ['latin1.csv', Buffer.from(csv.replace(/Pemerintah/, 'Pemerintah Kab. Bélitung'), 'latin1'),
      { id: /bukan teks UTF-8/, en: /not UTF-8 text/ }],
    ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
      { id: /bukan teks UTF-8/, en: /not UTF-8 text/ }],
    ['koma.csv', csv.replaceAll(';', ','),
      { id: /baris 14 berisi \d+ kolom, seharusnya 13 \(kolom dipisah titik koma \u201c;\u201d\)\./, en: /line 14 has \d+ columns; it needs 13 \(columns are separated by semicolons \u201c;\u201d\)\./ }],
    ['rumus.csv', withRow((l) => l.replace(/^(1;[^;]*;[^;]*;[^;]*;[^;]*;)3;/, '$1=1+2;')),
      { id: /baris 14, kolom \u201cBaseline\u201d: Baseline, nilai ke-1 \(\u201c=1\+2\u201d\) bukan angka/, en: /line 14, column \u201cBaseline\u201d: Baseline, value 1 \(\u201c=1\+2\u201d\) is not a number/ }],
    ['terpotong.csv', lines.slice(0, row + 3).join('\r\n'),
      { id: /CSV berisi 3 nilai, seharusnya 47/, en: /CSV has 3 values; it needs 47/ }],
    ['tabel-lain.csv', 'No;Indikator\r\n1;x\r\n',
      { id: /baris 1: seharusnya Kalkulator Indeks SPBE/, en: /line 1: expected/ }],
    ['terpotong.xlsx', xlsx.subarray(0, 300),
      { id: /bukan buku kerja XLSX yang dapat dibuka \(Zip error: .*\)\. Pekerjaan Anda tidak diubah/, en: /not an XLSX workbook that can be opened \(Zip error: .*\)\. Your work was not changed/ }],
    ['anggaran.xlsx', readFileSync(join(fixtures, 'anggaran.xlsx')),
      { id: /buku kerja tidak memiliki lembar \u201cPengaturan\u201d \/ \u201cSettings\u201d; ekspor XLSX lagi/, en: /the workbook has no sheet \u201cPengaturan\u201d \/ \u201cSettings\u201d; export the XLSX again/ }],
    // 17 MB of shared strings in 17 KB: refused before it is opened, not unpacked into memory.
    ['bom-zip.xlsx', readFileSync(join(fixtures, 'bom-zip.xlsx')),
      { id: /berkas ditolak: isi buku kerja terlalu besar bila dibuka: paling banyak 16 MB dalam 1000 bagian/, en: /the file is refused: the workbook is too large once unpacked: at most 16 MB in 1000 parts/ }],
    ['kerangka-rusak.json', JSON.stringify({ ...framework, id: 'kab-contoh', groups: framework.groups.map((g, i) => (i === 0 ? { ...g, weight: 99 } : g)) }),
      { id: /kerangka penilaian di dalam berkas tidak sah: bobot \u201cD1\u201d tertulis 99, tetapi jumlah bobot bagiannya 1300/, en: /the framework inside the file is not valid: .D1. declares weight 99 but its parts sum to 1300/ }],
    ['kerangka-bawaan.json', JSON.stringify(framework),
      { id: /milik kerangka bawaan/, en: /of a bundled framework/ }],
    // Nested 2,000 deep: once a stack overflow that stopped the module; refused before parsing.
    ['kerangka-bersarang.json', nested,
      { id: /berkas ditolak: bersarang terlalu dalam: paling banyak 32 tingkat/, en: /the file is refused: nested too deeply: at most 32 levels/ }],
    ['kerja-bersarang.json', `{"app":"spbe-calculator","schema":2,"model":"custom-deep","framework":${nested}}`,
      { id: /berkas ditolak: bersarang terlalu dalam: paling banyak 32 tingkat/, en: /the file is refused: nested too deeply: at most 32 levels/ }],
  ];
}

/** Bad links pasted while working: [fragment, {id, en}]. */
const BAD_LINKS = [
  ['levels=12x4', { id: /nilai ke-3 pada tingkat \(levels\) \(\u201cx\u201d\) bukan angka/, en: /value 3 of levels \(\u201cx\u201d\) is not a number/ }],
  ['levels=9', { id: /berisi 1 nilai, seharusnya 47/, en: /has 1 value; it needs 47/ }],
  [`levels=${'9'.repeat(47)}`, { id: /indikator 1 pada tingkat \(levels\) bernilai 9, di luar rentang 1\u20135/, en: /indicator 1 in levels is 9, outside the range 1\u20135/ }],
  [`levels=${'3'.repeat(47)}&base=${'3'.repeat(46)}`, { id: /baseline \(base\) berisi 46 nilai/, en: /baseline \(base\) has 46 values/ }],
  ['model=spbe-2099', { id: /kerangka \u201cspbe-2099\u201d tidak dikenal/, en: /the framework \u201cspbe-2099\u201d is unknown/ }],
  [`levels=${'3'.repeat(47)}&lang=jv`, { id: /bahasa \u201cjv\u201d tidak dikenal/, en: /unknown language \u201cjv\u201d/ }],
  [`levels=${'3'.repeat(47)}&view=grafik`, { id: /bagian \u201cgrafik\u201d tidak dikenal \(gunakan isi, .*posisi atau berkas\)/, en: /unknown screen \u201cgrafik\u201d \(use isi, .*posisi or berkas\)/ }],
  [`levels=${'3'.repeat(47)}&basis=floor`, { id: /dasar predikat \u201cfloor\u201d tidak dikenal/, en: /unknown predicate basis \u201cfloor\u201d/ }],
  [`levels=${'3'.repeat(47)}&tanpa-nilai`, { id: /\u201ctanpa-nilai\u201d tidak berbentuk kunci=nilai/, en: /\u201ctanpa-nilai\u201d is not of the form key=value/ }],
  [`levels=${'3'.repeat(5000)}`, { id: /tautan terlalu panjang \(\d+ karakter\)/, en: /the link is too long \(\d+ characters\)/ }],
  [`levels=3.5${'3'.repeat(46)}`, { id: /memiliki terlalu banyak desimal|bukan angka/, en: /too many decimals|not a number/ }],
  [`model=pemdi-2026&levels=${Array(20).fill(1).join(',')}&bandEdge=tengah`, { id: /bandEdge \u201ctengah\u201d tidak dikenal/, en: /unknown bandEdge \u201ctengah\u201d/ }],
  [`model=pemdi-2026&levels=${Array(20).fill(6).join(',')}`, { id: /indikator 1 pada tingkat \(levels\) bernilai 6, di luar rentang 1\u20135/, en: /indicator 1 in levels is 6, outside the range 1\u20135/ }],
  ['levels=%E0%A4%A', { id: /nilai ke-1 pada tingkat \(levels\) \(\u201c\uFFFD\u201d\) bukan angka/, en: /value 1 of levels \(\u201c\uFFFD\u201d\) is not a number/ }],
];

/** Bad JavaScript API calls: [label, call in the page, message]. */
const BAD_CALLS = [
  ['unknown model', () => spbe.score('spbe-1999', Array(47).fill(3)), /unknown model "spbe-1999"/],
  ['too few values', () => spbe.score('spbe-2020', Array(46).fill(3)), /46 values; the model has 47/],
  ['out of range', () => spbe.score('spbe-2020', [...Array(46).fill(3), 6]), /levels\[46\] = 6 is outside 1\.\.5/],
  ['text for a level', () => spbe.score('spbe-2020', [...Array(46).fill(3), '3']), /levels\[46\] is not a number/],
  ['huge level', () => spbe.score('spbe-2020', [...Array(46).fill(3), 1e300]), /levels\[46\] = 1e300 is outside/],
  ['NaN level', () => spbe.score('spbe-2020', [...Array(46).fill(3), NaN]), /levels\[46\]/],
  ['levels not a list', () => spbe.score('spbe-2020', { 0: 3 }), /levels/],
  ['misspelt option', () => spbe.score('spbe-2020', Array(47).fill(3), { predicatebasis: 'exact' }), /options\.predicatebasis does not apply to spbe-2020 \(its options: predicateBasis, lang\)/],
  ['bad option value', () => spbe.score('spbe-2020', Array(47).fill(3), { predicateBasis: 'floor' }), /predicateBasis/],
  ['options not an object', () => spbe.score('spbe-2020', Array(47).fill(3), 'exact'), /options/],
  ['unknown target', () => spbe.plan('spbe-2020', Array(47).fill(1), { target: 'Hebat' }), /options\.target "Hebat" is not a predicate/],
  ['pace of zero', () => spbe.plan('spbe-2020', Array(47).fill(1), { target: 'Baik', pace: 0 }), /pace/],
  ['too many values', () => spbe.score('spbe-2020', Array(20000).fill(3)), /the call is refused: too many values: at most 10000/],
  ['too many options', () => spbe.score('spbe-2020', Array(47).fill(3), Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`o${i}`, 1]))), /too many values: at most 10000/],
  ['variant of another framework', () => spbe.score('spbe-2020', Array(47).fill(3), { bandEdge: 'upper-inclusive' }), /bandEdge/],
];

/** Saved data in storage before the app starts: [label, key, value, {id, en}]. */
const BAD_SAVES = [
  ['not JSON', 'spbe.work.spbe-2020', '{"app":"spbe-calculator","sch', { id: /isi berkas tidak dapat dibaca/, en: /content cannot be read/ }],
  ['newer schema', 'spbe.work.spbe-2020', JSON.stringify({ app: 'spbe-calculator', schema: 9, model: 'spbe-2020' }), { id: /skema 9/, en: /schema 9/ }],
  ['levels out of range', 'spbe.work.spbe-2020', (doc) => JSON.stringify({ ...doc, baseline: [8, ...doc.baseline.slice(1)] }), { id: /di luar rentang 1\u20135/, en: /is outside 1\u20135/ }],
  ['binary junk', 'spbe.work.spbe-2020', '\u0000\u0001\uFFFD\u0007PK', { id: /isi berkas tidak dapat dibaca/, en: /content cannot be read/ }],
  ['from another app', 'spbe.work.spbe-2020', JSON.stringify({ app: 'lain', schema: 2, model: 'spbe-2020' }), { id: /bukan dari kalkulator ini/, en: /not from this calculator/ }],
];

async function dismiss(page, lang) {
  await page.getByRole('button', { name: LANGS[lang].close }).click();
  await page.locator('[data-testid="notice"]').waitFor({ state: 'detached' });
}

/** The app still works: a level click changes the index, and undoing it brings it back. */
async function stillWorks(page, label) {
  await showView(page, 'isi');
  const before = await text(page, 'index-value');
  const row = page.locator('[data-testid="indicator-47"]');
  const level = (await row.locator('input:checked').getAttribute('value')) === '5' ? '4' : '5';
  const old = await row.locator('input:checked').getAttribute('value');
  await row.locator(`input[value="${level}"]`).click();
  assert.notEqual(await text(page, 'index-value'), before, `${label}: the calculator still reacts`);
  await row.locator(`input[value="${old}"]`).click();
  assert.equal(await text(page, 'index-value'), before, label);
}

async function exportAll(page) {
  await showView(page, 'berkas');
  const out = {};
  for (const kind of ['json', 'csv', 'xlsx']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="export-${kind}"]`).click()]);
    const path = join(dir, `${kind}-${Date.now()}.${kind}`);
    await download.saveAs(path);
    out[kind] = readFileSync(path);
  }
  return out;
}

let counted = 0;
let autosaved = null;

/** The document the app autosaves for the Kemenko 2021 levels (read once). */
async function savedDocument() {
  if (!autosaved) {
    const { context, page } = await openPage(s.browser, s.origin);
    await openCalculator(page, s.origin, `#levels=${KEMENKO_2021}`);
    await page.locator('[data-testid="indicator-1"] input[value="4"]').click();
    await page.waitForFunction(() => localStorage.getItem('spbe.work.spbe-2020'));
    autosaved = JSON.parse(await page.evaluate(() => localStorage.getItem('spbe.work.spbe-2020')));
    await context.close();
  }
  return autosaved;
}

for (const lang of ['id', 'en']) {
  test(`bad files are refused with the reason; the work is unchanged (${lang})`, async () => {
    const page = await s.open(`#levels=${KEMENKO_2021}&lang=${lang}`);
    const { json, csv, xlsx } = await exportAll(page);
    const index = await text(page, 'index-value');
    const cases = badFiles(json.toString('utf8'), csv.toString('utf8').replace(/^\uFEFF/, ''), xlsx);
    for (const [name, content, messages] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      await page.locator('[data-testid="import-file"]').setInputFiles(path);
      await page.waitForSelector('[data-testid="notice"]');
      const notice = await text(page, 'notice');
      if (process.env.SHOW) console.log(name, notice);
      assert.match(notice, LANGS[lang].failed, `${name}: ${notice}`);
      assert.match(notice, messages[lang], `${name}: ${notice}`);
      assert.equal(await text(page, 'index-value'), index, `${name} left the work unchanged`);
      await dismiss(page, lang);
    }
    await stillWorks(page, 'after the bad files');
    counted += lang === 'id' ? cases.length : 0;
  });

  test(`bad links are refused with the reason; the work is unchanged (${lang})`, async () => {
    const page = await s.open(`#levels=${KEMENKO_2021}&lang=${lang}`);
    await page.locator('[data-testid="indicator-21"] input[value="4"]').click();
    const index = await text(page, 'index-value');
    for (const [fragment, messages] of BAD_LINKS) {
      await page.evaluate((f) => { location.hash = f; }, fragment);
      await page.waitForSelector('[data-testid="notice"]');
      const notice = await text(page, 'notice');
      if (process.env.SHOW) console.log(fragment.slice(0, 40), notice);
      assert.match(notice, LANGS[lang].link, `${fragment.slice(0, 60)}: ${notice}`);
      assert.match(notice, messages[lang], `${fragment.slice(0, 60)}: ${notice}`);
      assert.equal(await text(page, 'index-value'), index, `${fragment.slice(0, 60)} left the work unchanged`);
      await dismiss(page, lang);
    }
    await stillWorks(page, 'after the bad links');
    counted += lang === 'id' ? BAD_LINKS.length : 0;
  });

  test(`bad JavaScript API calls throw an Error naming the fault; the work is unchanged (${lang})`, async () => {
    const page = await s.open(`#levels=${KEMENKO_2021}&lang=${lang}`);
    const index = await text(page, 'index-value');
    for (const [label, call, message] of BAD_CALLS) {
      // The message in Indonesian (no \`lang\` given), both languages in \`messages\`.
      const [got, indonesian] = await page.evaluate(`(() => {
        try { (${call.toString()})(); return ['no error']; }
        catch (e) {
          const said = (e instanceof Error ? 'Error: ' : 'not an Error: ') + e.messages?.en;
          return [said, e.message === e.messages.id && e.messages.id !== e.messages.en && e.messages.id];
        }
      })()`);
      assert.match(got, /^Error: spbe: /, `${label}: ${got}`);
      assert.match(String(indonesian), /^spbe: \S/, `${label}: ${indonesian}`);
      assert.match(got, message, `${label}: ${got}`);
      assert.doesNotMatch(got, /JsValue|Object\(|\d{25}/, `${label}: no internal representation, numbers short`);
      assert.equal(await text(page, 'index-value'), index, label);
    }
    assert.equal(await page.locator('[data-testid="notice"]').count(), 0, 'API errors are the caller\u2019s, not the user\u2019s');
    await stillWorks(page, 'after the bad calls');
    counted += lang === 'id' ? BAD_CALLS.length : 0;
  });

  for (const [label, key, value, messages] of BAD_SAVES) {
    test(`saved data that cannot be read (${label}) is kept aside and the user told (${lang})`, async () => {
      s.current = await openPage(s.browser, s.origin);
      const saved = typeof value === 'function' ? value(await savedDocument()) : value;
      await s.current.context.addInitScript(([k, v, l]) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(k, v);
          localStorage.setItem('spbe.model', 'spbe-2020');
          localStorage.setItem('spbe.lang', l);
        }
      }, [key, saved, lang]);
      const page = s.current.page;
      await openCalculator(page, s.origin, '');
      await page.waitForSelector('[data-testid="notice"]');
      const notice = await text(page, 'notice');
      assert.match(notice, messages[lang], `${label}: ${notice}`);
      assert.match(notice, lang === 'id' ? /disimpan terpisah \(tidak dihapus\)/ : /kept aside \(not deleted\)/);
      assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), key), saved, 'nothing lost');
      await dismiss(page, lang);
      await stillWorks(page, label);
      // The next change is saved again normally, and the kept data stays.
      await page.locator('[data-testid="indicator-1"] input[value="3"]').click();
      await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"app"'), key);
      assert.equal(await page.evaluate((k) => localStorage.getItem(`${k}.unreadable`), key), saved);
    });
  }
  counted += lang === 'id' ? BAD_SAVES.length : 0;

  test(`storage switched off: the app works and says autosave is unavailable (${lang})`, async () => {
    s.current = await openPage(s.browser, s.origin, { acceptDownloads: true });
    await s.current.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied access to storage', 'SecurityError');
        },
      });
    });
    const page = s.current.page;
    await openCalculator(page, s.origin, `#levels=${KEMENKO_2021}&lang=${lang}`);
    await page.locator('[data-testid="indicator-1"] input[value="4"]').click();
    await page.waitForSelector('[data-testid="notice"]');
    assert.match(await text(page, 'notice'), lang === 'id' ? /Penyimpanan otomatis tidak tersedia/ : /(Automatic saving|Autosave).*(not available|unavailable)/i);
    await dismiss(page, lang);
    await stillWorks(page, 'storage off');
    // Exporting still works, so nothing need be lost.
    const { json } = await exportAll(page);
    assert.match(json.toString('utf8'), /"app": "spbe-calculator"/);
  });
}

test('the catalogue holds at least 40 bad inputs', () => {
  assert.ok(counted >= 40, `${counted} bad inputs`);
});
