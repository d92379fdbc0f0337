//! The widget's address: what it asks for (the language in its query, a
//! result in its fragment) and the addresses it makes (the page in another
//! language, a result link). The one place that reads or writes a query.
//!
//! ```
//! use selfcheck::model::link::address::Address;
//! use selfcheck::model::i18n::Lang;
//!
//! let address = Address::parse("https://gov.example/zt/?from=singlemessage&lang=en#r=1AB");
//! assert_eq!(address.lang(), Lang::En);
//! assert_eq!(address.fragment(), "#r=1AB");
//! assert_eq!(address.page(Lang::Zh), "https://gov.example/zt/?from=singlemessage");
//! assert_eq!(address.result_link(Lang::En, "1XY"), "https://gov.example/zt/?from=singlemessage&lang=en#r=1XY");
//! ```

use crate::model::i18n::Lang;

/// The fragment key before a result's payload: `#r=PAYLOAD`.
pub const RESULT_KEY: &str = "r=";

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
            match pair.strip_prefix("lang=") {
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
        let lang_pair = (lang == Lang::En).then_some("lang=en");
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
        format!("{}#{RESULT_KEY}{payload}", self.page(lang))
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
