//! Result links, and the one place that makes and reads an address: the
//! language in its query (`?lang=en`), a result in its fragment
//! (`#r=PAYLOAD`) or a comparison of two (`#c=BEFORE.AFTER`). The answers
//! become a payload in [`codec`]; [`finder`] finds links in any text by
//! the rules the fragment is read by here. The payload's checksum decides
//! where every payload ends.
//!
//! ```
//! use selfcheck::model::link::{comparison_in_fragment, payload_in_fragment, Address};
//! use selfcheck::model::i18n::Lang;
//!
//! let address = Address::parse("https://gov.example/zt/?from=singlemessage&lang=en#r=1AB");
//! assert_eq!(address.lang(), Lang::En);
//! assert_eq!(address.fragment(), "#r=1AB");
//! assert_eq!(address.page(Lang::Zh), "https://gov.example/zt/?from=singlemessage");
//!
//! let payload = "1ABAAAAAAAAAAAAAAAAAAAA_vE7";
//! let link = address.result_link(Lang::En, payload);
//! assert_eq!(link, format!("https://gov.example/zt/?from=singlemessage&lang=en#r={payload}"));
//! let fragment = &link[link.find('#').unwrap()..];
//! assert_eq!(payload_in_fragment(fragment, "cloud-adoption"), Some(payload));
//!
//! let link = address.comparison_link(Lang::Zh, payload, payload);
//! let fragment = format!("{}。", &link[link.find('#').unwrap()..]);
//! assert_eq!(comparison_in_fragment(&fragment, "cloud-adoption"), Some((payload, payload)));
//! ```

pub mod codec;
pub mod finder;
pub mod records;

use crate::model::i18n::Lang;
use codec::{is_payload_byte, payload_at_start};

/// What comes between `#` and a result's payload: `r=`, as the widget
/// writes it, or percent-encoded as some apps pass it on.
const RESULT_MARKERS: [&str; 3] = ["r=", "r%3D", "r%3d"];

/// What comes between `#` and the two payloads of a comparison link, as
/// written or percent-encoded.
const COMPARISON_MARKERS: [&str; 3] = ["c=", "c%3D", "c%3d"];

/// What comes between `#` and a records link's payload, as written or
/// percent-encoded.
const RECORDS_MARKERS: [&str; 3] = ["s=", "s%3D", "s%3d"];

/// What a fragment (after its `#`) begins with when the page opens a
/// result, read-only: the markers of result, comparison and records links. The
/// start-up script disables the opening's answers for these before the
/// widget has read the link (`scripts/postbuild/boot.mjs`, given them by
/// `src/bin/page-parts.rs`).
pub fn read_only_markers() -> impl Iterator<Item = &'static str> {
    RESULT_MARKERS
        .iter()
        .chain(&COMPARISON_MARKERS)
        .chain(&RECORDS_MARKERS)
        .copied()
}

/// The query's key for the language.
const LANG_KEY: &str = "lang=";

/// The query pair that asks for English.
const ENGLISH: &str = "lang=en";

/// `page` (relative, such as `reader.html` or `./`) in `lang`: the other
/// page of this site, as its links name it.
pub fn sibling(page: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{page}?{ENGLISH}"),
        Lang::Zh => page.to_string(),
    }
}

/// The link from a sibling page to the widget (`./`) showing the result
/// whose payload is `payload`, in `lang`.
pub fn sibling_result_link(lang: Lang, payload: &str) -> String {
    format!("{}#{}{payload}", sibling("./", lang), RESULT_MARKERS[0])
}

/// The payload a URL fragment (with or without its `#`) carries, if it is
/// a result link's fragment.
pub fn payload_in_fragment<'a>(fragment: &'a str, rubric_id: &str) -> Option<&'a str> {
    let rest = after_marker(fragment, &RESULT_MARKERS)?;
    Some(payload_of(rest, rubric_id))
}

/// What follows one of `markers` at the start of a fragment (with or
/// without its `#`), if one is there.
fn after_marker<'a>(fragment: &'a str, markers: &[&str]) -> Option<&'a str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    markers.iter().find_map(|m| fragment.strip_prefix(m))
}

/// The run of payload characters at the start of `rest`.
fn payload_run(rest: &str) -> &str {
    &rest[..rest.bytes().take_while(|&b| is_payload_byte(b)).count()]
}

/// Whether a fragment (with or without its `#`) is a records link's. Cheap:
/// the page asks at start, and reads the link with
/// [`records_in_fragment`] in code fetched on first use.
pub fn is_records_fragment(fragment: &str) -> bool {
    after_marker(fragment, &RECORDS_MARKERS).is_some()
}

/// The payload of a records link's fragment (with or without its `#`):
/// `#s=PAYLOAD`, ending where its checksum says.
pub fn records_in_fragment<'a>(fragment: &'a str, rubric_id: &str) -> Option<&'a str> {
    let rest = after_marker(fragment, &RECORDS_MARKERS)?;
    Some(records_payload_of(rest, rubric_id))
}

/// The records payload at the start of `rest`, cut where its checksum says.
fn records_payload_of<'a>(rest: &'a str, rubric_id: &str) -> &'a str {
    codec::checked_at_start(
        rubric_id,
        payload_run(rest),
        &[records::FORMAT],
        records::MAX_LEN,
    )
}

