//! Records: the file and the link carry everything kept, refuse what is
//! damaged whole, naming every problem, and a merge loses nothing.

use proptest::prelude::*;
use selfcheck::model::engine::Answers;
use selfcheck::model::link::codec::{encode, LinkError};
use selfcheck::model::link::records as link;
use selfcheck::model::rubric::Rubric;
use selfcheck::model::saved::notebook::{Notebook, Status};
use selfcheck::model::saved::records::{Records, Taken};
use selfcheck::model::saved::snapshots::Snapshot;

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn guide() -> &'static Rubric {
    Rubric::embedded()
}

fn v2() -> Rubric {
    let text = std::fs::read_to_string("tests/rubrics/cloud-adoption-v2.toml").unwrap();
    Rubric::from_toml("cloud-adoption-v2.toml", &text).unwrap()
}

fn all(rubric: &Rubric, key: &str) -> Answers {
    Answers::all(rubric, rubric.choice(key))
}

fn with_size(rubric: &Rubric, mut answers: Answers, size: &str) -> Answers {
    let field = rubric.field_ix("size").unwrap();
    answers.set_profile(field, rubric.field(field).choice_ix(size));
    answers
}

fn snapshot(id: u64, date: &str, payload: String, note: &str) -> Snapshot {
    Snapshot {
        id,
        date: date.into(),
        payload,
        note: note.into(),
    }
}

/// A note with evidence, and a plan entry, changed at `changed`.
fn notebook(changed: u64) -> Notebook {
    let mut notebook = Notebook::default();
    notebook.set_note("infra.it.server", "已采购云服务器", changed);
    notebook.set_evidence("infra.it.server", "invoice", true, changed);
    notebook.add_to_plan("biz.marketing.crm", "3", changed);
    notebook.edit_plan("biz.marketing.crm", changed, |row| {
        row.owner = "王经理".into();
        row.date = "2027-03-31".into();
        row.status = Status::Doing;
    });
    notebook
}

fn records() -> Records {
    let rubric = guide();
    Records {
        answers: with_size(rubric, all(rubric, "2"), "small"),
        snapshots: vec![
            snapshot(1, "2026-03-02", encode(rubric, &all(rubric, "0")), "申报前"),
            snapshot(2, "2026-06-01", encode(rubric, &all(rubric, "1")), ""),
        ],
        notebook: notebook(1_700_000_000_000),
    }
}

/// The refusal of `text` as a records file, as the page words it.
fn refusal(text: &str) -> String {
    Records::from_file(guide(), &[], text)
        .unwrap_err()
        .to_string()
}

#[test]
fn the_file_round_trips_with_ids_dates_releases_and_notes() {
    let file = records().to_file(guide(), "2026-12-06");
    assert!(file.starts_with("{\n  \"format\": \"selfcheck-records\",\n  \"format_version\": 1,\n  \"rubric\": \"cloud-adoption\",\n  \"date\": \"2026-12-06\",\n  \"release\": 1,\n"));
    assert!(file.contains("\"id\": 1,\n      \"date\": \"2026-03-02\",\n      \"release\": 1,"));
    assert!(file.contains("\"note\": \"申报前\""));
    assert!(file.contains("\"owner\": \"王经理\""));
    assert_eq!(Records::from_file(guide(), &[], &file), Ok(records()));
    // A file written before notes and plans were kept is read as it was.
    let without: String = file.split("  \"notebook\"").next().unwrap().into();
    let without = format!("{}\n}}", without.trim_end().trim_end_matches(','));
    let read = Records::from_file(guide(), &[], &without).unwrap();
    assert_eq!(read.notebook, Notebook::default());
    assert_eq!(read.snapshots, records().snapshots);
}

