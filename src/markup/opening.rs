//! What the build writes as static HTML (by `src/bin/prerender.rs` and
//! `scripts/dist/page.mjs`), in Chinese and in English:
//! - the page's opening, put into `index.html` and `index.en.html` (which
//!   servers that can choose serve for `?lang=en`, `deploy/nginx.conf`):
//!   the header, the section navigator, the answer scale's legend and the
//!   first part's questions, with the answers disabled. A visitor reads the
//!   first questions before the wasm has arrived, or without it; the widget
//!   takes the page over when it starts, replacing this in the same task,
//!   so nothing flickers;
//! - the checklist, `checklist.html` and `checklist.en.html`: every
//!   question with what it means, to read and print where the widget cannot
//!   start (its start-up message links to it). A page of its own, so that
//!   the widget's page does not carry forty questions for every visitor.
//!
//! The markup is the components' own (the same classes; the questions and
//! the legend by the same writers), without their `data-` hooks: nothing
//! mistakes it for the live widget. A browser test checks that nothing on
//! screen moves when the widget takes its place.
//!
//! ```
//! use selfcheck::model::i18n::Lang;
//! use selfcheck::markup::opening::{checklist_html, opening_html};
//! use selfcheck::model::rubric::Rubric;
//!
//! let html = opening_html(Rubric::embedded(), Lang::Zh).into_string();
//! assert!(html.starts_with("<div id=\"prerendered\""));
//! assert!(html.contains("<legend><span class=\"item-number\">1. </span>服务器</legend>"));
//! assert!(!html.contains("data-item") && !html.contains(">客服</legend>"));
//! assert!(opening_html(Rubric::embedded(), Lang::En).as_str().contains(">Servers</legend>"));
//!
//! let checklist = checklist_html(Rubric::embedded(), Lang::Zh).into_string();
//! assert!(checklist.starts_with("<main class=\"checklist\"><h1>企业上云自评</h1>"));
//! assert!(checklist.contains("<legend><span class=\"item-number\">40. </span>客服</legend>"));
//! assert!(checklist.contains("<details class=\"item-description\" open>"));
//! ```

use super::questions::{part_html, scale_legend_html, Form};
use super::Html;
use crate::html;
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::Rubric;

/// The opening of the page for `rubric`, in `lang`.
pub fn opening_html(rubric: &Rubric, lang: Lang) -> Html {
    let strings = lang.strings();
    let intro = fill(
        strings.intro,
        &[
            ("guide", rubric.name.get(lang)),
            ("count", &rubric.item_count().to_string()),
        ],
    );
    let nav: Html = rubric
        .parts
        .iter()
        .map(|part| {
            let groups: Html = part
                .groups
                .iter()
                .map(|g| {
                    html!(
                        "<li><button type=\"button\" class=\"nav-group\" disabled><span class=\"nav-group-title\">{}</span>\
                         <span class=\"nav-group-count\">0/{}</span></button></li>",
                        g.title.get(lang),
                        g.items.len()
                    )
                })
                .collect();
            html!(
                "<li class=\"nav-part\"><span class=\"nav-part-title\">{}</span><ol class=\"nav-groups\">{}</ol></li>",
                part.title.get(lang),
                groups
            )
        })
        .collect();
    let first_part = rubric
        .part_ixs()
        .next()
        .map(|p| part_html(rubric, lang, p, Form::Opening))
        .unwrap_or_default();
    html!(
        "<div id=\"prerendered\" aria-busy=\"true\">\
         <header class=\"site-header\"><div class=\"toolbar\">\
         <button type=\"button\" class=\"language-switch\" lang=\"{other_tag}\" disabled>{other_language}</button>\
         <button type=\"button\" class=\"large-text-toggle\" disabled><span aria-hidden=\"true\" class=\"large-text-icon\">A+</span>{large_text}</button>\
         </div><h1>{title}</h1><p class=\"intro\">{intro}</p>\
         <ul class=\"promises\"><li>{privacy}</li><li>{duration}</li></ul></header>\
         <div class=\"layout\"><main class=\"questions\">\
         <nav class=\"section-nav\" aria-label=\"{sections}\"><ol class=\"nav-parts\">{nav}</ol></nav>\
         <div class=\"progress-row\"><p class=\"progress-text\">{loading}</p>\
         <progress max=\"1\" value=\"0\" aria-hidden=\"true\"></progress>\
         <div class=\"progress-actions\"><button type=\"button\" class=\"primary\" disabled>{continue_answering}</button>\
         <button type=\"button\" disabled>{start_over}</button></div></div>\
         <details class=\"scale-legend\">{scale_legend}</details>\
         <div class=\"parts\">{first_part}</div></main></div></div>",
        title = rubric.short_name.get(lang),
        intro = intro,
        privacy = strings.privacy,
        duration = strings.duration,
        sections = strings.sections,
        nav = nav,
        other_language = strings.other_language,
        other_tag = lang.other().tag(),
        // The Chinese page says it in English too, for a visitor who reads only that.
        loading = Html::trusted(match lang {
            Lang::Zh => "正在加载… <span lang=\"en\">Loading…</span>",
            Lang::En => "Loading…",
        }),
        large_text = strings.large_text,
        continue_answering = strings.continue_answering,
        start_over = strings.start_over,
        scale_legend = scale_legend_html(rubric, lang),
        first_part = first_part,
    )
}

/// Every question of `rubric` in `lang`, each with what it means (open, so
/// that it prints), under the answer scale's legend: a checklist to answer
/// by hand.
pub fn checklist_html(rubric: &Rubric, lang: Lang) -> Html {
    let strings = lang.strings();
    let intro = fill(
        strings.intro,
        &[
            ("guide", rubric.name.get(lang)),
            ("count", &rubric.item_count().to_string()),
        ],
    );
    let parts: Html = rubric
        .part_ixs()
        .map(|p| part_html(rubric, lang, p, Form::Opening))
        .collect();
    let parts = Html::trusted(parts.as_str().replace(
        "<details class=\"item-description\">",
        "<details class=\"item-description\" open>",
    ));
    html!(
        "<main class=\"checklist\"><h1>{title}</h1><p class=\"intro\">{intro}</p>\
         <details class=\"scale-legend\" open>{scale_legend}</details><div class=\"parts\">{parts}</div></main>",
        title = rubric.short_name.get(lang),
        intro = intro,
        scale_legend = scale_legend_html(rubric, lang),
        parts = parts,
    )
}
