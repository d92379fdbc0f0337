//! What the printed report asks the enterprise to sign, as 星级上云 reviews
//! and 上云券 subsidies ask for a self-assessment signed as true: the
//! deployment's declaration (rubric data), then lines to fill in by hand.
//!
//! ```
//! use selfcheck::markup::declaration::declaration_html;
//! use selfcheck::model::i18n::Lang;
//! use selfcheck::model::rubric::Rubric;
//!
//! let html = declaration_html(Rubric::embedded(), Lang::Zh).into_string();
//! assert!(html.starts_with("<p class=\"declaration\">本单位承诺以上自评信息真实、准确。</p>"));
//! assert!(html.contains("<dt>单位名称（盖章）</dt><dd></dd>"));
//! ```

use super::Html;
use crate::html;
use crate::model::i18n::Lang;
use crate::model::rubric::Rubric;

/// The declaration of `rubric` in `lang` with its lines to sign (the
/// organisation's seal, who filled it in, a telephone number, the date);
/// nothing where the rubric has no declaration.
pub fn declaration_html(rubric: &Rubric, lang: Lang) -> Html {
    let declaration = rubric.declaration.get(lang);
    if declaration.is_empty() {
        return Html::default();
    }
    let strings = lang.strings();
    let lines: Html = [
        strings.sign_organisation,
        strings.sign_filled_by,
        strings.sign_telephone,
        strings.sign_date,
    ]
    .iter()
    .map(|label| html!("<div><dt>{}</dt><dd></dd></div>", *label))
    .collect();
    html!(
        "<p class=\"declaration\">{}</p><dl class=\"signature-lines\">{}</dl>",
        declaration,
        lines
    )
}