#[test]
fn notes_and_plan_entries_merge_item_by_item_the_later_wins() {
    let rubric = guide();
    let mut here = records();
    // Here: the note changed later; the plan entry earlier; a note of
    // another item only here.
    here.notebook = notebook(10);
    here.notebook.set_note("infra.it.server", "这里更新过", 30);
    here.notebook.set_note("infra.it.database", "只在这里", 31);
    let mut theirs = records();
    theirs.notebook = notebook(20);
    theirs
        .notebook
        .edit_plan("biz.marketing.crm", 21, |row| row.status = Status::Done);
    theirs.notebook.remove_from_plan("infra.it.server", 22);
    let taken = here.merge(rubric, theirs, true, "2026-12-06", "x", 5);
    assert_eq!((taken.notes, taken.plan), (0, 1));
    assert_eq!(
        here.notebook.note("infra.it.server").unwrap().note,
        "这里更新过"
    );
    assert_eq!(
        here.notebook.note("infra.it.database").unwrap().note,
        "只在这里"
    );
    assert_eq!(
        here.notebook.row("biz.marketing.crm").unwrap().status,
        Status::Done
    );
    // A plan entry taken out elsewhere, later, is taken out here too.
    let mut later = Notebook::default();
    later.add_to_plan("biz.marketing.crm", "2", 40);
    later.remove_from_plan("biz.marketing.crm", 41);
    assert_eq!(here.notebook.merge(later), (0, 1));
    assert!(here.notebook.row("biz.marketing.crm").is_none());
}

#[test]
fn every_problem_of_a_files_notes_and_plan_is_named() {
    let file = records().to_file(guide(), "2026-12-06");
    let damaged = file
        .replace(
            "\"item\": \"infra.it.server\"",
            "\"item\": \"infra.it.gone\"",
        )
        .replace("\"invoice\"", "\"receipt\"")
        .replace("\"target\": \"3\"", "\"target\": \"0\"")
        .replace("\"2027-03-31\"", "\"next spring\"");
    assert_eq!(
        refusal(&damaged),
        "note 1: this self-check has no item \"infra.it.gone\"; \
         note 1: no kind of evidence is called \"receipt\"; \
         plan row 1: \"0\" is not an answer to reach; \
         plan row 1: \"next spring\" is not a date"
    );
    let mut twice = records();
    twice.notebook.plan.push(twice.notebook.plan[0].clone());
    twice.notebook.notes[0].note = "长".repeat(1001);
    assert_eq!(
        refusal(&twice.to_file(guide(), "2026-12-06")),
        "note 1: longer than 1000 characters; plan row 2: item \"biz.marketing.crm\" is given twice"
    );
    let status = file.replace("\"doing\"", "\"later\"");
    assert!(refusal(&status).starts_with("not a records file: unknown variant `later`"));
}

#[test]
fn a_file_of_an_earlier_release_is_read_by_it() {
    let (v1, v2) = (guide().clone(), v2());
    let mut old = records();
    old.answers = all(&v1, "2");
    let file = old.to_file(&v1, "2026-12-06");
    let read = Records::from_file(&v2, std::slice::from_ref(&v1), &file).unwrap();
    // Saved results keep their release; the answers are carried to v2, and
    // so are the notes and plan entries, as far as v2 has their items.
    assert_eq!(read.snapshots, old.snapshots);
    // (v2 lists no kinds of evidence, and has no `biz.marketing.crm`.)
    let note = read.notebook.note("infra.it.server").unwrap();
    assert_eq!(
        (note.note.as_str(), note.evidence.len()),
        ("已采购云服务器", 0)
    );
    assert!(read.notebook.plan.is_empty());
    assert_eq!(read.answers.len(), v2.item_count());
    // Without that release, each result is refused, naming the version.
    assert_eq!(
        Records::from_file(&v2, &[], &file).unwrap_err().to_string(),
        "the current answers: the result link was made for version 1 of the rubric; \
         saved result 1: the result link was made for version 1 of the rubric; \
         saved result 2: the result link was made for version 1 of the rubric"
    );
}

