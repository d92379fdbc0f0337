use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use qrcodegen::QrCode as Code;

use super::qr_code::{qr_code_of, QUIET_ZONE};
use crate::html;
use crate::markup::Html;
use crate::model::i18n::fill;
use crate::web::dom::{call_method_with, set_property};
use crate::widget::store::{use_store, Store};

/// The card's size in image pixels: 1080 wide, so that it stays sharp at
/// three device pixels a CSS pixel on a 360 px phone.
const WIDTH: f64 = 1080.0;
const HEIGHT: f64 = 1600.0;
const MARGIN: f64 = 72.0;

/// "生成分享图": draws a PNG card of the result in the browser (a canvas;
/// no server): the guide, the date, the profile, the overall score and level, the part
/// scores as bars, the QR code of the result link and a line saying that
/// the answers stay in the browser. Shown as an `<img>` for phones to
/// long-press and save or forward, with a download button. Drawn on demand,
/// and dropped when the result changes.
#[component]
pub fn ShareImage() -> impl IntoView {
    let store = use_store();
    let strings = store.strings();
    // The card as HTML text, or what stands in its place.
    let card = RwSignal::new(String::new());
    // A new result makes the card out of date.
    Effect::watch(
        move || store.share_link.get(),
        move |_, _, _| card.set(String::new()),
        false,
    );
    let generate = move |_| {
        leptos::task::spawn_local(async move {
            // Its code could not be fetched (offline): said beside the button.
            let link = store.share_link.get_untracked();
            let drawn = match qr_code_of(link, strings.qr_label).await {
                Ok(drawn) => draw_card(store, drawn.map(|d| d.code)).await,
                Err(error) => Err(error),
            };
            let html = drawn.unwrap_or_else(|_| {
                html!(
                    "<p class=\"unavailable\" role=\"status\">{}</p>",
                    strings.feature_unavailable
                )
            });
            card.set(html.into_string());
        })
    };
    view! {
        <div class="share-image-box">
            <button type="button" on:click=generate>{strings.share_image}</button>
            <div inner_html=move || card.get()></div>
        </div>
    }
}

/// What the card says, for its `alt`: the overall score, the level and
/// the profile, if given.
fn alt_text(store: Store) -> String {
    let (strings, rubric, lang) = (store.strings(), store.rubric(), store.lang());
    let result = store.evaluation.with_untracked(|e| {
        fill(
            strings.share_image_alt,
            &[
                ("score", &strings.score(e.overall_score(rubric))),
                ("level", rubric.level(e.level).name.get(lang)),
            ],
        )
    });
    match store
        .profile
        .with_untracked(|p| strings.profile(rubric, p, lang))
    {
        Some(profile) => format!("{result}{}{profile}", strings.profile_separator),
        None => result,
    }
}

/// The card as HTML text: the picture (a `data:image/png` URL) with its
/// `alt`, a hint and a download link; where the browser lets the page draw
/// nothing (privacy settings often block the canvas), why. It waits for a click, so it lives in the wasm module
/// fetched on first use (see `scripts/postbuild/finish.mjs`); `Err` if that
/// module could not be fetched.
#[allow(unsafe_code)] // the split point is an exported, unmangled function
#[wasm_split(on_click, fallible)]
fn draw_card(store: Store, code: Option<Code>) -> Result<Html, SplitLoaderError> {
    let first_use = store.lang().first_use_strings();
    Ok(card_png(store, code).map_or_else(
        || {
            html!(
                "<p class=\"unavailable\" role=\"status\">{}</p>",
                first_use.share_image_unavailable
            )
        },
        |url| {
            html!(
                "<img class=\"share-image\" data-testid=\"share-image\" src=\"{url}\" alt=\"{alt}\">\
                 <p class=\"hint\">{hint}</p>\
                 <a class=\"button-link\" href=\"{url}\" download=\"selfcheck-result.png\">{download}</a>",
                url = url,
                alt = alt_text(store),
                hint = first_use.share_image_hint,
                download = first_use.share_image_download,
            )
        },
    ))
}

