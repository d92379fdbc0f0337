//! Saved progress: its text form, and text that is not progress.

use selfcheck::model::engine::Answers;
use selfcheck::model::rubric::Rubric;
use selfcheck::model::saved::progress::{StoredProgress, Unreadable};

#[test]
fn progress_round_trips_through_its_text() {
    let rubric = Rubric::embedded();
    let mut answers = Answers::unanswered(rubric);
    answers.set(
        rubric.item_ix("infra.it.server").unwrap(),
        rubric.choice("3"),
    );
    answers.set(
        rubric.item_ix("biz.marketing.support").unwrap(),
        rubric.choice("na"),
    );
    let text = StoredProgress::new(rubric, &answers).to_text();
    assert_eq!(
        text,
        "rubric=cloud-adoption\nversion=1\ninfra.it.server=3\nbiz.marketing.support=na\n"
    );
    let stored = StoredProgress::parse(&text).unwrap();
    let restored = stored.restore(rubric).unwrap();
    let dropped = stored.answers.len() - restored.carried;
    assert_eq!(
        (restored.answers, restored.carried, dropped),
        (answers, 2, 0)
    );
}

#[test]
fn text_that_is_not_progress_is_unreadable() {
    for text in [
        "",
        "{\"rubric\":\"cloud-adoption\",\"version\":1}",
        "version=1\nrubric=cloud-adoption\n",
        "rubric=cloud-adoption\n",
        "rubric=cloud-adoption\nversion=one\n",
        "rubric=cloud-adoption\nversion=1\ninfra.it.server\n",
    ] {
        assert_eq!(StoredProgress::parse(text), Err(Unreadable), "{text:?}");
    }
}

#[test]
fn progress_of_another_version_keeps_what_still_exists() {
    let rubric = Rubric::embedded();
    let text = "rubric=cloud-adoption\nversion=0\ninfra.it.server=3\ninfra.it.mainframe=2\nmgmt.hr.payroll=maybe\n";
    let stored = StoredProgress::parse(text).unwrap();
    let restored = stored.restore(rubric).unwrap();
    let dropped = stored.answers.len() - restored.carried;
    assert_eq!((stored.version, restored.carried, dropped), (0, 1, 2));
    let server = rubric.item_ix("infra.it.server").unwrap();
    assert_eq!(restored.answers.get(server), rubric.choice("3"));
}

#[test]
fn progress_of_another_rubric_is_not_taken() {
    let rubric = Rubric::embedded();
    let stored = StoredProgress::parse("rubric=other-region\nversion=1\n").unwrap();
    assert!(stored.restore(rubric).is_err());
}

#[test]
fn the_profile_is_saved_with_the_progress() {
    let rubric = Rubric::embedded();
    let mut answers = Answers::unanswered(rubric);
    answers.set(
        rubric.item_ix("infra.it.server").unwrap(),
        rubric.choice("1"),
    );
    let size = rubric.field_ix("size").unwrap();
    answers.set_profile(size, rubric.field(size).choice_ix("micro"));
    let text = StoredProgress::new(rubric, &answers).to_text();
    assert_eq!(
        text,
        "rubric=cloud-adoption\nversion=1\ninfra.it.server=1\nprofile:size=micro\n"
    );
    let restored = StoredProgress::parse(&text)
        .unwrap()
        .restore(rubric)
        .unwrap();
    assert_eq!((restored.answers, restored.carried), (answers, 1));
    // A field or code this rubric does not have is passed over.
    let text = "rubric=cloud-adoption\nversion=1\nprofile:region=x\nprofile:size=giant\n";
    let restored = StoredProgress::parse(text)
        .unwrap()
        .restore(rubric)
        .unwrap();
    assert_eq!(restored.answers, Answers::unanswered(rubric));
}
