//! The section navigator: the parts, their groups, and how many items of
//! each group are answered. Written so in the opening and on the live
//! page, which writes it again whenever the answers change.

use super::{Form, Html};
use crate::html;
use crate::model::engine::Answers;
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;

/// What goes in `<nav class="section-nav">`: each group a button with how
/// many of its items `answers` answers, marked complete once all are. Live,
/// a group's button names the group it jumps to (`data-group`); in the
/// opening the buttons are disabled.
pub fn section_nav_html(rubric: &Rubric, lang: Lang, form: Form, answers: &Answers) -> Html {
    let parts: Html = rubric
        .part_ixs()
        .map(|p| {
            let part = rubric.part(p);
            let groups: Html = part
                .groups
                .iter()
                .enumerate()
                .map(|(g, group)| {
                    let total = group.items.len();
                    let answered = rubric
                        .group_items(p, g)
                        .filter(|&item| answers.get(item).is_some())
                        .count();
                    let complete = Html::trusted(if answered == total { " complete" } else { "" });
                    let hook = match form {
                        Form::Opening | Form::Checklist => Html::trusted(" disabled"),
                        Form::Live | Form::ReadOnly => html!(" data-group=\"{}\"", group.id),
                    };
                    let check = if answered == total { "✓ " } else { "" };
                    html!(
                        "<li><button type=\"button\" class=\"nav-group{}\"{}><span class=\"nav-group-title\">{}</span>\
                         <span class=\"nav-group-count\"><span class=\"nav-check\" aria-hidden=\"true\">{}</span>{}/{}</span></button></li>",
                        complete,
                        hook,
                        group.title.get(lang),
                        check,
                        answered,
                        total,
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
    html!("<ol class=\"nav-parts\">{}</ol>", parts)
}
