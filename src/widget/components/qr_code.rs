use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc, QrSegment, Version};

use crate::widget::store::use_store;

/// Modules of white space around the code, as the QR standard asks.
pub const QUIET_ZONE: i32 = 4;

/// The QR code of `text`, in byte mode, which `encode_text` picks for any
/// link (links have lower-case letters); saying so leaves its text
/// analysis out of the wasm (~1 KiB gzip). The same settings as
/// `encode_text` otherwise.
pub fn qr_code_of(text: &str) -> Option<Code> {
    let segment = QrSegment::make_bytes(text.as_bytes());
    Code::encode_segments_advanced(
        &[segment],
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        None,
        true,
    )
    .ok()
}

/// A QR code of `text` as inline SVG, drawn as one path so that it prints
/// and scales crisply. While `text` is empty its box is there, blank, so
/// that nothing moves when the code is drawn.
#[component]
pub fn QrCode(text: ReadSignal<String>) -> impl IntoView {
    let strings = use_store().strings();
    let drawing = move || {
        let code = text.with(|text| (!text.is_empty()).then(|| qr_code_of(text)))??;
        let size = code.size();
        let path: String = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .filter(|&(x, y)| code.get_module(x, y))
            .map(|(x, y)| format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE))
            .collect();
        Some((size + 2 * QUIET_ZONE, path))
    };
    move || {
        let (size, path) = drawing().unwrap_or_default();
        view! {
            <svg
                class="qr-code"
                viewBox=format!("0 0 {size} {size}")
                role="img"
                aria-label=strings.qr_label
                shape-rendering="crispEdges"
            >
                <rect width=size height=size class="qr-light"></rect>
                <path d=path class="qr-dark"></path>
            </svg>
        }
    }
}
