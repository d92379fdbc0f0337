use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc, QrSegment, Version};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::html;
use crate::markup::{unavailable_html, Html};
use crate::web::dom::clicked_button;
use crate::widget::store::use_store;

/// Modules of white space around the code, as the QR standard asks.
pub const QUIET_ZONE: i32 = 4;

/// A QR code, and it drawn as the `<svg>` the page shows.
pub struct Drawn {
    /// The code.
    pub code: Code,
    /// As an `<svg>` named `label`, with its quiet zone ([`svg_of`]).
    pub svg: Html,
}

/// The QR code of `text`, in byte mode, which `encode_text` picks for any
/// link (links have lower-case letters); saying so leaves its text
/// analysis out of the wasm (~1 KiB gzip). The same settings as
/// `encode_text` otherwise. Drawn as an `<svg>` named `label` here too, so
/// that its drawing is not in the start. In a wasm module of its own,
/// fetched once there is a link to draw (see `scripts/postbuild/finish.mjs`),
/// so that the page starts without it; `Err` if that module could not be
/// fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(qr_code, fallible)]
pub fn qr_code_of(text: String, label: &'static str) -> Result<Option<Drawn>, SplitLoaderError> {
    let segment = QrSegment::make_bytes(text.as_bytes());
    let code = Code::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        true,
    );
    Ok(code.ok().map(|code| Drawn {
        svg: svg_of(code.size() + 2 * QUIET_ZONE, &path_of(&code), label),
        code,
    }))
}

/// A QR code of `text` as inline SVG, drawn as one path so that it prints
/// and scales crisply. While `text` is empty, and while the code is
/// worked out, its box is there, blank, so that nothing moves when the
/// code is drawn. If its module could not be fetched (offline), a message
/// under the box, with a retry button.
#[component]
pub fn QrCode(text: ReadSignal<String>) -> impl IntoView {
    let store = use_store();
    let label = store.strings().qr_label;
    let html = RwSignal::new(svg_of(0, "", label).into_string());
    let draw = move || {
        let link = text.get_untracked();
        if link.is_empty() {
            html.set(svg_of(0, "", label).into_string());
            return;
        }
        leptos::task::spawn_local(async move {
            let drawn = match qr_code_of(link.clone(), label).await {
                Ok(Some(drawn)) => drawn.svg,
                Ok(None) => svg_of(0, "", label),
                Err(_) => html!("{}{}", svg_of(0, "", label), unavailable_html(store.lang())),
            };
            // Not if the page was rebuilt, or the link changed, meanwhile.
            if text.try_with_untracked(|now| *now == link) == Some(true) {
                html.try_set(drawn.into_string());
            }
        });
    };
    Effect::new(move || {
        text.track();
        draw();
    });
    let retry = move |event: web_sys::MouseEvent| {
        if clicked_button(&event).is_some_and(|b| b.has_attribute("data-retry")) {
            draw();
        }
    };
    view! { <div class="qr-box" inner_html=move || html.get() on:click=retry></div> }
}

/// The dark modules of `code` as one SVG path, past its quiet zone.
fn path_of(code: &Code) -> String {
    (0..code.size())
        .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
        .filter(|&(x, y)| code.get_module(x, y))
        .map(|(x, y)| format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE))
        .collect()
}

/// An `<svg>` of `size` modules a side drawing `path`; blank for 0.
fn svg_of(size: i32, path: &str, label: &str) -> Html {
    html!(
        "<svg class=\"qr-code\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{label}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" class=\"qr-light\"></rect>\
         <path d=\"{path}\" class=\"qr-dark\"></path></svg>",
        size = size,
        label = label,
        path = path,
    )
}
