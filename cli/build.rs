//! The bundled frameworks go into the binary as the app ships them: every file the catalogue
//! (`assets/models/catalog.json`) names, in its order. Adding a framework to the catalogue
//! adds it here; nothing names one.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let models = root.join("../assets/models");
    let catalog_path = models.join("catalog.json");
    println!("cargo:rerun-if-changed={}", catalog_path.display());
    let text = std::fs::read_to_string(&catalog_path).expect("assets/models/catalog.json");
    let catalog: serde_json::Value = serde_json::from_str(&text).expect("the catalogue is JSON");
    let mut out = String::from("/// Every bundled framework: (id, its JSON file).\n");
    out.push_str("pub const BUNDLED: &[(&str, &str)] = &[\n");
    for entry in catalog.as_array().expect("the catalogue is a list") {
        let id = entry["id"].as_str().expect("an entry's id");
        let file = models.join(entry["file"].as_str().expect("an entry's file"));
        let file = file.canonicalize().expect("the catalogue's file exists");
        println!("cargo:rerun-if-changed={}", file.display());
        out.push_str(&format!(
            "    ({id:?}, include_str!({:?})),\n",
            file.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("bundled.rs");
    std::fs::write(dest, out).expect("write bundled.rs");
}
