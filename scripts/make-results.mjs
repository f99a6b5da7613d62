// Build assets/data/results-2023-2024.json from the published SPBE results (the CSV converted
// from KemenPANRB's 2023 and 2024 evaluation reports). Run by hand when the source changes:
//   node scripts/make-results.mjs ../shared/spbe/spbe_results_2023_2024.csv
// What it does, and nothing more:
// - cleans names of text-conversion noise (a doubled phrase, "KotaMobagu", "NTB"/"NTT" written
//   out) and province names ("Tlmur", "D.I", "Bangka Belitung");
// - gives each institution one id across the two years (the 2024 report names some by their
//   secretariat: "Sekretariat Jenderal Dewan Perwakilan Rakyat" is the DPR of 2023);
// - sets the kind (kementerian, lpnk, lns, lainnya, provinsi, kabupaten, kota) from the report's
//   table and the name, and the province of regional governments from the table;
// - keeps the domain values and the index and predicate as published (in hundredths); rows
//   whose domain values are broken or missing in the source keep them as printed (missing:
//   null) with their published index, and are marked; nothing is invented;
// - adds search words people use (acronyms such as BPK or KPU, and short names such as
//   Kemenkeu) to some institutions.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '../shared/spbe/spbe_results_2023_2024.csv';

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]])));
}

const NAME_FIXES = [
  [/^Badan Pengusahaan Badan Pengusahaan /, 'Badan Pengusahaan '],
  [/KotaMobagu/, 'Kotamobagu'],
  [/^Pemerintah Provinsi NTB$/, 'Pemerintah Provinsi Nusa Tenggara Barat'],
  [/^Pemerintah Provinsi NTT$/, 'Pemerintah Provinsi Nusa Tenggara Timur'],
  [/^Pemerintah D\.I\. Yogyakarta$/, 'Pemerintah DI Yogyakarta'],
];
const PROVINCE_FIXES = { 'Nusa Tenggara Tlmur': 'Nusa Tenggara Timur', 'D.I Yogyakarta': 'DI Yogyakarta', 'Bangka Belitung': 'Kepulauan Bangka Belitung' };
// 2024 names of institutions the 2023 report names otherwise: the same evaluated unit.
const SAME_AS = {
  'Badan Pengusahaan Batam': 'Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam',
  'Badan Pengusahaan Sabang': 'Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Sabang',
  'Kementerian Koordinator Bidang Kemaritiman dan Investasi': 'Kementerian Koordinator Bidang Kemaritiman',
  'Sekretariat Jenderal Dewan Ketahanan Nasional': 'Dewan Ketahanan Nasional',
  'Sekretariat Jenderal Komisi Pemilihan Umum': 'Komisi Pemilihan Umum',
  'Sekretariat Komisi Nasional Hak Asasi Manusia': 'Komisi Nasional Hak Asasi Manusia',
  'Sekretariat Jenderal Ombudsman': 'Ombudsman Republik Indonesia',
  'Sekretariat Komisi Pengawas Persaingan Usaha': 'Komisi Pengawas Persaingan Usaha',
  'Sekretariat Komisi Penyiaran Indonesia': 'Komisi Penyiaran Indonesia',
  'Sekretariat Komisi Kejaksaan': 'Komisi Kejaksaan',
  'Sekretariat Dewan Pers': 'Dewan Pers',
  'Sekretariat Dewan Jaminan Sosial Nasional': 'Dewan Jaminan Sosial Nasional',
  'Sekretariat Konsil Kedokteran Indonesia': 'Konsil Kedokteran Indonesia',
  'Sekretariat Jenderal Majelis Permusyawaratan Rakyat': 'Majelis Permusyawaratan Rakyat',
  'Sekretariat Jenderal Dewan Perwakilan Rakyat': 'Dewan Perwakilan Rakyat',
  'Sekretariat Jenderal Mahkamah Agung RI': 'Mahkamah Agung RI',
  'Sekretariat Jenderal Badan Pemeriksa Keuangan': 'Badan Pemeriksa Keuangan',
  'Sekretariat Jenderal Mahkamah Konstitusi': 'Mahkamah Konstitusi',
  'Sekretariat Jenderal Komisi Yudisial': 'Komisi Yudisial',
  'Sekretariat Jenderal Dewan Perwakilan Daerah': 'Dewan Perwakilan Daerah',
};
// Short names people search by, beyond the acronym of the name (added automatically).
const WORDS = {
  'Kementerian Keuangan': ['kemenkeu'],
  'Kementerian Dalam Negeri': ['kemendagri'],
  'Kementerian Kesehatan': ['kemenkes'],
  'Kementerian Agama': ['kemenag'],
  'Kementerian Perhubungan': ['kemenhub'],
  'Kementerian Ketenagakerjaan': ['kemnaker', 'kemenaker'],
  'Kementerian Komunikasi dan Informatika': ['kominfo', 'kemkominfo'],
  'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi': ['kemenpan', 'kemenpanrb', 'menpan'],
  'Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional': ['bappenas', 'kemenppn'],
  'Kementerian Pendidikan dan Kebudayaan': ['kemendikbud', 'kemendikbudristek'],
  'Kementerian Pekerjaan Umum & Perumahan Rakyat': ['pupr', 'kemenpupr'],
  'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional': ['atr', 'bpn'],
  'Kementerian Lingkungan Hidup dan Kehutanan': ['klhk'],
  'Kementerian Kelautan dan Perikanan': ['kkp'],
  'Kementerian Sekretariat Negara': ['kemensetneg', 'setneg'],
  'Kementerian Desa, Pembangunan Daerah Tertinggal dan Transmigrasi': ['kemendesa'],
  'Kementerian Pemuda dan Olahraga': ['kemenpora'],
  'Kementerian Pertanian': ['kementan'],
  'Kementerian Luar Negeri': ['kemlu', 'kemenlu'],
  'Kementerian Pertahanan': ['kemhan', 'kemenhan'],
  'Kementerian Sosial': ['kemensos'],
  'Kementerian Perindustrian': ['kemenperin'],
  'Kementerian Perdagangan': ['kemendag'],
  'Kementerian Hukum dan Hak Asasi Manusia': ['kemenkumham'],
  'Kementerian Energi dan Sumber Daya Mineral': ['kesdm', 'esdm'],
  'Kementerian Badan Usaha Milik Negara': ['bumn'],
  'Kementerian Koordinator Bidang Perekonomian': ['ekon'],
  'Markas Besar Kepolisian Republik Indonesia': ['polri', 'mabes'],
  'Pemerintah Provinsi DKI Jakarta': ['jakarta'],
  'Pemerintah DI Yogyakarta': ['diy', 'jogja', 'yogya', 'provinsi'],
  'Pemerintah Aceh': ['provinsi'],
};

