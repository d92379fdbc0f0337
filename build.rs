//! Validates the rubric file and the earlier releases of the same rubric,
//! and embeds them as static Rust data, so that a broken rubric fails the build
//! with every problem listed, and the browser neither fetches nor parses it.
//! Choose another file with `SELFCHECK_RUBRIC=path`, another folder of
//! earlier releases with `SELFCHECK_RELEASES=dir` (default `rubric/releases`:
//! every `*.toml` there with the same rubric id and a lower version).

// Shared with the library; the build script uses only part of it.
#[allow(dead_code, unused_imports)]
#[path = "src/model/rubric/mod.rs"]
mod rubric;

use rubric::{
    Condition, EvidenceKind, Group, Item, Level, Part, ProfileChoice, ProfileField, Rubric,
    ScaleEntry, Text,
};

const DEFAULT_RUBRIC: &str = "rubric/cloud-adoption.toml";
const DEFAULT_RELEASES: &str = "rubric/releases";

fn main() {
    // wasm-split-cli reads the linker's relocations to split each page's
    // wasm at the #[wasm_split] points (scripts/postbuild/finish.mjs).
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-env-changed=SELFCHECK_RUBRIC");
    println!("cargo:rerun-if-env-changed=SELFCHECK_RELEASES");
    let source = std::env::var("SELFCHECK_RUBRIC").unwrap_or_else(|_| DEFAULT_RUBRIC.into());
    let releases = std::env::var("SELFCHECK_RELEASES").unwrap_or_else(|_| DEFAULT_RELEASES.into());
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed={releases}");
    println!("cargo:rerun-if-changed=src/model/rubric");

    let rubric = read(&source).unwrap_or_else(|e| fail(&e));
    let (earlier, problems) = read_releases(&releases, &rubric);
    if !problems.is_empty() {
        fail(&problems.join("\n"));
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let releases_code = format!("[{}]", array(&earlier, rubric_code));
    for (file, code) in [
        ("rubric.rs", rubric_code(&rubric)),
        ("releases.rs", releases_code),
    ] {
        std::fs::write(out.join(file), code)
            .unwrap_or_else(|e| fail(&format!("cannot write {file}: {e}")));
    }
}

/// Reads and validates one rubric file; the error lists every problem.
fn read(path: &str) -> Result<Rubric, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{path}: cannot read the rubric file: {e}"))?;
    Rubric::from_toml(path, &text).map_err(|e| e.to_string())
}

/// The earlier releases of `current` in `dir`, oldest first, and every
/// problem found among them. Files of other rubrics are left alone.
fn read_releases(dir: &str, current: &Rubric) -> (Vec<Rubric>, Vec<String>) {
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        // No folder: no earlier releases.
        Err(_) => Vec::new(),
    };
    paths.sort();
    let mut releases: Vec<Rubric> = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let path = path.display().to_string();
        match read(&path) {
            Err(e) => problems.push(e),
            Ok(r) if r.id != current.id => {}
            // The current rubric itself, when its folder is the releases'.
            Ok(r) if r == *current => {}
            Ok(r) if r.version >= current.version => problems.push(format!(
                "{path}: version: release {} is not older than the current rubric's version {}",
                r.version, current.version
            )),
            Ok(r) if releases.iter().any(|e| e.version == r.version) => problems.push(format!(
                "{path}: version: release {} is given twice",
                r.version
            )),
            Ok(r) => releases.push(r),
        }
    }
    releases.sort_by_key(|r| r.version);
    (releases, problems)
}

/// Stops the build with the problems on stderr, one a line.
fn fail(message: &str) -> ! {
    eprintln!("invalid rubric:\n{message}");
    std::process::exit(1);
}

/// A constant Rust expression of `rubric`, for a `static`: texts, ids and
/// lists are borrowed (`Cow::Borrowed`) from the binary's data, so nothing
/// is built or allocated at start. Strings are `Debug`-escaped literals.
fn rubric_code(r: &Rubric) -> String {
    format!(
        "Rubric {{ id: {}, version: {}, name: {}, short_name: {}, full_score: {}, \
         scale: {}, levels: {}, parts: {}, profile: {}, evidence: {}, declaration: {}, \
         max_points: {} }}",
        str(&r.id),
        r.version,
        text(&r.name),
        text(&r.short_name),
        r.full_score,
        list(&r.scale, scale_entry),
        list(&r.levels, level),
        list(&r.parts, part),
        list(&r.profile, profile_field),
        list(&r.evidence, evidence_kind),
        text(&r.declaration),
        r.max_points,
    )
}

fn str(s: &str) -> String {
    format!("Cow::Borrowed({s:?})")
}

fn list<T>(items: &[T], code: fn(&T) -> String) -> String {
    format!("Cow::Borrowed(&[{}])", array(items, code))
}

fn array<T>(items: &[T], code: fn(&T) -> String) -> String {
    items.iter().map(code).collect::<Vec<_>>().join(", ")
}

fn text(t: &Text) -> String {
    format!("Text {{ zh: {}, en: {} }}", str(&t.zh), str(&t.en))
}

fn scale_entry(s: &ScaleEntry) -> String {
    format!(
        "ScaleEntry {{ key: {}, points: {:?}, label: {}, hint: {} }}",
        str(&s.key),
        s.points,
        text(&s.label),
        text(&s.hint)
    )
}

fn condition(c: &Condition) -> String {
    format!(
        "Condition {{ part: PartIx({}), min: Threshold {{ hundredths: {} }} }}",
        c.part.index(),
        c.min.hundredths
    )
}

fn level(l: &Level) -> String {
    format!(
        "Level {{ id: {}, name: {}, summary: {}, all: {}, any: {} }}",
        str(&l.id),
        text(&l.name),
        text(&l.summary),
        list(&l.all, condition),
        list(&l.any, condition)
    )
}

fn part(p: &Part) -> String {
    format!(
        "Part {{ id: {}, title: {}, groups: {} }}",
        str(&p.id),
        text(&p.title),
        list(&p.groups, group)
    )
}

fn group(g: &Group) -> String {
    format!(
        "Group {{ id: {}, title: {}, items: {} }}",
        str(&g.id),
        text(&g.title),
        list(&g.items, item)
    )
}

fn item(i: &Item) -> String {
    format!(
        "Item {{ id: {}, title: {}, description: {} }}",
        str(&i.id),
        text(&i.title),
        text(&i.description)
    )
}

fn profile_field(f: &ProfileField) -> String {
    format!(
        "ProfileField {{ id: {}, label: {}, choices: {} }}",
        str(&f.id),
        text(&f.label),
        list(&f.choices, profile_choice)
    )
}

fn profile_choice(c: &ProfileChoice) -> String {
    format!(
        "ProfileChoice {{ code: {}, name: {} }}",
        str(&c.code),
        text(&c.name)
    )
}

fn evidence_kind(e: &EvidenceKind) -> String {
    format!(
        "EvidenceKind {{ id: {}, name: {} }}",
        str(&e.id),
        text(&e.name)
    )
}
