//! The profile fields (industry, size) as labelled `<select>`s: the
//! widget's questions and the reader's filters alike. The choice shown is
//! set on the page afterwards (see [`crate::ui::ProfileFields`]).

use super::Html;
use crate::html;
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;

/// Every profile field of `rubric` as a `<select>` named by the field's
/// id, with the id and test id `{prefix}-{field id}`: first the empty
/// value, named `empty` ("not given", or "all"), then each choice, its
/// code as the value.
pub fn profile_fields_html(rubric: &Rubric, lang: Lang, prefix: &str, empty: &str) -> Html {
    rubric
        .fields()
        .map(|(_, field)| {
            let options: Html = field
                .choices
                .iter()
                .map(|choice| {
                    html!(
                        "<option value=\"{}\">{}</option>",
                        choice.code,
                        choice.name.get(lang)
                    )
                })
                .collect();
            html!(
                "<div class=\"profile-field\"><label for=\"{prefix}-{id}\">{label}</label>\
                 <select id=\"{prefix}-{id}\" data-testid=\"{prefix}-{id}\" name=\"{id}\">\
                 <option value=\"\">{empty}</option>{options}</select></div>",
                prefix = prefix,
                id = field.id,
                label = field.label.get(lang),
                empty = empty,
                options = options,
            )
        })
        .collect()
}
