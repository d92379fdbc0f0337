//! What to do next, as the result panel shows it: the planner's fewest
//! changes to the next level, each with the guide's description of what to
//! put on the cloud, a button to the item (`data-step`) and, for the
//! visitor's own answers, one that puts it in the action plan
//! (`plan-add`, with the answer to reach), then one for them all
//! (`plan-from-next-steps`) and the plan's section, which the code fetched
//! on first use draws ([`crate::markup::plan`]).

use super::Html;
use crate::html;
use crate::model::engine::{Answers, Change, NextSteps};
use crate::model::i18n::{fill, Lang};
use crate::model::rubric::{LevelIx, Rubric};

/// The plan for `answers` (see [`crate::model::engine::plan_next_level`]),
/// with the buttons to the action plan where they are `own`.
pub fn next_steps_html(
    rubric: &Rubric,
    lang: Lang,
    answers: &Answers,
    plan: NextSteps,
    own: bool,
) -> Html {
    let strings = lang.strings();
    let level_name = |level: LevelIx| rubric.level(level).name.get(lang);
    let step = |change: Change| {
        let item = rubric.item(change.item);
        let from = match answers.get(change.item) {
            Some(choice) => rubric.answer(choice).label.get(lang),
            None => strings.unanswered,
        };
        let to = rubric.answer(change.to);
        let add = if own {
            html!(
                "<button type=\"button\" data-testid=\"plan-add\" data-item=\"{}\" data-target=\"{}\" aria-label=\"{}\">{}</button>",
                item.id,
                to.key,
                fill(strings.plan_add_for, &[("item", item.title.get(lang))]),
                strings.plan_add
            )
        } else {
            Html::default()
        };
        html!(
            "<li><p class=\"step-title\"><button type=\"button\" class=\"link-button\" data-step=\"{}\">{}</button>\
             <span class=\"step-change\">{} → {}</span></p><p class=\"step-description\">{}</p>{}</li>",
            item.id,
            item.title.get(lang),
            from,
            fill(strings.change_to, &[("answer", to.label.get(lang))]),
            item.description.get(lang),
            add,
        )
    };
    let mut html = match plan {
        NextSteps::TopLevel => html!("<p class=\"top-level\">{}</p>", strings.top_level),
        NextSteps::Reach { level, changes } => {
            let count = changes.len().to_string();
            let steps: Html = changes.into_iter().map(step).collect();
            let add_all = if own {
                html!(
                    "<p><button type=\"button\" data-testid=\"plan-from-next-steps\">{}</button></p>",
                    strings.plan_add_all
                )
            } else {
                Html::default()
            };
            html!(
                "<h3>{}</h3><p>{}</p><ol class=\"steps\">{}</ol>{}",
                fill(strings.next_steps, &[("level", level_name(level))]),
                fill(strings.next_steps_intro, &[("count", &count)]),
                steps,
                add_all
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
    };
    if own {
        html.push(&Html::trusted(
            "<section id=\"plan\" class=\"plan\" data-testid=\"plan\"></section>",
        ));
    }
    html
}
