//! The widget's store, natively: its intents under a reactive owner, with
//! what sync would load given by hand. The store does no I/O, so each rule
//! of opening links, carrying on and saving results is checked here.

use leptos::prelude::*;
use selfcheck::model::engine::Answers;
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::codec::encode;
use selfcheck::model::link::Address;
use selfcheck::model::notice::Notice;
use selfcheck::model::rubric::Rubric;
use selfcheck::model::saved::records::{Records, Taken};
use selfcheck::model::saved::snapshots::Snapshot;
use selfcheck::widget::store::{Loaded, Side, Store};

const PAGE: &str = "https://gov.example/zt/";

/// The small rubric (version 3) and, as its earlier release, version 2
/// without the item `a.y.two`.
fn rubrics() -> (&'static Rubric, &'static [Rubric]) {
    let text = std::fs::read_to_string("tests/rubrics/small.toml").unwrap()
        + &std::fs::read_to_string("tests/rubrics/region-field.toml").unwrap();
    let current = Rubric::from_toml("small.toml", &text).unwrap();
    let start = text
        .find("[[parts.groups.items]]\nid = \"a.y.two\"")
        .unwrap();
    let end = start + text[start..].find("[[parts]]").unwrap();
    let earlier =
        format!("{}{}", &text[..start], &text[end..]).replace("version = 3", "version = 2");
    let earlier = Rubric::from_toml("small-v2.toml", &earlier).unwrap();
    (Box::leak(Box::new(current)), Box::leak(Box::new([earlier])))
}

/// Every item of `rubric` answered `key`.
fn all(rubric: &Rubric, key: &str) -> Answers {
    Answers::all(rubric, rubric.choice(key))
}

fn today() -> String {
    "2026-12-01".into()
}

fn new_id() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(100);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A store opened at `address` with `own` progress and `snapshots`, run in
/// an owner of its own.
fn with_store(address: &str, own: Answers, snapshots: Vec<Snapshot>, test: impl FnOnce(Store)) {
    let (current, releases) = rubrics();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::new(
            current,
            releases,
            Loaded {
                address: Address::parse(address),
                own,
                large_text: false,
                notices: Vec::new(),
                snapshots,
                new_snapshot_id: new_id,
                today,
                advised: false,
                notebook_kept: false,
            },
        );
        test(store);
    });
}

#[test]
fn a_result_link_opens_read_only() {
    let (current, _) = rubrics();
    let theirs = all(current, "2");
    let link = format!("{PAGE}?lang=en#r={}", encode(current, &theirs));
    with_store(&link, all(current, "1"), vec![], |store| {
        assert!(store.is_shared());
        assert_eq!(store.lang(), Lang::En);
        assert_eq!(store.shown.get(), theirs);
        // Answering changes neither the shared result nor one's own.
        store.answer(current.item_ix("a.x.one").unwrap(), current.choice("0"));
        assert_eq!(store.shown.get(), theirs);
        assert_eq!(store.own().get(), all(current, "1"));
        assert_eq!(store.share_link.get(), link);
        store.leave_shared_view();
        assert!(!store.is_shared());
        assert_eq!(store.shown.get(), all(current, "1"));
    });
}

#[test]
fn a_damaged_link_says_so_and_keeps_ones_own() {
    let (current, _) = rubrics();
    let payload = encode(current, &all(current, "2"));
    let damaged = format!("{PAGE}#r={}", &payload[..payload.len() - 2]);
    with_store(&damaged, all(current, "1"), vec![], |store| {
        assert!(!store.is_shared());
        assert_eq!(store.notices.list().get(), vec![Notice::LinkDamaged]);
        assert_eq!(store.shown.get(), all(current, "1"));
        // A good link opened later clears the notice.
        store.open_link(&format!("#r={payload}"));
        assert!(store.is_shared());
        assert_eq!(store.notices.list().get(), vec![]);
    });
}

#[test]
fn a_fragment_without_a_result_changes_nothing() {
    let (current, _) = rubrics();
    with_store(
        &format!("{PAGE}#item-a.x.one"),
        all(current, "1"),
        vec![],
        |store| {
            assert!(!store.is_shared());
            assert_eq!(store.notices.list().get(), vec![]);
            store.open_link("#lang=en");
            assert!(!store.is_shared());
        },
    );
}