/// The page's look as its style sheet gives it (`style/main.css`), so that
/// the card matches the page: the font stack and the colours. A value the
/// page does not give is "", which the canvas ignores.
struct Look {
    font: String,
    ink: String,
    muted: String,
    accent: String,
    track: String,
    paper: String,
}

impl Look {
    fn of_page(window: &web_sys::Window, document: &web_sys::Document) -> Option<Look> {
        let style = |element: &web_sys::Element| {
            call_method_with(window, "getComputedStyle", &[element.into()])
        };
        let root = style(&document.document_element()?)?;
        let body = style(document.body()?.as_ref())?;
        let value = |style: &JsValue, name: &str| {
            call_method_with(style, "getPropertyValue", &[name.into()])
                .and_then(|v| v.as_string())
                .map_or_else(String::new, |v| v.trim().to_string())
        };
        Some(Look {
            font: value(&body, "font-family"),
            ink: value(&root, "--ink"),
            muted: value(&root, "--muted"),
            accent: value(&root, "--accent"),
            track: value(&root, "--accent-soft"),
            paper: value(&root, "--paper"),
        })
    }
}

/// A canvas's 2D context, called by name ([`call_method_with`] says why):
/// what the card draws with.
struct Canvas2d(JsValue);

impl Canvas2d {
    fn set_font(&self, font: &str) {
        set_property(&self.0, "font", &font.into());
    }

    fn set_fill_style_str(&self, colour: &str) {
        set_property(&self.0, "fillStyle", &colour.into());
    }

    fn fill_rect(&self, x: f64, y: f64, width: f64, height: f64) {
        let args = [x, y, width, height].map(JsValue::from);
        call_method_with(&self.0, "fillRect", &args);
    }

    fn fill_text(&self, text: &str, x: f64, y: f64) {
        call_method_with(&self.0, "fillText", &[text.into(), x.into(), y.into()]);
    }

    /// How wide `text` is in the current font, if the browser says.
    fn text_width(&self, text: &str) -> Option<f64> {
        let metrics = call_method_with(&self.0, "measureText", &[text.into()])?;
        js_sys::Reflect::get(&metrics, &"width".into())
            .ok()?
            .as_f64()
    }
}

