//! The texts of the work by unit (OPD) and the timeline of due dates, in both languages. Only
//! the chunk that shows them uses them.

use crate::engine::Lang;

pub struct UnitTexts {
    pub heading: &'static str,
    pub hint: &'static str,
    pub empty: &'static str,
    pub unnamed: &'static str,
    pub print: &'static str,
    pub page_title: &'static str,
    pub responsible_for: &'static str,
    pub items: &'static str,
    pub code: &'static str,
    pub item: &'static str,
    pub indicator: &'static str,
    pub status: &'static str,
    pub due: &'static str,
    pub needed: &'static str,
    pub now: &'static str,
    pub planned: &'static str,
    /// "{accepted} dari {all} butir diterima"
    pub accepted_of: [&'static str; 2],
    pub depends: &'static str,
    pub depends_hint: &'static str,
    /// "… dari kenaikan {gain} yang direncanakan"
    pub of_planned: &'static str,
    pub no_plan: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_hint: &'static str,
    pub undated: &'static str,
    pub after_deadline: &'static str,
    pub timeline_empty: &'static str,
    pub printed_on: &'static str,
}

const ID: UnitTexts = UnitTexts {
    heading: "Per unit",
    hint: "Butir bukti per unit penyedia (butir tanpa unit sendiri ikut unit penanggung jawab indikatornya), dengan status, tenggat, dan seberapa besar indeks target bergantung pada unit itu.",
    empty: "Belum ada unit. Tetapkan unit penanggung jawab indikator atau unit penyedia butir di bawah indikator (Isi level \u{2192} Butir bukti).",
    unnamed: "Belum ditentukan",
    print: "Cetak per unit (A4, satu halaman per unit)",
    page_title: "Tugas bukti unit",
    responsible_for: "Penanggung jawab indikator",
    items: "Butir bukti",
    code: "Kode",
    item: "Butir",
    indicator: "Indikator",
    status: "Status",
    due: "Tenggat",
    needed: "dibutuhkan rencana",
    now: "kini",
    planned: "rencana",
    accepted_of: [" dari ", " butir diterima"],
    depends: "Indeks target yang bergantung pada unit ini",
    depends_hint: "Selisih indeks rencana bila butir unit ini yang belum diunggah tidak pernah masuk, sementara butir unit lain masuk semua.",
    of_planned: "dari kenaikan yang direncanakan",
    no_plan: "Belum ada rencana: dihitung terhadap nilai saat ini.",
    timeline_heading: "Tenggat per bulan",
    timeline_hint: "Butir yang belum diterima, menurut bulan tenggatnya.",
    undated: "butir belum diterima tanpa tenggat",
    after_deadline: "sesudah batas kesiapan bukti",
    timeline_empty: "Belum ada butir bertenggat.",
    printed_on: "Dicetak",
};

const EN: UnitTexts = UnitTexts {
    heading: "By unit",
    hint: "Evidence items by providing unit (an item without its own unit belongs to its indicator's responsible unit), with status, due dates, and how much of the target index depends on the unit.",
    empty: "No unit yet. Name an indicator's responsible unit or an item's providing unit under the indicator (Enter levels \u{2192} Evidence items).",
    unnamed: "Not assigned",
    print: "Print by unit (A4, one page per unit)",
    page_title: "Evidence tasks of",
    responsible_for: "Responsible for indicators",
    items: "Evidence items",
    code: "Code",
    item: "Item",
    indicator: "Indicator",
    status: "Status",
    due: "Due",
    needed: "needed by the plan",
    now: "now",
    planned: "plan",
    accepted_of: [" of ", " items accepted"],
    depends: "Target index depending on this unit",
    depends_hint: "How much lower the planned index would be if this unit's items not yet uploaded never came in while every other unit's did.",
    of_planned: "of the planned rise",
    no_plan: "No plan yet: measured against the current values.",
    timeline_heading: "Due dates by month",
    timeline_hint: "Items not yet accepted, by the month they are due.",
    undated: "items not yet accepted have no due date",
    after_deadline: "after the evidence deadline",
    timeline_empty: "No item has a due date yet.",
    printed_on: "Printed",
};

pub fn unit_texts(lang: Lang) -> &'static UnitTexts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}