#[test]
fn a_link_of_an_earlier_release_is_scored_by_it_and_carried_over() {
    let (current, releases) = rubrics();
    let earlier = &releases[0];
    let link = format!("{PAGE}#r={}", encode(earlier, &all(earlier, "3")));
    with_store(&link, Answers::unanswered(current), vec![], |store| {
        assert_eq!(store.shown_version.get(), 2);
        assert!(store.shows_earlier_release());
        store.continue_from_shared();
        assert!(!store.is_shared());
        // Every answer whose item still exists; the new item unanswered.
        let own = store.own().get();
        assert_eq!(own.answered(), 3);
        let new_item = current.item_ix("a.y.two").unwrap();
        assert_eq!(own.get(new_item), None);
        assert_eq!(
            own.get(current.item_ix("b.z.one").unwrap()),
            current.choice("3")
        );
    });
}

#[test]
fn a_comparison_link_shows_both_results() {
    let (current, _) = rubrics();
    let (before, after) = (all(current, "1"), all(current, "2"));
    let address = Address::parse(PAGE);
    let link = address.comparison_link(
        Lang::Zh,
        &encode(current, &before),
        &encode(current, &after),
    );
    with_store(&link, Answers::unanswered(current), vec![], |store| {
        assert!(store.comparison_link_shown());
        let (was, now) = store.comparison().unwrap();
        assert_eq!((was.side, now.side), (Side::SharedBefore, Side::Shared));
        assert_eq!(store.comparison_link(&was, &now), link);
        assert_eq!((was.answers, now.answers), (before, after));
        store.leave_shared_view();
        assert_eq!(store.comparison(), None);
    });
}

#[test]
fn snapshots_are_saved_dated_and_compared() {
    let (current, _) = rubrics();
    with_store(PAGE, all(current, "2"), vec![], |store| {
        store.save_snapshot("  before the grant  ");
        let saved = store.snapshots().get();
        assert_eq!(saved.len(), 1);
        assert_eq!(
            (saved[0].date.as_str(), saved[0].note.as_str()),
            ("2026-12-01", "before the grant")
        );
        assert_eq!(saved[0].payload, encode(current, &all(current, "2")));
        let id = saved[0].id;

        store.start_over();
        assert_eq!(store.own().get(), Answers::unanswered(current));
        store.compare(Side::Snapshot(id), Side::Current);
        assert!(store.is_comparing(Side::Snapshot(id), Side::Current));
        let (was, now) = store.comparison().unwrap();
        assert_eq!(
            (was.answers, now.answers),
            (all(current, "2"), Answers::unanswered(current))
        );

        // Another tab deletes it: the comparison that shows it closes.
        store.snapshots_saved_elsewhere(vec![]);
        assert_eq!(store.comparison(), None);
    });
}

#[test]
fn deleting_a_snapshot_closes_its_comparison() {
    let (current, _) = rubrics();
    let kept = |id: u64| Snapshot {
        id,
        date: "2026-11-30".into(),
        payload: encode(current, &all(current, "1")),
        note: String::new(),
    };
    with_store(PAGE, all(current, "2"), vec![kept(1), kept(2)], |store| {
        store.compare(Side::Snapshot(1), Side::Snapshot(2));
        store.delete_snapshot(2);
        assert_eq!(store.comparison(), None);
        assert_eq!(store.snapshots().get(), vec![kept(1)]);
    });
}

#[test]
fn another_tabs_answers_are_taken() {
    let (current, _) = rubrics();
    with_store(PAGE, all(current, "1"), vec![], |store| {
        store.saved_elsewhere(all(current, "3"));
        assert_eq!(store.own().get(), all(current, "3"));
        assert_eq!(store.evaluation.get().answered, 4);
    });
}

#[test]
fn answers_given_before_start_win_over_saved_progress_item_by_item() {
    let (current, _) = rubrics();
    let item = |id: &str| current.item_ix(id).unwrap();
    let mut saved = Answers::unanswered(current);
    saved.set(item("a.x.one"), current.choice("0"));
    saved.set(item("a.y.two"), current.choice("1"));
    with_store(PAGE, saved, vec![], |store| {
        let given = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(item, key)| (item.to_string(), key.to_string()))
                .collect::<Vec<_>>()
        };
        // What the opening's radios name; an item or answer this rubric
        // does not know is passed over.
        store.answered_before_start(&given(&[
            ("a.x.one", "3"),
            ("b.z.one", "na"),
            ("a.gone", "2"),
            ("a.y.two", "7"),
        ]));
        let own = store.own().get();
        assert_eq!(own.get(item("a.x.one")), current.choice("3"));
        assert_eq!(own.get(item("b.z.one")), current.choice("na"));
        assert_eq!(own.get(item("a.y.two")), current.choice("1"));
        assert_eq!(own.answered(), 3);
    });
    // A shared result is read-only: its opening was too.
    let link = format!("{PAGE}#r={}", encode(current, &all(current, "2")));
    with_store(&link, Answers::unanswered(current), vec![], |store| {
        store.answered_before_start(&[("a.x.one".into(), "3".into())]);
        assert_eq!(store.own().get(), Answers::unanswered(current));
    });
}