/// The card drawn on a canvas, as a `data:image/png` URL.
fn card_png(store: Store, code: Option<Code>) -> Option<String> {
    let (strings, rubric, lang) = (store.strings(), store.rubric(), store.lang());
    let window = web_sys::window()?;
    let document = window.document()?;
    let look = Look::of_page(&window, &document)?;
    let canvas: JsValue = document.create_element("canvas").ok()?.into();
    set_property(&canvas, "width", &WIDTH.into());
    set_property(&canvas, "height", &HEIGHT.into());
    let context = Canvas2d(call_method_with(&canvas, "getContext", &["2d".into()])?);
    if context.0.is_null() {
        return None;
    }
    let text = |size: u32, weight: &str, colour: &str, line: &str, x: f64, y: f64| {
        context.set_font(&format!("{weight} {size}px {}", look.font));
        context.set_fill_style_str(colour);
        context.fill_text(line, x, y);
    };
    let (ink, muted, accent, track) = (&*look.ink, &*look.muted, &*look.accent, &*look.track);
    context.set_fill_style_str(&look.paper);
    context.fill_rect(0.0, 0.0, WIDTH, HEIGHT);
    context.set_fill_style_str(accent);
    context.fill_rect(0.0, 0.0, WIDTH, 16.0);

    text(56, "bold", ink, rubric.short_name.get(lang), MARGIN, 130.0);
    let source = fill(
        strings.print_source,
        &[
            ("guide", rubric.name.get(lang)),
            ("version", &rubric.version.to_string()),
            ("date", &store.today()),
        ],
    );
    let mut lines = wrap(&context, &look.font, &source, 30, WIDTH - 2.0 * MARGIN);
    // The enterprise's profile, when given, under the source.
    if let Some(profile) = store
        .profile
        .with_untracked(|p| strings.profile(rubric, p, lang))
    {
        lines.extend(wrap(
            &context,
            &look.font,
            &profile,
            30,
            WIDTH - 2.0 * MARGIN,
        ));
    }
    for (i, line) in lines.iter().take(3).enumerate() {
        text(30, "", muted, line, MARGIN, 190.0 + 42.0 * i as f64);
    }

    let evaluation = store.evaluation.get_untracked();
    text(34, "", muted, strings.overall_score, MARGIN, 330.0);
    text(
        150,
        "bold",
        accent,
        &strings.score(evaluation.overall_score(rubric)),
        MARGIN,
        470.0,
    );
    let level = rubric.level(evaluation.level);
    text(34, "", muted, strings.level, 560.0, 330.0);
    let column = WIDTH - 560.0 - MARGIN;
    let mut y = 400.0;
    for line in wrap(&context, &look.font, level.name.get(lang), 56, column) {
        text(56, "bold", ink, &line, 560.0, y);
        y += 64.0;
    }
    if evaluation.is_provisional() {
        let note = fill(
            strings.provisional,
            &[(
                "count",
                &(evaluation.total - evaluation.answered).to_string(),
            )],
        );
        for line in wrap(&context, &look.font, &note, 26, column) {
            text(26, "", muted, &line, 560.0, y);
            y += 34.0;
        }
    }

    // The part scores as bars, below the level and its note.
    let bars_top = (y + 70.0).max(590.0);
    let full = f64::from(rubric.full_score.max(1));
    let bar_width = WIDTH - 2.0 * MARGIN - 120.0;
    for (row, part) in rubric.part_ixs().enumerate() {
        let y = bars_top + 110.0 * row as f64;
        let score = evaluation.part_score(rubric, part);
        text(34, "", ink, rubric.part(part).title.get(lang), MARGIN, y);
        context.set_fill_style_str(track);
        context.fill_rect(MARGIN, y + 22.0, bar_width, 36.0);
        context.set_fill_style_str(accent);
        context.fill_rect(
            MARGIN,
            y + 22.0,
            bar_width * f64::from(score.unwrap_or(0)) / full,
            36.0,
        );
        text(
            40,
            "bold",
            ink,
            &strings.score(score),
            MARGIN + bar_width + 20.0,
            y + 54.0,
        );
    }

    // The QR code of the result link, with its quiet zone.
    let code = code?;
    let modules = code.size() + 2 * QUIET_ZONE;
    let module = (420.0 / f64::from(modules)).floor();
    let (left, top) = (MARGIN, bars_top + 370.0);
    context.set_fill_style_str(ink);
    for y in 0..code.size() {
        for x in 0..code.size() {
            if code.get_module(x, y) {
                let (x, y) = (f64::from(x + QUIET_ZONE), f64::from(y + QUIET_ZONE));
                context.fill_rect(left + x * module, top + y * module, module, module);
            }
        }
    }
    let right = left + f64::from(modules) * module + 24.0;
    for (i, line) in wrap(
        &context,
        &look.font,
        lang.first_use_strings().share_image_scan,
        32,
        WIDTH - right - MARGIN,
    )
    .iter()
    .enumerate()
    {
        text(32, "", ink, line, right, top + 80.0 + 46.0 * i as f64);
    }
    for (i, line) in wrap(
        &context,
        &look.font,
        strings.privacy,
        26,
        WIDTH - right - MARGIN,
    )
    .iter()
    .enumerate()
    {
        text(26, "", muted, line, right, top + 260.0 + 36.0 * i as f64);
    }
    call_method_with(&canvas, "toDataURL", &["image/png".into()])?.as_string()
}

/// `text` in lines no wider than `width` at `size` px: broken between
/// words, or between any two characters of Chinese.
fn wrap(context: &Canvas2d, font: &str, text: &str, size: u32, width: f64) -> Vec<String> {
    context.set_font(&format!("{size}px {font}"));
    let fits = |line: &str| context.text_width(line).is_none_or(|w| w <= width);
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in text.split_inclusive(|c: char| c == ' ' || !c.is_ascii()) {
        let longer = format!("{line}{piece}");
        if fits(longer.trim_end()) || line.is_empty() {
            line = longer;
        } else {
            lines.push(line.trim_end().to_string());
            line = piece.to_string();
        }
    }
    lines.push(line.trim_end().to_string());
    lines
}