#[test]
fn what_is_not_a_records_file_is_refused_whole() {
    let file = records().to_file(guide(), "2026-12-06");
    let cut = &file[..file.find("\"snapshots\"").unwrap()];
    assert_eq!(
        refusal(cut),
        "not a records file: EOF while parsing a value at line 8 column 2"
    );
    assert_eq!(
        refusal("申报前"),
        "not a records file: expected value at line 1 column 1"
    );
    assert_eq!(refusal("{}"), "not a records file: it names no format");
    assert_eq!(
        refusal(
            &file
                .replace("\"selfcheck-records\"", "\"selfcheck-benchmark\"")
                .replace("\"format_version\": 1", "\"format_version\": 9")
                .replace("\"cloud-adoption\"", "\"other-guide\"")
        ),
        "not a records file: its format is \"selfcheck-benchmark\"; \
         format version 9, which this page cannot read (it reads 1); \
         records of another self-check (other-guide)"
    );
    assert_eq!(
        refusal(&file.replace("\"snapshots\"", "\"saved\"")),
        "not a records file: unknown field `saved`, expected one of `format`, `format_version`, `rubric`, `date`, `release`, `answers`, `snapshots`, `notebook` at line 8 column 9"
    );
}

#[test]
fn every_damaged_part_of_a_file_is_named() {
    let good = records();
    let file = good.to_file(guide(), "2026-12-06");
    let first = &good.snapshots[0].payload;
    let mut changed = first.clone().into_bytes();
    changed[5] = if changed[5] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    let damaged = file
        .replace(first, &changed)
        .replace("\"2026-06-01\"", "\"June\"")
        .replace("\"id\": 2", "\"id\": 1")
        .replace(
            "\"release\": 1,\n  \"answers\"",
            "\"release\": 2,\n  \"answers\"",
        );
    assert_eq!(
        refusal(&damaged),
        "the current answers: its answers are not of release 2; \
         saved result 1: the result link is damaged, mistyped or incomplete; \
         saved result 2: \"June\" is not a date; \
         saved result id 1 is given twice"
    );
}

#[test]
fn a_merge_keeps_what_is_here_and_takes_the_rest() {
    let rubric = guide();
    let mut here = Records {
        answers: all(rubric, "3"),
        snapshots: vec![snapshot(
            1,
            "2026-03-02",
            encode(rubric, &all(rubric, "0")),
            "申报前",
        )],
        notebook: Default::default(),
    };
    let taken = here.merge(rubric, records(), true, "2026-12-06", "导入前的答案", 99);
    assert_eq!(
        taken,
        Taken {
            snapshots: 1,
            answers: true,
            kept_own: true,
            notes: 1,
            plan: 1,
        }
    );
    assert_eq!(here.answers, records().answers);
    let ids: Vec<(u64, &str)> = here
        .snapshots
        .iter()
        .map(|s| (s.id, s.note.as_str()))
        .collect();
    assert_eq!(ids, [(1, "申报前"), (2, ""), (99, "导入前的答案")]);
    assert_eq!(here.snapshots[2].payload, encode(rubric, &all(rubric, "3")));

    // Taken again, nothing changes.
    let again = here.clone();
    assert_eq!(
        here.merge(rubric, records(), true, "2026-12-07", "x", 100),
        Taken::default()
    );
    assert_eq!(here, again);

    // A browser with no answers keeps no empty saved result; records with
    // no answers leave this browser's answers alone.
    let mut fresh = Records {
        answers: Answers::unanswered(rubric),
        snapshots: vec![],
        notebook: Default::default(),
    };
    let taken = fresh.merge(rubric, records(), true, "2026-12-06", "x", 5);
    assert!(taken.answers && !taken.kept_own);
    let mut mine = records();
    let empty = Records {
        answers: Answers::unanswered(rubric),
        snapshots: vec![],
        notebook: Default::default(),
    };
    assert_eq!(
        mine.merge(rubric, empty, true, "2026-12-06", "x", 5),
        Taken::default()
    );
    assert_eq!(mine, records());
}

