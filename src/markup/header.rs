//! The pages' headers: the toolbar with the language switch and the
//! large-text toggle, then what the page is and what it promises. The
//! widget's header is written so in its opening and on the live page alike.

use super::{Form, Html};
use crate::html;
use crate::model::i18n::{fill, Lang};
use crate::model::link::sibling;
use crate::model::rubric::Rubric;

/// The toolbar's buttons: the language switch, named in the language it
/// switches to, and the large-text toggle, pressed or not. Disabled in the
/// opening; live, the switch has its id and the toggle its hook.
pub fn toolbar_buttons_html(lang: Lang, form: Form, large_text: bool) -> Html {
    let strings = lang.strings();
    let (switch, toggle) = match form {
        Form::Opening | Form::Checklist => (Html::trusted(" disabled"), Html::trusted(" disabled")),
        Form::Live | Form::ReadOnly => (
            Html::trusted(" id=\"language-switch\""),
            html!(
                " data-testid=\"large-text\" aria-pressed=\"{}\"",
                large_text.to_string()
            ),
        ),
    };
    html!(
        "<button type=\"button\" class=\"language-switch\" lang=\"{}\"{}>{}</button>\
         <button type=\"button\" class=\"large-text-toggle\"{}><span aria-hidden=\"true\" class=\"large-text-icon\">A+</span>{}</button>",
        lang.other().tag(),
        switch,
        strings.other_language,
        toggle,
        strings.large_text,
    )
}

/// What goes in the widget's `<header class="site-header">`: the toolbar,
/// the title, what this checks and the promises (answers stay here, how
/// long it takes).
pub fn widget_header_html(rubric: &Rubric, lang: Lang, form: Form, large_text: bool) -> Html {
    let strings = lang.strings();
    let intro = widget_intro(rubric, lang);
    html!(
        "<div class=\"toolbar\">{}</div><h1>{}</h1><p class=\"intro\">{}</p>\
         <ul class=\"promises\"><li>{}</li><li>{}</li></ul>",
        toolbar_buttons_html(lang, form, large_text),
        rubric.short_name.get(lang),
        intro,
        strings.privacy,
        strings.duration,
    )
}

/// What the widget checks against: the guide and its number of items.
pub fn widget_intro(rubric: &Rubric, lang: Lang) -> String {
    fill(
        lang.strings().intro,
        &[
            ("guide", rubric.name.get(lang)),
            ("count", &rubric.item_count().to_string()),
        ],
    )
}

/// What goes in the officials' reader's `<header class="site-header">`:
/// the way back to the self-check and the toolbar, the title, what it does
/// and that nothing leaves the browser.
pub fn reader_header_html(lang: Lang, large_text: bool) -> Html {
    let strings = lang.reader_strings();
    html!(
        "<div class=\"toolbar\"><a class=\"back-link\" href=\"{}\">{}</a>{}</div>\
         <h1>{}</h1><p class=\"intro\">{}</p><ul class=\"promises\"><li>{}</li></ul>",
        sibling("./", lang),
        strings.back_to_widget,
        toolbar_buttons_html(lang, Form::Live, large_text),
        strings.title,
        strings.intro,
        strings.privacy,
    )
}

/// What goes in a page's `<head>` besides its files: the `<title>` and
/// the description, written in at build time (`src/bin/page-parts.rs`).
/// The widget's page in `lang`: the rubric's short name, what it checks
/// against and that answers stay here.
pub fn widget_head_html(rubric: &Rubric, lang: Lang) -> Html {
    let intro = widget_intro(rubric, lang);
    let gap = if lang == Lang::En { " " } else { "" };
    head_html(
        rubric.short_name.get(lang),
        &format!("{intro}{gap}{}", lang.strings().privacy),
    )
}

/// [`widget_head_html`] for the reader's one page: in Chinese, then in
/// English.
pub fn reader_head_html() -> Html {
    let [zh, en] = [Lang::Zh, Lang::En].map(Lang::reader_strings);
    head_html(
        &format!("{} · {}", zh.title, en.title),
        &format!("{} {}", zh.intro, en.intro),
    )
}

fn head_html(title: &str, description: &str) -> Html {
    html!(
        "<title>{}</title>\n    <meta name=\"description\" content=\"{}\">",
        title,
        description
    )
}
