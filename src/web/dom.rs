//! What components ask of the document while the visitor acts: moving
//! focus, a confirmation, the clipboard, a file's text, a download, the
//! date of a printout. Failures are ignored or reported as `false`; none
//! may stop the self-check.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The date `today` gives, read again just before the page is printed: a
/// page left open overnight prints the day it is printed.
pub fn printed_on(today: impl Fn() -> String + Copy + 'static) -> ReadSignal<String> {
    let date = RwSignal::new(today());
    let _ = window_event_listener_untyped("beforeprint", move |_| date.set(today()));
    date.read_only()
}

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Scrolls the element with this id into view and moves focus to it (or to
/// its first descendant matching `focus_selector`).
///
/// Parts off screen are not laid out (`content-visibility: auto`), and the
/// height guessed for them is wrong on a phone by thousands of pixels. A
/// jump would land where the guess put its target, and the page would then
/// grow above it. So the first jump lays out every part for good (the
/// `data-laid-out` rule in main.css) before scrolling. Focus moves first:
/// it scrolls at once where it must, and a smooth scroll begun before it
/// would be cut short, leaving the target in the middle of the screen.
pub fn focus_element(id: &str, focus_selector: Option<&str>) {
    let Some(document) = document() else {
        return;
    };
    let Some(element) = document.get_element_by_id(id) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-laid-out", "");
    }
    let target = focus_selector
        .and_then(|selector| element.query_selector(selector).ok().flatten())
        .unwrap_or_else(|| element.clone());
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
    element.scroll_into_view();
}

/// The button a click landed on, for HTML text whose buttons one handler
/// serves (they say what they do in `data-` attributes).
pub fn clicked_button(event: &web_sys::MouseEvent) -> Option<web_sys::Element> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target.closest("button").ok()?
}

/// Asks the visitor to confirm; `false` where the browser cannot ask.
pub fn confirm(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// Copies `text` with the Clipboard API; `false` where there is none
/// (plain http other than localhost) or the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Typed as always present, but missing outside secure contexts.
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The file chosen in `input`, an `<input type=file>`, if any. Read by
/// name, as [`call_method`] says why.
pub fn chosen_file(input: &JsValue) -> Option<web_sys::File> {
    let files = js_sys::Reflect::get(input, &"files".into()).ok()?;
    let file = js_sys::Reflect::get(&files, &0.into()).ok()?;
    (!file.is_undefined()).then(|| file.unchecked_into())
}

/// The text of a file the visitor chose, or `None` where it cannot be read.
pub async fn file_text(file: &JsValue) -> Option<String> {
    let reading = call_method(file, "text")?.unchecked_into::<js_sys::Promise>();
    wasm_bindgen_futures::JsFuture::from(reading)
        .await
        .ok()?
        .as_string()
}

/// Offers `text` as a download named `name`, of type `mime`; `false`
/// where the browser refuses. The file is a `data:` address, which needs
/// no object URL to make and revoke.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(link) = document().and_then(|d| d.create_element("a").ok()) else {
        return false;
    };
    let address = format!("data:{mime};charset=utf-8,{}", percent_encoded(text));
    link.set_attribute("href", &address).is_ok()
        && link.set_attribute("download", name).is_ok()
        && call_method(&link, "click").is_some()
}

/// `text` as a `data:` address carries it: every byte but letters, digits
/// and `-_.~` written `%XX`.
fn percent_encoded(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(byte.into());
        } else {
            encoded.push('%');
            encoded.push(HEX[usize::from(byte >> 4)].into());
            encoded.push(HEX[usize::from(byte & 15)].into());
        }
    }
    encoded
}

/// Calls the method `name` of `target` with no argument; `None` where it
/// has none or it throws. By name, not through a web-sys binding: each
/// binding is a function of its own in the JS glue, which every visitor
/// fetches at start, while these calls are made only by code fetched on
/// first use.
pub fn call_method(target: &JsValue, name: &str) -> Option<JsValue> {
    call_method_with(target, name, &[])
}

/// [`call_method`] with arguments.
pub fn call_method_with(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = js_sys::Reflect::get(target, &name.into()).ok()?;
    let method = method.dyn_ref::<js_sys::Function>()?;
    method.apply(target, &args.iter().collect()).ok()
}

/// The property `name` of `target`, read by name as [`call_method`] calls;
/// `undefined` where it cannot be read.
pub fn property(target: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The element with focus, if it is within `within` (read by name, as
/// [`call_method`] says why).
pub fn focused_within(within: &web_sys::Element) -> Option<web_sys::Element> {
    let active = property(&document()?.into(), "activeElement");
    let inside = call_method_with(within, "contains", std::slice::from_ref(&active))?;
    (inside == JsValue::TRUE).then(|| active.dyn_into().ok())?
}

/// Sets the property `name` of `target`, by name as [`call_method`] calls.
pub fn set_property(target: &JsValue, name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &name.into(), value);
}

/// Opens the browser's print dialogue (print, or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
