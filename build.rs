//! The catalogue of bundled frameworks (`assets/models/catalog.json`) compiled in as Rust
//! values (`models::Catalog::bundled`): the app's first screen and the npm package's engine
//! then carry no code that reads it as JSON at run time. The file stays the one source; a
//! native test (`tests/model_validation.rs`) checks that these values are what serde reads
//! from it, field by field, with unknown fields refused.

use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::Value;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let path = root.join("assets/models/catalog.json");
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(&path).expect("assets/models/catalog.json");
    let catalog: Value = serde_json::from_str(&text).expect("the catalogue is JSON");
    let mut out =
        String::from("/// The catalogue as the build read it.\nconst ENTRIES: &[Compiled] = &[\n");
    for e in catalog.as_array().expect("the catalogue is a list") {
        let text = |k: &str| e[k].as_str().unwrap_or_else(|| panic!("an entry's {k}"));
        let whole = |v: &Value, k: &str| v[k].as_u64().unwrap_or_else(|| panic!("an entry's {k}"));
        let name = &e["name"];
        let years = &e["years"];
        let scale = &e["scale"];
        let to = years["to"]
            .as_u64()
            .map_or("None".into(), |t| format!("Some({t})"));
        let bands: Vec<String> = e["bands"]
            .as_array()
            .expect("an entry's bands")
            .iter()
            .map(|b| format!("{:?}", b.as_f64().expect("a band's edge")))
            .collect();
        let status = match text("status") {
            "official" => "Status::Official",
            "reconstructed" => "Status::Reconstructed",
            other => panic!("an entry's status: {other}"),
        };
        let successor = e["successor"]
            .as_str()
            .map_or("None".into(), |s| format!("Some({s:?})"));
        writeln!(
            out,
            "    Compiled {{ id: {:?}, file: {:?}, name: [{:?}, {:?}], version: {:?}, legal_basis: {:?}, \
             years: ({}, {to}), status: {status}, indicators: {}, scale: ({}, {}, {}), bands: &[{}], \
             start: {}, successor: {successor} }},",
            text("id"),
            text("file"),
            name["id"].as_str().expect("an entry's Indonesian name"),
            name["en"].as_str().expect("an entry's English name"),
            text("version"),
            text("legalBasis"),
            whole(years, "from"),
            whole(e, "indicators"),
            whole(scale, "min"),
            whole(scale, "max"),
            whole(scale, "decimals"),
            bands.join(", "),
            e["start"].as_bool().unwrap_or(false),
        )
        .expect("write to a string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("catalog.rs");
    std::fs::write(dest, out).expect("write catalog.rs");
}