#[test]
fn a_link_matches_saved_results_by_date_and_answers() {
    let rubric = guide();
    let payload = records().to_link_payload(rubric).unwrap();
    let mut next = 500;
    let from_link = Records::from_link_payload(rubric, &[], &payload, || {
        next += 1;
        next
    })
    .unwrap();
    assert_eq!(from_link.answers, records().answers);
    assert_eq!(
        from_link.snapshots.iter().map(|s| s.id).collect::<Vec<_>>(),
        [501, 502]
    );
    // Notes stay behind.
    assert!(from_link.snapshots.iter().all(|s| s.note.is_empty()));
    let mut here = records();
    let taken = here.merge(rubric, from_link.clone(), false, "2026-12-06", "x", 9);
    assert_eq!(taken, Taken::default());
    let mut fresh = Records {
        answers: Answers::unanswered(rubric),
        snapshots: vec![],
        notebook: Default::default(),
    };
    assert_eq!(
        fresh
            .merge(rubric, from_link, false, "2026-12-06", "x", 9)
            .snapshots,
        2
    );
}

#[test]
fn a_link_stays_within_40_and_30_a_saved_result() {
    let rubric = guide();
    let profiled = with_size(rubric, all(rubric, "3"), "micro");
    for count in [0, 1, 5, 40] {
        let records = Records {
            answers: profiled.clone(),
            snapshots: (0..count)
                .map(|i| snapshot(i, "2511-12-31", encode(rubric, &profiled), "note"))
                .collect(),
            notebook: Default::default(),
        };
        let payload = records.to_link_payload(rubric).unwrap();
        assert!(
            payload.len() <= 40 + 30 * count as usize,
            "{count}: {}",
            payload.len()
        );
    }
}

#[test]
fn a_link_of_an_earlier_release_is_read_by_it() {
    let (v1, v2) = (guide().clone(), v2());
    let old = records();
    let payload = old.to_link_payload(&v1).unwrap();
    // The checksum covers the rubric id, which both releases share.
    let read = Records::from_link_payload(&v2, std::slice::from_ref(&v1), &payload, || 1).unwrap();
    assert_eq!(read.snapshots[1].payload, old.snapshots[1].payload);
    assert_eq!(
        Records::from_link_payload(&v2, &[], &payload, || 1),
        Err(LinkError::OtherVersion { version: 1 })
    );
}

proptest! {
    #[test]
    fn link_round_trips(keys in proptest::collection::vec(0u8..5, 0..6), days in proptest::collection::vec(1u32..=28, 0..6)) {
        let rubric = guide();
        let snapshots: Vec<Snapshot> = keys.iter().zip(&days).enumerate().map(|(i, (&k, &d))| {
            let answers = Answers::all(rubric, rubric.choice_at(k));
            snapshot(i as u64, &format!("2027-02-{d:02}"), encode(rubric, &answers), "")
        }).collect();
        let records = Records { answers: all(rubric, "1"), snapshots, notebook: Default::default() };
        let payload = records.to_link_payload(rubric).unwrap();
        let mut ids = records.snapshots.iter().map(|s| s.id);
        let read = Records::from_link_payload(rubric, &[], &payload, || ids.next().unwrap()).unwrap();
        prop_assert_eq!(read, records);
    }

    #[test]
    fn a_changed_or_cut_char_is_refused(position in 0usize..1000, replacement in 0usize..64, cut in 1usize..1000) {
        let payload = records().to_link_payload(guide()).unwrap();
        let (position, cut) = (position % payload.len(), 1 + cut % (payload.len() - 1));
        let mut bytes = payload.clone().into_bytes();
        let new = ALPHABET.as_bytes()[replacement];
        prop_assume!(bytes[position] != new);
        bytes[position] = new;
        let changed = String::from_utf8(bytes).unwrap();
        prop_assert!(link::decode(guide(), &[], &changed).is_err());
        prop_assert_eq!(link::decode(guide(), &[], &payload[..payload.len() - cut]), Err(LinkError::Damaged));
    }
}
