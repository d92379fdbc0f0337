//! The officials' reader's store, natively: its intents under a reactive
//! owner, with what sync would load given by hand.

use leptos::prelude::*;
use selfcheck::model::cohort::read;
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::codec::encode;
use selfcheck::model::link::Address;
use selfcheck::model::rubric::Rubric;
use selfcheck::reader::store::{Column, Outcome, ReaderLoaded, ReaderStore, Sort};

/// The table sorted by `column`, highest first or not.
fn sort(column: Column, descending: bool) -> Sort {
    Sort { column, descending }
}

fn today() -> String {
    "2026-12-01".into()
}

/// A store opened at `address` with the kept list `text`, in an owner of
/// its own.
fn with_store(address: &str, text: &str, test: impl FnOnce(ReaderStore)) {
    let owner = Owner::new();
    owner.with(|| {
        let store = ReaderStore::new(
            Rubric::embedded(),
            Rubric::releases(),
            ReaderLoaded {
                address: Address::parse(address),
                text: text.to_string(),
                large_text: true,
                notices: Vec::new(),
                today,
            },
        );
        test(store);
    });
}

#[test]
fn it_starts_from_what_was_loaded() {
    with_store(
        "https://gov.example/zt/reader.html?lang=en",
        "kept list",
        |store| {
            assert_eq!(store.lang(), Lang::En);
            assert!(store.settings.large_text().get());
            assert_eq!(store.text().get(), "kept list");
            assert_eq!(store.today(), "2026-12-01");
            assert_eq!(
                store.page_address(Lang::Zh),
                "https://gov.example/zt/reader.html"
            );
            assert_eq!(store.sort().get(), sort(Column::Line, false));
            assert!(store.outcome().get().is_none());
        },
    );
}

#[test]
fn scores_sort_highest_first_and_a_second_click_reverses() {
    with_store("https://x/reader.html", "", |store| {
        store.sort_by(Column::Overall);
        assert_eq!(store.sort().get(), sort(Column::Overall, true));
        store.sort_by(Column::Overall);
        assert_eq!(store.sort().get(), sort(Column::Overall, false));
        // Text columns read best from the top.
        store.sort_by(Column::Label);
        assert_eq!(store.sort().get(), sort(Column::Label, false));
        store.sort_by(Column::Label);
        assert_eq!(store.sort().get(), sort(Column::Label, true));
    });
}

#[test]
fn reading_again_clearing_and_filtering() {
    with_store("https://x/reader.html", "old", |store| {
        let asked = store.read_requests().get();
        store.read();
        assert_ne!(store.read_requests().get(), asked);
        store.set_text("new".into());
        assert_eq!(store.text().get(), "new");
        store.clear();
        assert_eq!(store.text().get(), "");
        let level = Rubric::embedded().levels().nth(2).map(|(ix, _)| ix);
        store.filter_level(level);
        assert_eq!(store.level_filter().get(), level);
        store.filter_level(None);
        assert_eq!(store.level_filter().get(), None);
    });
}

#[test]
fn a_reading_shows_its_progress_then_its_outcome() {
    let rubric = Rubric::embedded();
    let answers = selfcheck::model::engine::Answers::all(rubric, rubric.choice("2"));
    let text = format!(
        "甲 https://x/#r={}\n乙 https://x/#r=1AB",
        encode(rubric, &answers)
    );
    with_store("https://x/reader.html", &text, |store| {
        store.reading_progress(1, 2);
        assert_eq!(store.progress().get(), Some((1, 2)));
        store.reading_done(Outcome::of(rubric, read(rubric, Rubric::releases(), &text)));
        assert_eq!(store.progress().get(), None);
        let outcome = store.outcome().get().unwrap();
        assert_eq!(
            (outcome.found, outcome.results.len(), outcome.refused.len()),
            (2, 1, 1)
        );
        assert_eq!(outcome.results[0].label, "甲");
    });
}

#[test]
fn the_profile_filter_narrows_the_figures_and_widens_again() {
    let rubric = Rubric::embedded();
    let industry = rubric.field_ix("industry").unwrap();
    let mut maker = selfcheck::model::engine::Answers::all(rubric, rubric.choice("2"));
    maker.set_profile(industry, rubric.field(industry).choice_ix("C"));
    let other = selfcheck::model::engine::Answers::all(rubric, rubric.choice("0"));
    let text = format!(
        "甲 https://x/#r={}\n乙 https://x/#r={}",
        encode(rubric, &maker),
        encode(rubric, &other)
    );
    with_store("https://x/reader.html", &text, |store| {
        assert!(store.summary.get().is_none(), "nothing read yet");
        store.reading_done(Outcome::of(rubric, read(rubric, Rubric::releases(), &text)));
        let levels = || store.summary.get().unwrap().level_counts.clone();
        assert_eq!(levels(), [1, 0, 0, 1]);
        store.filter_profile(industry, rubric.field(industry).choice_ix("C"));
        assert_eq!(store.profile_filter().get().fields, [Some(2), None]);
        assert_eq!(levels(), [0, 0, 0, 1]);
        store.filter_profile(industry, None);
        assert_eq!(levels(), [1, 0, 0, 1]);
    });
}
