//! The records, as the result panel shows them: the records link, the
//! file's download and import ([`records_html`]); what an import took or
//! why it was refused ([`taken_html`], [`problem_texts`]); and the banner of
//! a records link opened ([`records_banner_html`]). Written by code in the
//! module fetched on first use, with the records' own strings.

use super::Html;
use crate::html;
use crate::model::i18n::{fill, Lang};
use crate::model::link::codec::LinkError;
use crate::model::saved::notebook::MAX_NOTE;
use crate::model::saved::records::{Place, Problem, Taken};

/// The records' controls: the link (none where it cannot be written), the
/// file's download (`data-records-export`) and its import.
pub fn records_html(lang: Lang, link: Option<&str>, saved: usize) -> Html {
    let strings = lang.records_strings();
    let link = match link {
        Some(link) => html!(
            "<label class=\"records-link-label\">{label}\
             <input type=\"text\" readonly data-testid=\"records-link\" value=\"{link}\"></label>",
            label = fill(strings.link_label, &[("count", &saved.to_string())]),
            link = link,
        ),
        None => html!("<p class=\"hint\">{}</p>", strings.link_unavailable),
    };
    html!(
        "<p class=\"hint\">{intro}</p>{link}\
         <p><button type=\"button\" data-testid=\"records-export\" data-records-export>{export}</button></p>\
         <p class=\"hint\">{file_note}</p>\
         <label class=\"records-import-label\">{import}\
         <input type=\"file\" accept=\".json,application/json\" data-testid=\"records-import\"></label>",
        intro = strings.intro,
        link = link,
        export = strings.export,
        file_note = strings.file_note,
        import = strings.import_label,
    )
}

/// The advice on keeping the records, shown once after the first result
/// is saved: this browser may clear it, and how to keep it.
pub fn records_advice_html(lang: Lang) -> Html {
    html!(
        "<p class=\"records-advice\" role=\"status\" data-testid=\"records-advice\">{}</p>",
        lang.records_strings().advice
    )
}

/// The banner of a records link on screen, carrying `saved` saved results,
/// with the button that takes them in (`data-records-take`).
pub fn records_banner_html(lang: Lang, saved: usize) -> Html {
    let strings = lang.records_strings();
    html!(
        "<div class=\"records-banner\" data-testid=\"records-banner\" data-snapshots=\"{count}\">\
         <p>{text}</p><button type=\"button\" class=\"primary\" data-testid=\"records-take\" data-records-take>{take}</button></div>",
        count = saved,
        text = fill(strings.banner, &[("count", &saved.to_string())]),
        take = strings.take,
    )
}

/// What taking records in did, in a sentence or two: a status.
pub fn taken_html(lang: Lang, taken: &Taken) -> Html {
    html!(
        "<div role=\"status\" data-testid=\"records-import-result\"><p>{}</p></div>",
        taken_text(lang, taken)
    )
}

fn taken_text(lang: Lang, taken: &Taken) -> String {
    let strings = lang.records_strings();
    if !taken.answers && taken.snapshots + taken.notes + taken.plan == 0 {
        return strings.nothing_new.to_string();
    }
    let template = if taken.answers {
        strings.taken_answers
    } else {
        strings.taken
    };
    let mut text = fill(template, &[("snapshots", &taken.snapshots.to_string())]);
    if taken.notes + taken.plan > 0 {
        text.push_str(&fill(
            strings.taken_notebook,
            &[
                ("notes", &taken.notes.to_string()),
                ("plan", &taken.plan.to_string()),
            ],
        ));
    }
    if taken.kept_own {
        text.push_str(strings.kept_own);
    }
    text
}

/// Each problem of a refused records file or link, worded.
pub fn problem_texts(lang: Lang, problems: &[Problem]) -> Vec<String> {
    let strings = lang.records_strings();
    let place = |place: &Place| match place {
        Place::Answers => strings.current_answers.to_string(),
        Place::Snapshot(n) => fill(strings.saved_result, &[("number", &n.to_string())]),
        Place::Note(n) => fill(strings.note_place, &[("number", &n.to_string())]),
        Place::PlanRow(n) => fill(strings.plan_row_place, &[("number", &n.to_string())]),
    };
    problems
        .iter()
        .map(|problem| match problem {
            Problem::NotRecords(detail) => fill(strings.not_records, &[("detail", detail)]),
            Problem::FormatVersion(version) => fill(
                strings.format_version,
                &[
                    ("version", &version.to_string()),
                    (
                        "known",
                        &crate::model::saved::records::FORMAT_VERSION.to_string(),
                    ),
                ],
            ),
            Problem::OtherRubric(rubric) => fill(strings.other_rubric, &[("rubric", rubric)]),
            Problem::Result(at, LinkError::Damaged) => {
                fill(strings.damaged, &[("place", &place(at))])
            }
            Problem::Result(at, LinkError::OtherVersion { version }) => fill(
                strings.other_version,
                &[("place", &place(at)), ("version", &version.to_string())],
            ),
            Problem::Release(at, version) => fill(
                strings.wrong_release,
                &[("place", &place(at)), ("version", &version.to_string())],
            ),
            Problem::Date(at, date) => {
                fill(strings.bad_date, &[("place", &place(at)), ("date", date)])
            }
            Problem::RepeatedId(id) => fill(strings.repeated_id, &[("id", &id.to_string())]),
            Problem::UnknownItem(at, item) => fill(
                strings.unknown_item,
                &[("place", &place(at)), ("item", item)],
            ),
            Problem::RepeatedItem(at, item) => fill(
                strings.repeated_item,
                &[("place", &place(at)), ("item", item)],
            ),
            Problem::UnknownEvidence(at, kind) => fill(
                strings.unknown_evidence,
                &[("place", &place(at)), ("kind", kind)],
            ),
            Problem::LongNote(at) => fill(
                strings.long_note,
                &[("place", &place(at)), ("max", &MAX_NOTE.to_string())],
            ),
            Problem::UnknownTarget(at, target) => fill(
                strings.unknown_target,
                &[("place", &place(at)), ("target", target)],
            ),
        })
        .collect()
}

/// A refusal, an alert: the sentence that names the file, then every
/// problem.
pub fn refusal_html(lang: Lang, file: &str, problems: &[String]) -> Html {
    let items: Html = problems.iter().map(|p| html!("<li>{}</li>", p)).collect();
    html!(
        "<div role=\"alert\" class=\"records-refusal\" data-testid=\"records-import-refused\">\
         <p>{}</p><ul>{}</ul></div>",
        fill(lang.records_strings().refused, &[("file", file)]),
        items
    )
}
