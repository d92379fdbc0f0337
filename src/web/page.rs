//! The few things the pages ask of the document they run in: its address,
//! `<html lang>`, the large-text class, the host frame, a message when the
//! page fails, taking over the opening, and fetching a file beside it. Used by the sync modules
//! (each page's and [`crate::ui::page_sync`]) and by the widget's start.
//! Failures are ignored: none of them may stop the self-check.

use wasm_bindgen::JsCast;

use crate::model::i18n::Lang;
use crate::web::dom::call_method;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn root() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

/// The page's full address, or "" where it cannot be read.
pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The fragment, with its `#`, or "".
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the address without a reload or a history entry.
pub fn replace_address(address: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// The text of `name`, a file in the page's own folder (relative to the
/// page, so in a host's frame too): none when it is missing (any answer
/// but 200, such as the 204 the shipped servers give for a benchmark file
/// not published), blocked or unreadable.
pub async fn fetch_sibling(name: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(name))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if response.status() != 200 {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Today's date in the visitor's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let today = js_sys::Date::new_0();
    format!(
        "{}-{:02}-{:02}",
        today.get_full_year(),
        today.get_month() + 1,
        today.get_date()
    )
}

/// Asks the browser to keep this site's storage when it clears storage to
/// make room or after a time (`navigator.storage.persist()`), where the
/// browser has it (Chrome 55, Firefox 57, Safari 15.2). It may say no;
/// the records file and link are the sure way, and the page says so.
pub fn ask_to_keep_storage() {
    let Some(window) = window() else {
        return;
    };
    let storage = js_sys::Reflect::get(&window.navigator(), &"storage".into()).ok();
    let asked = storage.and_then(|storage| call_method(&storage, "persist"));
    if let Some(answer) = asked {
        // Awaited, so that a refusal is not reported as unhandled.
        let answer = answer.unchecked_into::<js_sys::Promise>();
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(answer).await;
        });
    }
}

/// A new snapshot's id: the time in milliseconds, three random digits
/// after it, so that two tabs saving in the same instant differ.
pub fn new_snapshot_id() -> u64 {
    js_sys::Date::now() as u64 * 1000 + (js_sys::Math::random() * 1000.0) as u64
}

/// What the widget takes over from the opening written into the page at
/// build time (see [`crate::markup::opening`]).
#[derive(Default)]
pub struct Opening {
    /// The answers checked in it, as their radios name them: each an
    /// item's id and an answer's key.
    pub answers: Vec<(String, String)>,
    /// Its questions, unless a shared link disabled them.
    pub questions: Option<OpeningQuestions>,
}

/// The opening's questions, taken out of the page, for the live
/// questionnaire to take as its own when they are in its language: the
/// browser then need not build and lay out forty questions again.
#[derive(Clone)]
pub struct OpeningQuestions {
    lang: Option<String>,
    parts: web_sys::Element,
    /// What had focus among them (a radio, a description's summary).
    focused: Option<web_sys::HtmlElement>,
}

impl OpeningQuestions {
    /// Moves the questions into `parts` if they are in `lang` and still
    /// here, and gives focus back to what had it (moving a node takes its
    /// focus away): a keyboard or screen reader user goes on from there.
    /// Whether it moved them.
    pub fn move_into(&self, parts: &web_sys::Element, lang: Lang) -> bool {
        if self.lang.as_deref() != Some(lang.tag()) || !self.parts.has_child_nodes() {
            return false;
        }
        while let Some(part) = self.parts.first_child() {
            let _ = parts.append_child(&part);
        }
        if let Some(focused) = &self.focused {
            let _ = focused.focus();
        }
        true
    }
}

/// Removes the opening and returns what it holds. The widget takes its
/// place in the same task, so nothing flickers and no tap is lost.
pub fn take_over_opening() -> Opening {
    let document = window().and_then(|w| w.document());
    let Some(opening) = document
        .as_ref()
        .and_then(|d| d.get_element_by_id("prerendered"))
    else {
        return Opening::default();
    };
    let mut answers = Vec::new();
    if let Ok(checked) = opening.query_selector_all("input:checked") {
        for index in 0..checked.length() {
            if let Some(radio) = checked.item(index) {
                let radio: web_sys::HtmlInputElement = radio.unchecked_into();
                answers.push((radio.name(), radio.value()));
            }
        }
    }
    // Disabled by the boot script for a result link: not the live questions.
    let disabled = opening
        .query_selector("input:disabled")
        .ok()
        .flatten()
        .is_some();
    let questions = opening
        .query_selector(".parts")
        .ok()
        .flatten()
        .filter(|_| !disabled)
        .map(|parts| OpeningQuestions {
            lang: opening.get_attribute("lang"),
            focused: document
                .and_then(|d| d.active_element())
                .filter(|element| parts.contains(Some(element)))
                .map(|element| element.unchecked_into()),
            parts,
        });
    opening.remove();
    Opening { answers, questions }
}

/// Sets `<html lang>`.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = root() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Large text scales the root font size, which every size in the style
/// sheet is relative to.
pub fn set_large_text(on: bool) {
    if let Some(root) = root() {
        let _ = root.class_list().toggle_with_force("large-text", on);
    }
}

/// Shows that the widget failed, in place of a page that no longer
/// responds: a `role="alert"` message, in the page's language, at the top.
pub fn show_crash() {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let lang = root()
        .and_then(|root| root.get_attribute("lang"))
        .map_or(Lang::Zh, |tag| Lang::from_tag(&tag));
    let (Ok(message), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    message.set_class_name("crash");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(lang.strings().crashed));
    let _ = body.prepend_with_node_1(&message);
}

/// True inside an iframe: the host page sizes the frame to the document.
fn is_embedded(window: &web_sys::Window) -> bool {
    match window.top() {
        Ok(Some(top)) => wasm_bindgen::JsValue::from(top) != wasm_bindgen::JsValue::from(window),
        _ => false,
    }
}

/// Inside an iframe: marks the document as embedded, for the style sheet,
/// and posts `{ type: "selfcheck:height", height }` (the document's height
/// in CSS pixels) to the host page now and whenever the height changes, so
/// that the host can show the widget with no scrollbar. Elsewhere nothing.
pub fn fit_into_host_frame() {
    use std::cell::Cell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;

    let Some(window) = window().filter(is_embedded) else {
        return;
    };
    let (Ok(Some(parent)), Some(root)) = (window.parent(), root()) else {
        return;
    };
    let _ = root.class_list().add_1("embedded");
    let last_height = Cell::new(-1.0);
    let observed = root.clone();
    let send = Closure::<dyn Fn()>::new(move || {
        let height = observed.get_bounding_client_rect().height().ceil();
        if height == last_height.replace(height) {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"selfcheck:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        // The height is all it says, so any host may read it.
        let _ = parent.post_message(&message, "*");
    });
    // A resize observer reports once on `observe` (the load) and on every change.
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // Observer and callback live as long as the page.
    send.forget();
}
