//! What the build writes as static HTML (by `src/bin/page-parts.rs` and
//! `scripts/postbuild/page.mjs`), in Chinese and in English:
//! - the page's opening, put into `index.html` and `index.en.html` (which
//!   servers that can choose serve for `?lang=en`, `deploy/nginx.conf`):
//!   the header, the section navigator, the answer scale's legend and all
//!   the questions, which can be answered at once. A visitor answers from
//!   the first paint, before the wasm has arrived: the widget takes the
//!   page over when it starts, in one task, and takes the answers checked
//!   here as the visitor's own. Where the wasm never comes, the questions
//!   still work as a checklist on screen, to print;
//! - the checklist, `checklist.html` and `checklist.en.html`: every
//!   question with what it means open, to read, tick and print where the
//!   widget cannot start (its start-up message links to it).
//!
//! The markup is the live page's own: the header, the navigator, the
//! progress row, the legend and the questions come from the writers the
//! components use, in [`Form::Opening`]: the questions as live ones, the
//! other controls disabled, and no `data-` hooks, so that nothing mistakes
//! it for the live widget. A browser test checks that nothing on screen
//! moves when the widget takes its place.
//!
//! ```
//! use selfcheck::model::i18n::Lang;
//! use selfcheck::markup::opening::{checklist_html, opening_html};
//! use selfcheck::model::rubric::Rubric;
//!
//! let html = opening_html(Rubric::embedded(), Lang::Zh).into_string();
//! assert!(html.starts_with("<div id=\"prerendered\" lang=\"zh-CN\">"));
//! assert!(html.contains("<legend><span class=\"item-number\">1. </span>服务器</legend>"));
//! assert!(html.contains("<legend><span class=\"item-number\">40. </span>客服</legend>"));
//! assert!(html.contains("<input type=\"radio\" name=\"infra.it.server\" value=\"2\">"));
//! assert!(!html.contains("data-item"));
//! assert!(opening_html(Rubric::embedded(), Lang::En).as_str().contains(">Servers</legend>"));
//!
//! let checklist = checklist_html(Rubric::embedded(), Lang::Zh).into_string();
//! assert!(checklist.starts_with("<main class=\"checklist\"><h1>企业上云自评</h1>"));
//! assert!(checklist.contains("<legend><span class=\"item-number\">40. </span>客服</legend>"));
//! assert!(checklist.contains("<details class=\"item-description\" open>"));
//! ```

use super::header::{widget_header_html, widget_intro};
use super::progress_row::progress_row_html;
use super::questions::{part_html, scale_legend_html};
use super::section_nav::section_nav_html;
use super::{Form, Html};
use crate::html;
use crate::model::engine::Answers;
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;

/// The opening of the page for `rubric`, in `lang`.
pub fn opening_html(rubric: &Rubric, lang: Lang) -> Html {
    let parts: Html = rubric
        .part_ixs()
        .map(|p| part_html(rubric, lang, p, Form::Opening))
        .collect();
    html!(
        "<div id=\"prerendered\" lang=\"{lang}\">\
         <header class=\"site-header\">{header}</header>\
         <div class=\"layout\"><main class=\"questions\">\
         <nav class=\"section-nav\" aria-label=\"{sections}\">{nav}</nav>\
         <div class=\"progress-row\">{progress}</div>\
         <details class=\"scale-legend\">{scale_legend}</details>\
         <div class=\"parts\">{parts}</div></main></div></div>",
        lang = lang.tag(),
        header = widget_header_html(rubric, lang, Form::Opening, false),
        sections = lang.strings().sections,
        nav = section_nav_html(rubric, lang, Form::Opening, &Answers::unanswered(rubric)),
        progress = progress_row_html(lang, Form::Opening, 0, rubric.item_count()),
        scale_legend = scale_legend_html(rubric, lang),
        parts = parts,
    )
}

/// Every question of `rubric` in `lang`, each with what it means (open, so
/// that it prints), under the answer scale's legend: a checklist to answer
/// by hand.
pub fn checklist_html(rubric: &Rubric, lang: Lang) -> Html {
    let intro = widget_intro(rubric, lang);
    let parts: Html = rubric
        .part_ixs()
        .map(|p| part_html(rubric, lang, p, Form::Checklist))
        .collect();
    html!(
        "<main class=\"checklist\"><h1>{title}</h1><p class=\"intro\">{intro}</p>\
         <details class=\"scale-legend\" open>{scale_legend}</details><div class=\"parts\">{parts}</div></main>",
        title = rubric.short_name.get(lang),
        intro = intro,
        scale_legend = scale_legend_html(rubric, lang),
        parts = parts,
    )
}
