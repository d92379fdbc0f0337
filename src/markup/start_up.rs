//! The messages of a page that cannot start, written into the page at
//! build time (`src/bin/page-parts.rs`, `scripts/postbuild/page.mjs`) from the
//! strings table ([`StartUpStrings`]). Each is hidden until the start-up
//! script (`scripts/postbuild/boot.mjs`) shows the one that applies:
//! `#boot-old` (no WebAssembly, or a browser below the floor),
//! `#boot-blocked` (the site's Content-Security-Policy forbids it) and
//! `#boot-failed` (a download broke, with a retry); a `<noscript>` speaks
//! where scripts are off.
//!
//! The widget's pages are each in one language, so their messages are
//! too; the reader has one page, so its messages are in both.
//!
//! ```
//! use selfcheck::markup::start_up::{start_up_html, StartUpPage};
//! use selfcheck::model::i18n::Lang;
//!
//! let html = start_up_html(StartUpPage::Widget { items: 35 }, &[Lang::Zh]).into_string();
//! assert!(html.starts_with("<div id=\"boot-old\" class=\"fatal\" role=\"alert\" hidden data-status=\"未能启动，见页首说明。\">"));
//! assert!(html.contains(">35 项清单</a>"));
//! assert!(!html.contains("lang=\"en\""));
//! let reader = start_up_html(StartUpPage::Reader, &[Lang::Zh, Lang::En]).into_string();
//! assert!(reader.contains("<button type=\"button\" class=\"boot-retry primary\">重试 <span lang=\"en\">Retry</span></button>"));
//! ```

use crate::html;
use crate::markup::Html;
use crate::model::i18n::{fill, Lang, StartUpStrings};

/// The page the messages are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartUpPage {
    /// The widget, whose opening holds `items` questions that still work
    /// as a checklist, and whose checklist page has them all.
    Widget {
        /// The rubric's number of items.
        items: usize,
    },
    /// The officials' reader, with its loading line.
    Reader,
}

/// The messages of `page` in `langs` (the first is the page's own).
pub fn start_up_html(page: StartUpPage, langs: &[Lang]) -> Html {
    let items = match page {
        StartUpPage::Widget { items } => Some(items.to_string()),
        StartUpPage::Reader => None,
    };
    let widget = items.is_some();
    let items = items.as_deref().unwrap_or_default();
    let checklist = |s: &StartUpStrings| fill(s.checklist_link, &[("items", items)]);
    let checklist_link = html!(
        "<a class=\"boot-checklist\" href=\"./checklist.html\">{}</a>",
        labels(langs, checklist)
    );
    let address = html!(
        "<input class=\"boot-address\" readonly aria-label=\"{}\">",
        langs
            .iter()
            .map(|lang| lang.start_up_strings().address)
            .collect::<Vec<_>>()
            .join(" ")
    );
    // What the opening's progress line says while a message shows.
    let status = langs
        .first()
        .filter(|_| widget)
        .map_or(Html::default(), |lang| {
            html!(" data-status=\"{}\"", lang.start_up_strings().not_started)
        });
    // Each message's sentences in one language: `w` keeps a sentence on
    // the widget's pages alone, whose questions still tick and whose
    // answers a retry keeps. The last is the one without scripts.
    let sentences = |s: &'static StartUpStrings| {
        let w = |text: &'static str| if widget { text } else { "" };
        [
            [
                s.cannot_run,
                w(s.answers_not_kept),
                s.switch_mode,
                w(s.checklist_note),
            ],
            [s.blocked, w(s.answers_not_kept), s.open_elsewhere, ""],
            [s.failed, w(s.answers_kept_on_retry), s.check_connection, ""],
            [s.no_script, w(s.answers_not_kept), s.turn_on_scripts, ""],
        ]
    };
    let [old, blocked, failed, no_script] = [0, 1, 2, 3].map(|i| {
        let attributes = if i == 3 { " class=\"fatal\"" } else { "" };
        paragraphs(langs, items, attributes, |s| sentences(s)[i])
    });

    let mut html = Html::default();
    if !widget {
        html.push(&html!(
            "<p id=\"loading\" class=\"loading\">{}</p>",
            labels(langs, |s| s.loading.to_string())
        ));
    }
    let old_actions = if widget {
        html!("{} {}", address, checklist_link)
    } else {
        address.clone()
    };
    html.push(&message("boot-old", &status, &old, &old_actions));
    html.push(&message("boot-blocked", &status, &blocked, &address));
    let retry = html!(
        "<button type=\"button\" class=\"boot-retry primary\">{}</button>",
        labels(langs, |s| s.retry.to_string())
    );
    html.push(&message("boot-failed", &status, &failed, &retry));
    let checklist_line = if widget {
        html!("<p class=\"fatal\">{}</p>", checklist_link)
    } else {
        Html::default()
    };
    html.push(&html!(
        "<noscript>{}{}</noscript>",
        checklist_line,
        no_script
    ));
    html
}

/// One hidden message: its paragraphs and its line of actions.
fn message(id: &str, status: &Html, paragraphs: &Html, actions: &Html) -> Html {
    html!(
        "<div id=\"{}\" class=\"fatal\" role=\"alert\" hidden{}>{}<p class=\"boot-actions\">{}</p></div>",
        id,
        status,
        paragraphs,
        actions
    )
}

/// A paragraph per language, of the sentences `pick` chooses (empty ones
/// left out, `{items}` filled in), with `attributes` on each.
fn paragraphs(
    langs: &[Lang],
    items: &str,
    attributes: &'static str,
    pick: impl Fn(&'static StartUpStrings) -> [&'static str; 4],
) -> Html {
    langs
        .iter()
        .map(|&lang| {
            let sentences = pick(lang.start_up_strings());
            let gap = if lang == Lang::En { " " } else { "" };
            let text = sentences
                .iter()
                .filter(|s| !s.is_empty())
                .map(|s| fill(s, &[("items", items)]))
                .collect::<Vec<_>>()
                .join(gap);
            html!(
                "<p{} lang=\"{}\">{}</p>",
                Html::trusted(attributes),
                lang.tag(),
                text
            )
        })
        .collect()
}

/// A label in the page's language, then in each other one, marked with
/// its `lang`.
fn labels(langs: &[Lang], text: impl Fn(&'static StartUpStrings) -> String) -> Html {
    langs
        .iter()
        .enumerate()
        .map(|(i, &lang)| {
            let label = text(lang.start_up_strings());
            if i == 0 {
                html!("{}", label)
            } else {
                html!(" <span lang=\"{}\">{}</span>", lang.tag(), label)
            }
        })
        .collect()
}
