//! What components ask of the document while the visitor acts: moving
//! focus, a confirmation, the clipboard. Failures are ignored or reported
//! as `false`; none may stop the self-check.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Scrolls the element with this id into view and moves focus to it (or to
/// its first descendant matching `focus_selector`).
pub fn focus_element(id: &str, focus_selector: Option<&str>) {
    let Some(element) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let target = focus_selector
        .and_then(|selector| element.query_selector(selector).ok().flatten())
        .unwrap_or_else(|| element.clone());
    element.scroll_into_view();
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
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
