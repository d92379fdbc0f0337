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
//! use selfcheck::markup::questions::{part_html, scale_legend_html, Form};
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let part = rubric.part_ixs().next().unwrap();
//! let live = part_html(&rubric, Lang::Zh, part, Form::Live);
//! assert!(live.starts_with("<section class=\"part\"><h2 id=\"part-infra\">基础设施上云</h2>"));
//! assert!(live.contains("<fieldset class=\"item\" id=\"item-infra.it.server\">"));
//! assert!(live.contains("<input type=\"radio\" name=\"infra.it.server\" value=\"2\">"));
//! let opening = part_html(&rubric, Lang::Zh, part, Form::Opening);
//! assert!(!opening.contains("item-infra") && opening.contains("value=\"2\" disabled>"));
//! let legend = scale_legend_html(&rubric, Lang::En);
//! assert!(legend.starts_with("<summary>How to answer</summary><dl><dt>Not on the cloud</dt><dd>"));
//! ```

use crate::markup::escape;
use crate::model::i18n::Lang;
use crate::model::rubric::{PartIx, Rubric};

/// How the questions are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The page's opening, shown until the widget starts: answers disabled,
    /// and no ids or names, so that nothing mistakes it for the live widget.
    Opening,
    /// The visitor's own self-check: anchors, and answers to give.
    Live,
    /// A shared result: as `Live`, with the answers disabled.
    ReadOnly,
}

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

/// Part `part` of `rubric` in `lang`, written in `form`.
pub fn part_html(rubric: &Rubric, lang: Lang, part: PartIx, form: Form) -> String {
    let live = form != Form::Opening;
    let disabled = if form == Form::Live { "" } else { " disabled" };
    let strings = lang.strings();
    let the_part = rubric.part(part);
    let mut html = String::from("<section class=\"part\"><h2");
    if live {
        html += &format!(" id=\"{}\"", escape(&part_anchor(&the_part.id)));
    }
    html += &format!(">{}</h2>", escape(the_part.title.get(lang)));
    for (g, group) in the_part.groups.iter().enumerate() {
        html += "<section class=\"group\"><h3";
        if live {
            html += &format!(
                " id=\"{}\" tabindex=\"-1\"",
                escape(&group_anchor(&group.id))
            );
        }
        html += &format!(">{}</h3>", escape(group.title.get(lang)));
        for ix in rubric.group_items(part, g) {
            let item = rubric.item(ix);
            html += "<fieldset class=\"item\"";
            if live {
                html += &format!(" id=\"{}\"", escape(&item_anchor(&item.id)));
            }
            html += &format!(
                "><legend><span class=\"item-number\">{}. </span>{}</legend>\
                 <details class=\"item-description\"><summary>{}</summary><p>{}</p></details>\
                 <div class=\"choices\">",
                ix.index() + 1,
                escape(item.title.get(lang)),
                escape(strings.what_this_means),
                escape(item.description.get(lang)),
            );
            let name = if live {
                format!(" name=\"{}\"", escape(&item.id))
            } else {
                String::new()
            };
            for (_, entry) in rubric.choices() {
                html += &format!(
                    "<label class=\"choice\"><input type=\"radio\"{name} value=\"{}\"{disabled}><span>{}</span></label>",
                    escape(&entry.key),
                    escape(entry.label.get(lang)),
                );
            }
            html += "</div></fieldset>";
        }
        html += "</section>";
    }
    html + "</section>"
}

/// What goes in the `<details class="scale-legend">` above the questions:
/// its summary and each answer of the scale with what it means.
pub fn scale_legend_html(rubric: &Rubric, lang: Lang) -> String {
    let entries: String = rubric
        .choices()
        .map(|(_, entry)| {
            format!(
                "<dt>{}</dt><dd>{}</dd>",
                escape(entry.label.get(lang)),
                escape(entry.hint.get(lang))
            )
        })
        .collect();
    format!(
        "<summary>{}</summary><dl>{entries}</dl>",
        escape(lang.strings().scale_heading)
    )
}
