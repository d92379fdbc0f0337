//! What to do next, as the result panel shows it: the planner's fewest
//! changes to the next level, each with the guide's description of what to
//! put on the cloud and a button to the item (`data-step`).

use super::Html;
use crate::html;
use crate::model::engine::{Answers, Change, NextSteps};
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::{LevelIx, Rubric};

/// The plan for `answers` (see [`crate::model::engine::plan_next_level`]).
pub fn next_steps_html(rubric: &Rubric, lang: Lang, answers: &Answers, plan: NextSteps) -> Html {
    let strings = lang.strings();
    let level_name = |level: LevelIx| rubric.level(level).name.get(lang);
    let step = |change: Change| {
        let item = rubric.item(change.item);
        let from = match answers.get(change.item) {
            Some(choice) => rubric.answer(choice).label.get(lang),
            None => strings.unanswered,
        };
        let to = rubric.answer(change.to).label.get(lang);
        html!(
            "<li><p class=\"step-title\"><button type=\"button\" class=\"link-button\" data-step=\"{}\">{}</button>\
             <span class=\"step-change\">{} → {}</span></p><p class=\"step-description\">{}</p></li>",
            item.id,
            item.title.get(lang),
            from,
            fill(strings.change_to, &[("answer", to)]),
            item.description.get(lang),
        )
    };
    match plan {
        NextSteps::TopLevel => html!("<p class=\"top-level\">{}</p>", strings.top_level),
        NextSteps::Reach { level, changes } => {
            let count = changes.len().to_string();
            let steps: Html = changes.into_iter().map(step).collect();
            html!(
                "<h3>{}</h3><p>{}</p><ol class=\"steps\">{}</ol>",
                fill(strings.next_steps, &[("level", level_name(level))]),
                fill(strings.next_steps_intro, &[("count", &count)]),
                steps
            )
        }
        NextSteps::Blocked { level, parts } => {
            let parts: Vec<&str> = parts
                .iter()
                .map(|&p| rubric.part(p).title.get(lang))
                .collect();
            let message = fill(
                strings.blocked,
                &[
                    ("parts", &parts.join(strings.list_separator)),
                    ("level", level_name(level)),
                ],
            );
            html!("<p class=\"blocked\">{}</p>", message)
        }
    }
}