// Short names of provinces, as people write them (for every regional row of the province).
const PROVINCE_WORDS = {
  'Nusa Tenggara Timur': ['ntt'], 'Nusa Tenggara Barat': ['ntb'], 'DI Yogyakarta': ['diy'],
  'DKI Jakarta': ['dki'], 'Jawa Timur': ['jatim'], 'Jawa Tengah': ['jateng'], 'Jawa Barat': ['jabar'],
  'Sumatera Utara': ['sumut'], 'Sumatera Barat': ['sumbar'], 'Sumatera Selatan': ['sumsel'],
  'Sulawesi Selatan': ['sulsel'], 'Sulawesi Utara': ['sulut'], 'Sulawesi Tengah': ['sulteng'],
  'Sulawesi Tenggara': ['sultra'], 'Sulawesi Barat': ['sulbar'], 'Kalimantan Timur': ['kaltim'],
  'Kalimantan Selatan': ['kalsel'], 'Kalimantan Barat': ['kalbar'], 'Kalimantan Tengah': ['kalteng'],
  'Kalimantan Utara': ['kaltara'], 'Kepulauan Riau': ['kepri'], 'Kepulauan Bangka Belitung': ['babel'],
  'Maluku Utara': ['malut'], 'Papua Barat Daya': ['pbd'],
};
const PROVINCIAL = new Set(['Pemerintah Aceh', 'Pemerintah DI Yogyakarta']);
const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/^pemerintah /, '').replace(/^kab\. /, 'kab-').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const STOP = new Set(['dan', 'di', 'ri', 'republik', 'indonesia', 'bidang', 'pemerintah', 'dari', 'atas']);
function acronym(name) {
  const words = name.replace(/[(),/.-]/g, ' ').split(/\s+/).filter((w) => w && !STOP.has(w.toLowerCase()));
  return words.length >= 2 ? words.map((w) => w[0].toLowerCase()).join('') : null;
}
function kindOf(group, name) {
  if (group === 'Kementerian') return 'kementerian';
  if (group.includes('(LPNK)')) return 'lpnk';
  if (group.includes('(LNS)')) return 'lns';
  if (group.startsWith('Pemerintah Daerah')) {
    // Aceh and Yogyakarta name their provincial governments without "Provinsi".
    if (name.startsWith('Pemerintah Provinsi') || PROVINCIAL.has(name)) return 'provinsi';
    if (name.startsWith('Pemerintah Kab.')) return 'kabupaten';
    if (name.startsWith('Pemerintah Kota')) return 'kota';
    throw new Error(`regional row of unknown kind: ${name}`);
  }
  return 'lainnya';
}
function provinceOf(group) {
  const m = /^Pemerintah Daerah (?:di )?(.+)$/.exec(group);
  if (!m) return null;
  return PROVINCE_FIXES[m[1]] ?? m[1];
}
const cents = (text) => {
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const [i, f = ''] = text.split('.');
  return Number(i) * 100 + Number(f.padEnd(2, '0'));
};
const PREDICATES = new Set(['Kurang', 'Cukup', 'Baik', 'Sangat Baik', 'Memuaskan']);