#[test]
fn the_profile_is_ones_own_and_carried_on_from_a_shared_result() {
    let (current, _) = rubrics();
    let region = current.field_ix("region").unwrap();
    let liuzhou = current.field(region).choice_ix("liuzhou");
    with_store(PAGE, Answers::unanswered(current), vec![], |store| {
        store.set_profile(region, liuzhou);
        assert_eq!(store.own().get().profile(region), liuzhou);
        assert!(
            store.share_link.get().contains("#r=2"),
            "a link with a profile"
        );
        store.set_profile(region, None);
        assert!(store.share_link.get().contains("#r=1"), "and without one");
    });
    let mut theirs = all(current, "2");
    theirs.set_profile(region, liuzhou);
    let link = format!("{PAGE}#r={}", encode(current, &theirs));
    with_store(&link, Answers::unanswered(current), vec![], |store| {
        // A shared result is read-only, its profile too.
        store.set_profile(region, None);
        assert_eq!(store.shown.get().profile(region), liuzhou);
        store.continue_from_shared();
        assert_eq!(store.own().get(), theirs);
    });
}

#[test]
fn a_records_link_shows_its_latest_result_and_changes_nothing_until_taken() {
    let (current, releases) = rubrics();
    let earlier = &releases[0];
    let theirs = Records {
        answers: all(current, "3"),
        snapshots: vec![
            snapshot(
                7,
                "2026-03-02",
                encode(earlier, &all(earlier, "1")),
                "申报前",
            ),
            snapshot(8, "2026-06-01", encode(current, &all(current, "2")), ""),
        ],
        notebook: Default::default(),
    };
    let link = format!("{PAGE}#s={}", theirs.to_link_payload(current).unwrap());
    let mine = vec![snapshot(
        1,
        "2026-06-01",
        encode(current, &all(current, "2")),
        "mine",
    )];
    with_store(&link, all(current, "0"), mine.clone(), |store| {
        // Opened by code fetched on first use, not by the store at start.
        assert!(!store.is_shared());
        store.open_records_link(&link[link.find('#').unwrap()..]);
        assert!(store.is_shared());
        assert_eq!(store.records_of_link().unwrap().snapshots.len(), 2);
        assert_eq!(store.shown.get(), all(current, "3"));
        assert_eq!(store.own().get(), all(current, "0"));
        assert_eq!(store.snapshots().get(), mine);

        let taken = store.take_records_link("导入前的答案").unwrap();
        // The saved result of 2026-06-01 is the same one: not taken twice.
        assert_eq!(
            taken,
            Taken {
                snapshots: 1,
                answers: true,
                kept_own: true,
                ..Taken::default()
            }
        );
        assert!(!store.is_shared());
        assert!(store.records_of_link().is_none());
        assert_eq!(store.own().get(), all(current, "3"));
        let kept = store.snapshots().with(|s| {
            s.iter()
                .map(|s| format!("{} {}", s.date, s.note))
                .collect::<Vec<_>>()
        });
        assert_eq!(
            kept,
            ["2026-03-02 ", "2026-06-01 mine", "2026-12-01 导入前的答案"]
        );
        // The earlier release's saved result is still read by it.
        let first = store.snapshots().with(|s| s[0].id);
        assert_eq!(
            store.side(Side::Snapshot(first)).unwrap().rubric.version,
            earlier.version
        );
        // Told once how to keep it all.
        assert!(store.records_advice.get());
    });
}

#[test]
fn a_damaged_records_link_is_refused_and_keeps_ones_own() {
    let (current, _) = rubrics();
    let records = Records {
        answers: all(current, "3"),
        snapshots: vec![],
        notebook: Default::default(),
    };
    let payload = records.to_link_payload(current).unwrap();
    let damaged = format!("{PAGE}#s={}", &payload[..payload.len() - 1]);
    with_store(&damaged, all(current, "1"), vec![], |store| {
        store.open_records_link(&damaged[damaged.find('#').unwrap()..]);
        assert!(!store.is_shared());
        assert_eq!(store.notices.list().get(), vec![Notice::LinkDamaged]);
        assert_eq!(store.own().get(), all(current, "1"));
    });
}

fn snapshot(id: u64, date: &str, payload: String, note: &str) -> Snapshot {
    Snapshot {
        id,
        date: date.into(),
        payload,
        note: note.into(),
    }
}
