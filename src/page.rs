//! The few things the widget asks of the page it runs in: its address,
//! history, `<html lang>` and the large-text class. Failures are ignored:
//! none of them may stop the self-check.

use crate::i18n::Lang;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The fragment, with its `#`, or "".
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The query string, with its `?`, or "".
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// This page's address without its fragment.
fn address_without_fragment() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_string(),
        None => href,
    }
}

/// The full address of this page with `fragment` (without `#`).
pub fn address_with_fragment(fragment: &str) -> String {
    format!("{}#{fragment}", address_without_fragment())
}

/// Replaces the address without a reload or a history entry.
fn replace_address(address: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// Drops the fragment from the address, e.g. on leaving a shared result.
pub fn clear_fragment() {
    replace_address(&address_without_fragment());
}

/// Records the language in the address (`?lang=en`, or none for Chinese),
/// so that a reload or a copied address keeps it.
pub fn set_query_lang(lang: Lang) {
    let Some(location) = window().map(|w| w.location()) else {
        return;
    };
    let kept: Vec<String> = query()
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
        .map(str::to_string)
        .chain((lang == Lang::En).then(|| "lang=en".to_string()))
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    replace_address(&format!("{path}{query}{hash}"));
}

fn root() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

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

/// Scrolls the element with this id into view and moves focus to it (or to
/// its first focusable descendant matching `focus_selector`).
pub fn focus_element(id: &str, focus_selector: Option<&str>) {
    let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let target = focus_selector
        .and_then(|selector| element.query_selector(selector).ok().flatten())
        .unwrap_or_else(|| element.clone());
    element.scroll_into_view();
    if let Ok(target) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(target) {
        let _ = target.focus();
    }
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
    use wasm_bindgen::{JsCast, JsValue};

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
