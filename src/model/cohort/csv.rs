//! The results as CSV for a spreadsheet.

use super::figures::Alignment;
use super::CohortResult;
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;

/// The results as CSV for a spreadsheet: UTF-8 with a byte order mark (so
/// that Excel in zh-CN reads it as UTF-8), a header row, then one row a
/// result: label, link, overall, level id, level name (in `lang`), each
/// part's score by part id, then each item's answer key by item id (empty
/// when unanswered, or not in the result's release), then each profile
/// field's code by field id (empty when not given). A result of an
/// earlier release has its own scores and level. Lines end in CRLF.
pub fn to_csv(rubric: &Rubric, lang: Lang, results: &[CohortResult]) -> String {
    let mut header = vec!["label", "link", "overall", "level", "level_name"];
    header.extend(rubric.parts.iter().map(|p| &*p.id));
    header.extend(rubric.items().map(|r| &*r.item.id));
    header.extend(rubric.profile.iter().map(|f| &*f.id));
    let mut csv = String::from("\u{feff}");
    push_row(&mut csv, header.into_iter().map(str::to_string));
    let alignments = Alignment::all(rubric, results);
    for result in results {
        let alignment = Alignment::find(&alignments, result);
        let level = result.level();
        let score = |s: Option<u32>| s.map_or_else(String::new, |s| s.to_string());
        let row = [
            result.label.clone(),
            result.link.clone(),
            score(result.overall()),
            level.id.to_string(),
            level.name.get(lang).to_string(),
        ]
        .into_iter()
        .chain(rubric.parts.iter().map(|p| score(result.part_score(&p.id))))
        .chain(alignment.items.iter().map(|own| {
            own.and_then(|own| result.answers.get(own))
                .map_or_else(String::new, |c| result.rubric.answer(c).key.to_string())
        }))
        .chain(rubric.fields().map(|(ix, field)| {
            result.profile[ix.index()]
                .and_then(|c| field.choice(c))
                .map_or_else(String::new, |c| c.code.to_string())
        }));
        push_row(&mut csv, row);
    }
    csv
}

fn push_row(csv: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|cell| csv_cell(&cell)).collect();
    csv.push_str(&cells.join(","));
    csv.push_str("\r\n");
}

/// A cell quoted where needed; text a spreadsheet would take for a formula
/// (`=`, `+`, `-`, `@` first) is kept as text with a leading `'`.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("甲公司"), "甲公司");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell(""), "");
    }
}