const rows = parseCsv(readFileSync(source, 'utf8')).map((r) => {
  let name = r.name.trim().replace(/\s+/g, ' ');
  for (const [re, to] of NAME_FIXES) name = name.replace(re, to);
  const canonical = SAME_AS[name] ?? name;
  const domains = ['D1', 'D2', 'D3', 'D4'].map((d) => cents(r[d]));
  const index = cents(r.index);
  const predicate = PREDICATES.has(r.predikat) ? r.predikat : null;
  if (index === null || !predicate) throw new Error(`row without index or predicate: ${JSON.stringify(r)}`);
  const usable = r.check.startsWith('ok');
  const kind = kindOf(r.group, name);
  // Central institutions are known by their acronyms (BPK, KPU, BSSN); regional governments
  // by their names.
  const central = !['provinsi', 'kabupaten', 'kota'].includes(kind);
  const acronyms = central ? [acronym(canonical), acronym(name)] : [];
  const province = provinceOf(r.group);
  // A regional government is also found by its province ("paser kaltim").
  const places = province ? [province, ...(PROVINCE_WORDS[province] ?? [])] : [];
  const words = [...new Set([...acronyms, ...(WORDS[canonical] ?? []), ...places].filter(Boolean))];
  const row = {
    y: Number(r.year),
    k: kind,
    p: province,
    id: slug(canonical),
    n: name,
    // As printed (a value missing in the source stays missing); see `bad`.
    d: domains,
    i: index,
    pr: predicate,
  };
  if (!usable) row.bad = r.check.startsWith('missing') ? 'missing' : 'mismatch';
  if (words.length) row.w = words;
  return row;
});

// One id per institution and year.
const seen = new Set();
for (const r of rows) {
  const key = `${r.y}/${r.id}`;
  if (seen.has(key)) throw new Error(`two rows for ${key}`);
  seen.add(key);
}
const out = {
  format: 1,
  source: {
    id: 'KemenPANRB, Laporan Evaluasi SPBE 2023 dan Laporan Pelaksanaan Evaluasi SPBE 2024 (tabel per instansi, dialihkan dari PDF yang dipublikasikan)',
    en: 'KemenPANRB, Laporan Evaluasi SPBE 2023 and Laporan Pelaksanaan Evaluasi SPBE 2024 (per-institution tables, converted from the published PDFs)',
  },
  model: 'spbe-2020',
  note: 'Domain values and index as published, in hundredths. Rows marked "bad" have broken or missing domain values in the source; their published index stays.',
  rows,
};
writeFileSync(new URL('../assets/data/results-2023-2024.json', import.meta.url), JSON.stringify(out) + '\n');
const by = (k) => Object.entries(rows.reduce((a, r) => ((a[r[k]] = (a[r[k]] ?? 0) + 1), a), {}));
console.log(`${rows.length} rows; ${new Set(rows.map((r) => r.id)).size} institutions; by year ${JSON.stringify(by('y'))}; by kind ${JSON.stringify(by('k'))}; marked ${rows.filter((r) => r.bad).length}`);