/// The two payloads of a comparison link's fragment (with or without its
/// `#`): `#c=BEFORE.AFTER`. The earlier ends at the dot, the later where
/// its checksum says.
pub fn comparison_in_fragment<'a>(
    fragment: &'a str,
    rubric_id: &str,
) -> Option<(&'a str, &'a str)> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (before, after) = comparison_parts(fragment)?;
    Some((before, payload_of(after, rubric_id)))
}

/// A comparison link's fragment (after its `#`) split at its dot: the
/// earlier payload, and the text from the later one on.
pub(super) fn comparison_parts(fragment: &str) -> Option<(&str, &str)> {
    let rest = COMPARISON_MARKERS
        .iter()
        .find_map(|m| fragment.strip_prefix(m))?;
    let (before, after) = rest.split_once('.')?;
    before
        .bytes()
        .all(is_payload_byte)
        .then_some((before, after))
}

/// The payload at the start of `rest`: the run of payload characters, cut
/// where the checksum says.
pub(super) fn payload_of<'a>(rest: &'a str, rubric_id: &str) -> &'a str {
    payload_at_start(rubric_id, payload_run(rest))
}

/// A page address taken apart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// Everything before the query.
    base: String,
    /// The query's pairs as written, without `lang`.
    pairs: Vec<String>,
    /// The `lang` value, if the query has one.
    lang: Option<String>,
    /// The fragment with its `#`, or "".
    fragment: String,
}

impl Address {
    /// Takes an absolute address (`location.href`) apart.
    pub fn parse(href: &str) -> Address {
        let (rest, fragment) = match href.find('#') {
            Some(i) => (&href[..i], &href[i..]),
            None => (href, ""),
        };
        let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut lang = None;
        let mut pairs = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.strip_prefix(LANG_KEY) {
                Some(value) => lang = Some(value.to_string()),
                None => pairs.push(pair.to_string()),
            }
        }
        Address {
            base: base.to_string(),
            pairs,
            lang,
            fragment: fragment.to_string(),
        }
    }

    /// The language asked for: English with `lang=en`, else Chinese.
    pub fn lang(&self) -> Lang {
        self.lang.as_deref().map_or(Lang::Zh, Lang::from_tag)
    }

    /// The fragment, with its `#`, or "".
    pub fn fragment(&self) -> &str {
        &self.fragment
    }

    /// This page in `lang`, without a fragment: `?lang=en` for English,
    /// nothing for Chinese, other query pairs kept.
    pub fn page(&self, lang: Lang) -> String {
        let lang_pair = (lang == Lang::En).then_some(ENGLISH);
        let pairs: Vec<&str> = self
            .pairs
            .iter()
            .map(String::as_str)
            .chain(lang_pair)
            .collect();
        if pairs.is_empty() {
            self.base.clone()
        } else {
            format!("{}?{}", self.base, pairs.join("&"))
        }
    }

    /// The link to the result whose payload is `payload`, in `lang`.
    pub fn result_link(&self, lang: Lang, payload: &str) -> String {
        format!("{}#{}{payload}", self.page(lang), RESULT_MARKERS[0])
    }

    /// The records link whose payload is `payload`, in `lang`.
    pub fn records_link(&self, lang: Lang, payload: &str) -> String {
        format!("{}#{}{payload}", self.page(lang), RECORDS_MARKERS[0])
    }

    /// The link that opens the comparison of the results `before` and
    /// `after` (their payloads), in `lang`.
    pub fn comparison_link(&self, lang: Lang, before: &str, after: &str) -> String {
        format!(
            "{}#{}{before}.{after}",
            self.page(lang),
            COMPARISON_MARKERS[0]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_only_when_asked() {
        assert_eq!(Address::parse("http://x/?lang=en").lang(), Lang::En);
        assert_eq!(Address::parse("http://x/?a=1&lang=en").lang(), Lang::En);
        assert_eq!(Address::parse("http://x/?lang=english").lang(), Lang::Zh);
        assert_eq!(Address::parse("http://x/").lang(), Lang::Zh);
        assert_eq!(Address::parse("http://x/#lang=en").lang(), Lang::Zh);
    }

    #[test]
    fn sibling_pages_carry_the_language() {
        assert_eq!(sibling("reader.html", Lang::En), "reader.html?lang=en");
        assert_eq!(sibling("./", Lang::Zh), "./");
        assert_eq!(sibling_result_link(Lang::En, "1AB"), "./?lang=en#r=1AB");
        assert_eq!(sibling_result_link(Lang::Zh, "1AB"), "./#r=1AB");
    }

    #[test]
    fn the_language_is_switched_and_the_rest_kept() {
        let address = Address::parse("http://x/zt/?a=1&lang=en&b=2#r=1");
        assert_eq!(address.page(Lang::Zh), "http://x/zt/?a=1&b=2");
        assert_eq!(address.page(Lang::En), "http://x/zt/?a=1&b=2&lang=en");
        assert_eq!(
            Address::parse("http://x/?lang=en").page(Lang::Zh),
            "http://x/"
        );
        assert_eq!(address.fragment(), "#r=1");
    }
}
