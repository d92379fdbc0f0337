//! Pure HTML writers, for what is written as HTML text rather than as a
//! view tree: the page's opening (written at build time), the questions,
//! the next steps, a comparison, the saved results and the reader's rows.
//! Text costs a fraction of the wasm that a view tree of the same elements
//! does, and the browser's parser builds it fast.
//!
//! Every writer returns [`Html`], made by the [`html!`](crate::html) macro:
//! each value put into its template is escaped unless it is `Html` already,
//! so text can never become markup by mistake. Markup from anywhere else is
//! the explicit exception, [`Html::trusted`].
//!
//! ```
//! use selfcheck::html;
//! use selfcheck::markup::Html;
//!
//! let name = "<img src=x onerror=alert(1)>";
//! let cell: Html = html!("<td>{}</td>", name);
//! assert_eq!(cell.as_str(), "<td>&lt;img src=x onerror=alert(1)&gt;</td>");
//! let row = html!("<tr title=\"{}\">{}</tr>", "A & \"B\" 'C'", cell);
//! assert_eq!(row.as_str(), "<tr title=\"A &amp; &quot;B&quot; &#39;C&#39;\"><td>&lt;img src=x onerror=alert(1)&gt;</td></tr>");
//! ```

use std::fmt;

use crate::model::i18n::Lang;

pub mod benchmark;
pub mod comparison;
pub mod declaration;
pub mod header;
pub mod next_steps;
pub mod opening;
pub mod plan;
pub mod profile;
pub mod progress_row;
pub mod questions;
pub mod reader_rows;
pub mod records;
pub mod saved_results;
pub mod section_nav;
pub mod start_up;

/// How a part of the page is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The page's opening, shown until the widget starts: the questions as
    /// live ones, to answer before it starts (it takes those answers as
    /// the visitor's own); the header's and the navigator's controls
    /// disabled, and no `data-` hooks, so that nothing mistakes it for the
    /// live widget.
    Opening,
    /// The visitor's own self-check: anchors, hooks, and answers to give.
    Live,
    /// A shared result: as `Live`, with the answers disabled.
    ReadOnly,
    /// The checklist page, to read, tick and print: every question's
    /// description open.
    Checklist,
}

/// HTML text that is safe to put into a page: written by [`html!`](crate::html),
/// which escapes what it is given, or explicitly [`Html::trusted`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Markup taken as it is. Only for markup written in this crate's
    /// source; text from anywhere else goes through [`html!`](crate::html).
    pub fn trusted(markup: impl Into<String>) -> Html {
        Html(markup.into())
    }

    /// The HTML, for an `inner_html` sink.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The HTML as a `String`, for an `inner_html` sink.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Appends more HTML.
    pub fn push(&mut self, more: &Html) {
        self.0.push_str(&more.0);
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<Html> for Html {
    fn from_iter<I: IntoIterator<Item = Html>>(pieces: I) -> Html {
        let mut all = Html::default();
        for piece in pieces {
            all.push(&piece);
        }
        all
    }
}

/// What [`html!`](crate::html) may put into a template: text, escaped, or
/// [`Html`] and numbers, as they are.
pub trait Interpolate {
    /// Writes `self` into HTML.
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl Interpolate for Html {
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.0)
    }
}

impl Interpolate for str {
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut plain = 0;
        for (i, byte) in self.bytes().enumerate() {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            out.write_str(&self[plain..i])?;
            out.write_str(entity)?;
            plain = i + 1;
        }
        out.write_str(&self[plain..])
    }
}

impl Interpolate for String {
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_str().write_html(out)
    }
}

impl Interpolate for std::borrow::Cow<'_, str> {
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().write_html(out)
    }
}

impl<T: Interpolate + ?Sized> Interpolate for &T {
    fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).write_html(out)
    }
}

macro_rules! numbers_as_they_are {
    ($($number:ty),*) => {$(
        impl Interpolate for $number {
            fn write_html(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, out)
            }
        }
    )*};
}
numbers_as_they_are!(i32, u32, u64, usize);

/// A value on its way into a template; see [`html!`](crate::html).
pub struct Escaped<'a, T: ?Sized>(pub &'a T);

impl<T: Interpolate + ?Sized> fmt::Display for Escaped<'_, T> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_html(out)
    }
}

/// [`Html`] from a template in `format!`'s syntax, each value escaped
/// unless it is `Html` already. Values are passed as arguments, positional
/// or all named; a template cannot name a variable of its own
/// (`{name}` without `name = …`), so none slips in unescaped.
#[macro_export]
macro_rules! html {
    ($template:literal $(, $name:ident = $value:expr)+ $(,)?) => {
        $crate::markup::Html::trusted(format!(
            concat!($template),
            $($name = $crate::markup::Escaped(&$value)),+
        ))
    };
    ($template:literal $(, $value:expr)* $(,)?) => {
        $crate::markup::Html::trusted(format!(
            concat!($template),
            $($crate::markup::Escaped(&$value)),*
        ))
    };
}

/// What stands in place of a feature whose code could not be fetched (see
/// `#[wasm_split]` in the components): the message and a retry button
/// (`data-retry`).
pub fn unavailable_html(lang: Lang) -> Html {
    let strings = lang.strings();
    html!(
        "<p class=\"unavailable\" role=\"status\">{}</p><button type=\"button\" data-retry>{}</button>",
        strings.feature_unavailable,
        strings.try_again
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_html_kept() {
        let inner = html!("<b>{}</b>", "1 < 2");
        assert_eq!(
            html!("<p>{}{}</p>", inner, "'&'").as_str(),
            "<p><b>1 &lt; 2</b>&#39;&amp;&#39;</p>"
        );
    }

    #[test]
    fn named_values_and_numbers() {
        let count: usize = 3;
        let html = html!(
            "<li data-n=\"{n}\">{label} {n}</li>",
            n = count,
            label = "a\"b"
        );
        assert_eq!(html.as_str(), "<li data-n=\"3\">a&quot;b 3</li>");
    }

    #[test]
    fn pieces_join() {
        let list: Html = ["x", "<y>"]
            .iter()
            .map(|t| html!("<li>{}</li>", t))
            .collect();
        assert_eq!(list.as_str(), "<li>x</li><li>&lt;y&gt;</li>");
    }

    #[test]
    fn text_without_markup_is_unchanged() {
        assert_eq!(html!("{}", "企业上云 · L2").as_str(), "企业上云 · L2");
    }
}
