use leptos::prelude::*;
use qrcode::{Color, QrCode as Code};

use crate::state::use_state;

/// Modules of white space around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// A QR code of `text` as inline SVG, drawn as one path so that it prints
/// and scales crisply.
#[component]
pub fn QrCode(text: Memo<String>) -> impl IntoView {
    let strings = use_state().strings();
    let drawing = move || {
        let code = Code::new(text.get().as_bytes()).ok()?;
        let width = code.width();
        let path: String = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, color)| **color == Color::Dark)
            .map(|(n, _)| {
                format!(
                    "M{} {}h1v1h-1z",
                    n % width + QUIET_ZONE,
                    n / width + QUIET_ZONE
                )
            })
            .collect();
        Some((width + 2 * QUIET_ZONE, path))
    };
    move || {
        drawing().map(|(size, path)| {
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
        })
    }
}
