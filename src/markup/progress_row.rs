//! The progress row above the questions: how many are answered, a bar,
//! and for the visitor's own self-check "continue" and "start over".
//! Written so in the opening and on the live page, which writes it again
//! whenever the answers change.

use super::{Form, Html};
use crate::html;
use crate::model::i18n::{fill, Lang};

/// What goes in `<div class="progress-row">` with `answered` of `total`
/// answered. The opening says it is loading, its buttons disabled; a
/// shared result (`Form::ReadOnly`) has no buttons. Live, "continue" is
/// disabled once all are answered and "start over" while none is.
pub fn progress_row_html(lang: Lang, form: Form, answered: usize, total: usize) -> Html {
    let strings = lang.strings();
    let button = |hook: &'static str, off: bool, text: &str| {
        let off = Html::trusted(if off { " disabled" } else { "" });
        html!(
            "<button type=\"button\"{}{}>{}</button>",
            Html::trusted(hook),
            off,
            text
        )
    };
    let buttons = |first: Html, second: Html| {
        html!("<div class=\"progress-actions\">{}{}</div>", first, second)
    };
    let all_answered = answered == total;
    let (text, max, actions) = match form {
        // No longer than the live page's count, so that nothing moves in
        // large text either when the widget takes its place.
        Form::Opening | Form::Checklist => (
            html!("<p class=\"progress-text\">{}</p>", strings.loading),
            1,
            buttons(
                button(" class=\"primary\"", true, strings.continue_answering),
                button("", true, strings.start_over),
            ),
        ),
        Form::Live | Form::ReadOnly => (
            html!(
                "<p class=\"progress-text\" data-testid=\"progress\">{}</p>",
                fill(
                    strings.progress,
                    &[
                        ("answered", &answered.to_string()),
                        ("total", &total.to_string()),
                    ],
                )
            ),
            total,
            if form == Form::ReadOnly {
                Html::default()
            } else {
                let continue_text = if all_answered {
                    strings.all_answered
                } else {
                    strings.continue_answering
                };
                buttons(
                    button(
                        " class=\"primary\" data-continue",
                        all_answered,
                        continue_text,
                    ),
                    button(" data-start-over", answered == 0, strings.start_over),
                )
            },
        ),
    };
    html!(
        "{}<progress max=\"{}\" value=\"{}\" aria-hidden=\"true\"></progress>{}",
        text,
        max,
        answered,
        actions
    )
}
