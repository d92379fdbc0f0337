//! Validates the rubric file and embeds it as JSON, so that a broken rubric
//! fails the build with every problem listed and the browser never fetches
//! or parses TOML. Choose another file with `SELFCHECK_RUBRIC=path`.

use std::path::Path;

// Shared with the library; the build script uses only part of it.
#[allow(dead_code, unused_imports)]
#[path = "src/rubric/mod.rs"]
mod rubric;

const DEFAULT_RUBRIC: &str = "rubric/cloud-adoption.toml";

fn main() {
    println!("cargo:rerun-if-env-changed=SELFCHECK_RUBRIC");
    let source = std::env::var("SELFCHECK_RUBRIC").unwrap_or_else(|_| DEFAULT_RUBRIC.into());
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/rubric");

    let text = std::fs::read_to_string(&source)
        .unwrap_or_else(|e| fail(&format!("{source}: cannot read the rubric file: {e}")));
    let file =
        rubric::RubricFile::from_toml(&source, &text).unwrap_or_else(|e| fail(&e.to_string()));
    if let Err(errors) = file.clone().validate(&source) {
        fail(&errors.to_string());
    }
    let json = serde_json::to_string(&file).expect("a rubric file serialises to JSON");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rubric.json");
    std::fs::write(&out, json)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
    println!("cargo:rustc-env=SELFCHECK_RUBRIC_SOURCE={source}");
}

/// Stops the build with the problems on stderr, one a line.
fn fail(message: &str) -> ! {
    eprintln!("invalid rubric:\n{message}");
    std::process::exit(1);
}
