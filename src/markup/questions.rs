//! The questions as HTML text: a part of the guide with its groups and
//! items, each item's answers a native radio group, and the legend of the
//! answer scale above them. Written at build time
//! for the page's opening ([`crate::markup::opening`]) and at start for the live
//! questionnaire, which then only keeps the radios in step with the answers:
//! the browser's parser builds the page's thousand elements faster than a
//! view tree does, and this text costs a fraction of its wasm. The item's
//! `data-item` hook, by which automation finds the questionnaire, is not
//! written here: the widget sets it once the result is on the page too
//! (docs/contract.md).
//!
//! ```
//! use selfcheck::model::i18n::Lang;
//! use selfcheck::markup::questions::{part_html, scale_legend_html};
//! use selfcheck::markup::Form;
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let part = rubric.part_ixs().next().unwrap();
//! let live = part_html(&rubric, Lang::Zh, part, Form::Live);
//! assert!(live.as_str().starts_with("<section class=\"part\"><h2 id=\"part-infra\">基础设施上云</h2>"));
//! assert!(live.as_str().contains("<fieldset class=\"item\" id=\"item-infra.it.server\">"));
//! assert!(live.as_str().contains("<input type=\"radio\" name=\"infra.it.server\" value=\"2\">"));
//! assert_eq!(part_html(&rubric, Lang::Zh, part, Form::Opening), live);
//! let read_only = part_html(&rubric, Lang::Zh, part, Form::ReadOnly).into_string();
//! assert!(read_only.contains("name=\"infra.it.server\" value=\"2\" disabled>"));
//! let legend = scale_legend_html(&rubric, Lang::En).into_string();
//! assert!(legend.starts_with("<summary>How to answer</summary><dl><dt>Not on the cloud</dt><dd>"));
//! ```

use super::{Form, Html};
use crate::html;
use crate::model::i18n::Lang;
use crate::model::rubric::{PartIx, Rubric};

/// The element id of a part's heading.
pub fn part_anchor(part_id: &str) -> String {
    format!("part-{part_id}")
}

/// The element id of a group's heading.
pub fn group_anchor(group_id: &str) -> String {
    format!("group-{group_id}")
}

/// The element id of an item's fieldset.
pub fn item_anchor(item_id: &str) -> String {
    format!("item-{item_id}")
}

/// Part `part` of `rubric` in `lang`, written in `form`: the same
/// questions in every form, with their answers disabled only in
/// [`Form::ReadOnly`] and their descriptions open only in
/// [`Form::Checklist`]. The opening's answers can be given before the
/// widget starts, and the checklist's ticked before it is printed.
pub fn part_html(rubric: &Rubric, lang: Lang, part: PartIx, form: Form) -> Html {
    let open = Html::trusted(if form == Form::Checklist { " open" } else { "" });
    let disabled = Html::trusted(if form == Form::ReadOnly {
        " disabled"
    } else {
        ""
    });
    let strings = lang.strings();
    let the_part = rubric.part(part);
    let mut out = html!(
        "<section class=\"part\"><h2 id=\"{}\">{}</h2>",
        part_anchor(&the_part.id),
        the_part.title.get(lang)
    );
    for (g, group) in the_part.groups.iter().enumerate() {
        out.push(&html!(
            "<section class=\"group\"><h3 id=\"{}\" tabindex=\"-1\">{}</h3>",
            group_anchor(&group.id),
            group.title.get(lang)
        ));
        for ix in rubric.group_items(part, g) {
            let item = rubric.item(ix);
            let choices: Html = rubric
                .choices()
                .map(|(_, entry)| {
                    html!(
                        "<label class=\"choice\"><input type=\"radio\" name=\"{}\" value=\"{}\"{}><span>{}</span></label>",
                        item.id,
                        entry.key,
                        disabled,
                        entry.label.get(lang),
                    )
                })
                .collect();
            out.push(&html!(
                "<fieldset class=\"item\" id=\"{}\"><legend><span class=\"item-number\">{}. </span>{}</legend>\
                 <details class=\"item-description\"{}><summary>{}</summary><p>{}</p></details>\
                 <div class=\"choices\">{}</div></fieldset>",
                item_anchor(&item.id),
                ix.index() + 1,
                item.title.get(lang),
                open,
                strings.what_this_means,
                item.description.get(lang),
                choices,
            ));
        }
        out.push(&Html::trusted("</section>"));
    }
    out.push(&Html::trusted("</section>"));
    out
}

/// What goes in the `<details class="scale-legend">` above the questions:
/// its summary and each answer of the scale with what it means.
pub fn scale_legend_html(rubric: &Rubric, lang: Lang) -> Html {
    let entries: Html = rubric
        .choices()
        .map(|(_, entry)| {
            html!(
                "<dt>{}</dt><dd>{}</dd>",
                entry.label.get(lang),
                entry.hint.get(lang)
            )
        })
        .collect();
    html!(
        "<summary>{}</summary><dl>{}</dl>",
        lang.strings().scale_heading,
        entries
    )
}
