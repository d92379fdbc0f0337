use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::qr_code::QrCode;
use super::share_image::ShareImage;
use crate::model::i18n::fill;
use crate::web::dom;
use crate::widget::store::use_store;

/// Whether the last copy worked.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    ByHand,
}

/// The result link: a read-only field with a copy button (the Clipboard
/// API, or the text selected for copying by hand where that is refused)
/// and a QR code of the link. Hidden while there is no answer.
#[component]
pub fn SharePanel() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    let link = store.share_link;
    let copy_state = RwSignal::new(CopyState::Idle);
    Effect::new(move |_| {
        link.track();
        copy_state.set(CopyState::Idle);
    });
    let input = NodeRef::<leptos::html::Input>::new();
    // Focused and selected, ready for the user's own copy command.
    let select_link = move || {
        if let Some(input) = input.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            if dom::copy_text(&text).await {
                copy_state.set(CopyState::Copied);
            } else {
                select_link();
                copy_state.set(CopyState::ByHand);
            }
        });
    };
    // Built with the result and shown from the first answer on: the first
    // tap only shows it. The link is named `share-link` from then on only.
    let has_answers = Memo::new(move |_| store.shown.with(|a| a.answered() > 0));
    // Said beside the link whenever it carries a profile.
    let (lang, rubric) = (store.lang(), store.rubric());
    let profile_note = move || {
        store
            .profile
            .with(|choices| strings.profile(rubric, choices, lang))
            .map(|profile| {
                let note = fill(strings.link_carries_profile, &[("profile", &profile)]);
                view! { <p class="hint profile-note" data-testid="share-profile">{note}</p> }
            })
    };
    let status = move || match copy_state.get() {
        CopyState::Idle => "",
        CopyState::Copied => strings.copied,
        CopyState::ByHand => strings.copy_by_hand,
    };
    view! {
        <section class="share" aria-labelledby="share-heading" hidden=move || !has_answers.get()>
            <h3 id="share-heading">{strings.share}</h3>
            <label for="share-link">{strings.share_link}</label>
            <div class="share-row">
                <input
                    id="share-link"
                    data-testid=move || has_answers.get().then_some("share-link")
                    type="text"
                    readonly
                    node_ref=input
                    prop:value=move || link.get()
                    on:focus=move |event| {
                        if let Some(input) = event
                            .target()
                            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            input.select();
                        }
                    }
                />
                <button type="button" class="primary" on:click=copy>
                    {strings.copy}
                </button>
            </div>
            <p class="print-only share-link-text">{move || link.get()}</p>
            <p class="copy-status" role="status">{status}</p>
            <p class="hint">{strings.share_hint}</p>
            {profile_note}
            // Drawn once the tap that changed the link has been painted (it
            // costs as much as the rest of a tap); blank without answers.
            <QrCode text=crate::web::after_paint::all_after_paint(
                move || link.track(),
                move || if has_answers.get_untracked() { link.get_untracked() } else { String::new() },
            )/>
            <ShareImage/>
        </section>
    }
}
