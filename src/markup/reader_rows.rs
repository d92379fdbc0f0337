//! The officials' reader's table of results, a row a result, written as
//! HTML text: thousands of rows cost far less so than as a view tree.

use super::Html;
use crate::html;
use crate::model::cohort::CohortResult;
use crate::model::i18n::{fill, Lang};
use crate::model::link::sibling_result_link;
use crate::model::rubric::Rubric;

/// A result's row as HTML (labels and links escaped): one of an earlier
/// release of `rubric` with its version, scored by that release.
pub fn row_html(rubric: &Rubric, lang: Lang, result: &CohortResult) -> Html {
    let strings = lang.reader_strings();
    let e = &result.evaluation;
    let level = result.level();
    let score = |s: Option<u32>| s.map_or_else(|| "–".to_string(), |s| s.to_string());
    let overall = score(result.overall());
    let parts: Html = rubric
        .parts
        .iter()
        .map(|p| {
            html!(
                "<td class=\"number\">{}</td>",
                score(result.part_score(&p.id))
            )
        })
        .collect();
    let version = result.rubric.version;
    let earlier = if version == rubric.version {
        Html::default()
    } else {
        let text = fill(strings.row_version, &[("version", &version.to_string())]);
        html!(" <span class=\"row-version\">{}</span>", text)
    };
    // data-industry="C" data-size="" …, and the choices by name.
    let mut profile_attrs = Html::default();
    let mut names = Vec::new();
    for (ix, field) in rubric.fields() {
        let choice = result.profile[ix.index()].and_then(|c| field.choice(c));
        let code = choice.map_or("", |c| &c.code);
        profile_attrs = html!("{} data-{}=\"{}\"", profile_attrs, field.id, code);
        names.extend(choice.map(|c| c.name.get(lang)));
    }
    let profile_cell = if rubric.profile.is_empty() {
        Html::default()
    } else {
        html!("<td>{}</td>", names.join(strings.version_separator))
    };
    let label = if result.label.is_empty() {
        strings.no_label
    } else {
        &result.label
    };
    html!(
        "<tr data-testid=\"reader-row\" data-level=\"{level_id}\" data-overall=\"{overall_attr}\" data-version=\"{version}\"{profile_attrs}>\
         <th scope=\"row\">{label}</th><td class=\"number\">{overall}</td><td>{level_id} {level_name}{earlier}</td>{parts}{profile_cell}\
         <td class=\"number\">{answered}/{total}</td><td>{provisional}</td>\
         <td><a href=\"{link}\" target=\"_blank\" rel=\"noopener\">{open}</a></td></tr>",
        level_id = level.id,
        overall_attr = result.overall().map_or_else(String::new, |s| s.to_string()),
        version = version,
        profile_attrs = profile_attrs,
        profile_cell = profile_cell,
        label = label,
        overall = overall,
        level_name = level.name.get(lang),
        earlier = earlier,
        parts = parts,
        answered = e.answered,
        total = e.total,
        provisional = if e.is_provisional() { strings.provisional_yes } else { "" },
        link = sibling_result_link(lang, &result.payload),
        open = strings.open_result,
    )
}
