//! Validates the rubric file and embeds the validated rubric as Rust code,
//! so that a broken rubric fails the build with every problem listed, and
//! the browser neither fetches nor parses it.
//! Choose another file with `SELFCHECK_RUBRIC=path`.

use std::path::Path;

// Shared with the library; the build script uses only part of it.
#[allow(dead_code, unused_imports)]
#[path = "src/rubric/mod.rs"]
mod rubric;

use rubric::{Condition, Group, Item, Level, Part, Rubric, ScaleEntry, Text};

const DEFAULT_RUBRIC: &str = "rubric/cloud-adoption.toml";

fn main() {
    println!("cargo:rerun-if-env-changed=SELFCHECK_RUBRIC");
    let source = std::env::var("SELFCHECK_RUBRIC").unwrap_or_else(|_| DEFAULT_RUBRIC.into());
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/rubric");

    let text = std::fs::read_to_string(&source)
        .unwrap_or_else(|e| fail(&format!("{source}: cannot read the rubric file: {e}")));
    let rubric = Rubric::from_toml(&source, &text).unwrap_or_else(|e| fail(&e.to_string()));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rubric.rs");
    std::fs::write(&out, rubric_code(&rubric))
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

/// Stops the build with the problems on stderr, one a line.
fn fail(message: &str) -> ! {
    eprintln!("invalid rubric:\n{message}");
    std::process::exit(1);
}

/// A Rust expression that builds `rubric` (strings as `Debug`-escaped literals).
fn rubric_code(r: &Rubric) -> String {
    format!(
        "Rubric {{ id: {:?}.into(), version: {}, name: {}, short_name: {}, full_score: {}, \
         scale: vec![{}], levels: vec![{}], parts: vec![{}], max_points: {} }}",
        r.id,
        r.version,
        text(&r.name),
        text(&r.short_name),
        r.full_score,
        list(&r.scale, scale_entry),
        list(&r.levels, level),
        list(&r.parts, part),
        r.max_points,
    )
}

fn list<T>(items: &[T], code: fn(&T) -> String) -> String {
    items.iter().map(code).collect::<Vec<_>>().join(", ")
}

fn text(t: &Text) -> String {
    format!("text({:?}, {:?})", t.zh, t.en)
}

fn scale_entry(s: &ScaleEntry) -> String {
    format!(
        "ScaleEntry {{ key: {:?}.into(), points: {:?}, label: {}, hint: {} }}",
        s.key,
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
        "Level {{ id: {:?}.into(), name: {}, summary: {}, all: vec![{}], any: vec![{}] }}",
        l.id,
        text(&l.name),
        text(&l.summary),
        list(&l.all, condition),
        list(&l.any, condition)
    )
}

fn part(p: &Part) -> String {
    format!(
        "Part {{ id: {:?}.into(), title: {}, groups: vec![{}] }}",
        p.id,
        text(&p.title),
        list(&p.groups, group)
    )
}

fn group(g: &Group) -> String {
    format!(
        "Group {{ id: {:?}.into(), title: {}, items: vec![{}] }}",
        g.id,
        text(&g.title),
        list(&g.items, item)
    )
}

fn item(i: &Item) -> String {
    format!(
        "item({:?}, {}, {})",
        i.id,
        text(&i.title),
        text(&i.description)
    )
}
