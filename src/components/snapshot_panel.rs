use leptos::prelude::*;

use super::comparison::Comparison;
use super::dom::confirm;
use crate::engine::evaluate;
use crate::i18n::fill;
use crate::store::{use_store, Side};

/// The visitor's own results over time: "save this result" with a note
/// (offered when every item is first answered), the saved results with
/// their date, score and level, each to compare with now or delete, and a
/// comparison of any two.
#[component]
pub fn SnapshotPanel() -> impl IntoView {
    let store = use_store();
    let (lang, strings, rubric) = (store.lang(), store.strings(), store.current);
    let snapshots = store.snapshots();
    let note = RwSignal::new(String::new());
    let own = store.own();
    // Offered once every item is answered and that result is not saved yet.
    let offer = Memo::new(move |_| {
        let complete = own.with(|own| own.answered() == own.len());
        let payload = own.with(|own| crate::codec::encode(rubric, own));
        complete && snapshots.with(|s| s.iter().all(|s| s.payload != payload))
    });
    let label = move |side: Side| match side {
        Side::Snapshot(i) => snapshots.with(|s| {
            let date = s.get(i).map_or("", |s| s.date.as_str());
            fill(strings.snapshot_label, &[("date", date)])
        }),
        _ => strings.current_answers.to_string(),
    };
    let save = move |_| {
        store.save_snapshot(&note.get_untracked());
        note.set(String::new());
    };
    let list = move || {
        snapshots.with(|all| {
            if all.is_empty() {
                return view! { <p class="hint">{strings.snapshot_none}</p> }.into_any();
            }
            let items = all
                .iter()
                .enumerate()
                .map(|(i, snapshot)| {
                    let summary = store.side(Side::Snapshot(i)).map(|c| {
                        let e = evaluate(c.rubric, &c.answers);
                        let level = c.rubric.level(e.level).name.get(lang);
                        format!("{} · {level}", strings.score(e.overall_score(c.rubric)))
                    });
                    let date = snapshot.date.clone();
                    let delete = move |_| {
                        let question = fill(strings.snapshot_delete_confirm, &[("date", &date)]);
                        if confirm(&question) {
                            store.delete_snapshot(i);
                        }
                    };
                    view! {
                        <li data-testid="snapshot" data-date=snapshot.date.clone()>
                            <span class="snapshot-date">{snapshot.date.clone()}</span>
                            <span class="snapshot-score">{summary}</span>
                            <span class="snapshot-note">{snapshot.note.clone()}</span>
                            <span class="snapshot-actions">
                                <button type="button" on:click=move |_| store.compare(Side::Snapshot(i), Side::Current)>
                                    {strings.compare_with_current}
                                </button>
                                <button type="button" on:click=delete>{strings.snapshot_delete}</button>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="snapshots">{items}</ol> }.into_any()
        })
    };
    // Two choosers, for comparing any two of the saved results and now.
    let choice = RwSignal::new((String::new(), "now".to_string()));
    let options = move || {
        let saved = snapshots.with(|s| s.len());
        std::iter::once(("now".to_string(), label(Side::Current)))
            .chain((0..saved).map(|i| (i.to_string(), label(Side::Snapshot(i)))))
            .map(|(value, text)| view! { <option value=value>{text}</option> })
            .collect_view()
    };
    let side_of = |value: &str| match value.parse() {
        Ok(i) => Side::Snapshot(i),
        Err(_) => Side::Current,
    };
    let compare_chosen = move |_| {
        let (before, after) = choice.get_untracked();
        let before = if before.is_empty() {
            "0".to_string()
        } else {
            before
        };
        store.compare(side_of(&before), side_of(&after));
    };
    let chooser = move || {
        (snapshots.with(|s| !s.is_empty())).then(|| {
            view! {
                <div class="compare-chooser">
                    <label>
                        {strings.compare_before}" "
                        <select on:change=move |e| choice.update(|c| c.0 = event_target_value(&e))>
                            {move || {
                                let saved = snapshots.with(|s| s.len());
                                (0..saved)
                                    .map(|i| view! { <option value=i.to_string()>{label(Side::Snapshot(i))}</option> })
                                    .collect_view()
                            }}
                            <option value="now">{strings.current_answers}</option>
                        </select>
                    </label>
                    <label>
                        {strings.compare_after}" "
                        <select on:change=move |e| choice.update(|c| c.1 = event_target_value(&e))>{options}</select>
                    </label>
                    <button type="button" on:click=compare_chosen>{strings.compare_run}</button>
                </div>
            }
        })
    };
    let comparison = move || {
        let (before, after) = store.comparison()?;
        let (before_label, after_label) = (label(before.side), label(after.side));
        Some(view! {
            <div class="comparison-box">
                <Comparison before after before_label after_label/>
                <button type="button" on:click=move |_| store.close_comparison()>{strings.close}</button>
            </div>
        })
    };
    view! {
        <section class="snapshot-panel" aria-labelledby="snapshots-heading">
            <h3 id="snapshots-heading">{strings.snapshots_heading}</h3>
            {move || offer.get().then(|| view! {
                <p class="snapshot-offer" role="status">
                    {fill(strings.snapshot_offer, &[("count", &rubric.item_count().to_string())])}
                </p>
            })}
            <label class="snapshot-note-label">
                {strings.snapshot_note}
                <input type="text" maxlength="60" prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))/>
            </label>
            <button type="button" class="primary" data-testid="snapshot-save" on:click=save>
                {strings.snapshot_save}
            </button>
            {list}
            {chooser}
            {comparison}
        </section>
    }
}
