//! Text made safe to put into HTML, for the parts of the pages written as
//! HTML text rather than as a view tree: the reader's thousands of rows,
//! and a comparison, which is drawn once on a click and never changes. Text
//! costs a fraction of the wasm that a view tree of the same elements does.

/// `text` with `& < > " '` escaped, so that it can never become markup.
///
/// ```
/// use selfcheck::markup::escape;
///
/// assert_eq!(escape("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
/// assert_eq!(escape("A & \"B\" 'C'"), "A &amp; &quot;B&quot; &#39;C&#39;");
/// ```
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

pub mod opening;
pub mod questions;
