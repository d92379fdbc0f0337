//! Finding result links in any pasted text, such as a chat export or a
//! spreadsheet column (the officials' reader), by the rules the widget
//! reads its own fragment by ([`super`]):
//!
//! - a link is marked by its fragment, `#r=` (or `#r%3D`, as some apps
//!   percent-encode it), and begins at its `http://` or `https://`, or at
//!   the address before the `#` where it has no scheme;
//! - a comparison link, `#c=BEFORE.AFTER`, counts as its later result
//!   (the enterprise as it is now), so a reader loses none sent that way;
//! - a records link, `#s=…`, is found whole, to be read as its latest
//!   result ([`crate::model::cohort`]);
//! - a query before the fragment (`?from=singlemessage`) is part of it;
//! - the payload's checksum decides where the link ends, so characters
//!   glued to its end (`。`, `）`, `"`, `&from=…`, even letters) are never
//!   taken for part of it;
//! - a link's label is the rest of its line, trimmed of separators.
//!
//! ```
//! use selfcheck::model::link::finder::find_links;
//!
//! let text = "某某科技有限公司，https://gov.example/zt/?from=singlemessage#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7。";
//! let found = find_links(text, "cloud-adoption");
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].payload, "1ABAAAAAAAAAAAAAAAAAAAA_vE7");
//! assert_eq!(found[0].label, "某某科技有限公司");
//! assert_eq!(found[0].line, 1);
//! ```

use super::{comparison_parts, payload_of, records_payload_of, RECORDS_MARKERS, RESULT_MARKERS};

/// A result link found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLink<'a> {
    /// The line it stands on, from 1.
    pub line: usize,
    /// The link as written, from its start to the end of its payload.
    pub link: &'a str,
    /// The payload, for [`crate::model::link::codec::decode`]: the later
    /// result's, for a comparison link.
    pub payload: &'a str,
    /// A comparison link's earlier payload (`BEFORE` of `#c=BEFORE.AFTER`).
    pub before: Option<&'a str>,
    /// Whether it is a records link, whose payload is the records'
    /// ([`crate::model::link::records`]).
    pub records: bool,
    /// The rest of its line with separators trimmed (the enterprise's name,
    /// usually); may be empty.
    pub label: String,
}

/// Every result link in `text`, in order.
pub fn find_links<'a>(text: &'a str, rubric_id: &str) -> Vec<FoundLink<'a>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut found = Vec::new();
    for (number, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let spans = links_in_line(line, rubric_id);
        let labels = labels(line, &spans);
        for ((start, payload), label) in spans.into_iter().zip(labels) {
            let link = &line[start..payload.end];
            let fragment = &link[link.rfind('#').map_or(0, |hash| hash + 1)..];
            found.push(FoundLink {
                line: number + 1,
                link,
                payload: &line[payload],
                before: comparison_parts(fragment).map(|(before, _)| before),
                records: records_marker(fragment).is_some(),
                label,
            });
        }
    }
    found
}

/// Each link of a line: where it starts, and the byte range of its payload.
fn links_in_line(line: &str, rubric_id: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut links = Vec::new();
    let mut searched = 0;
    while let Some(offset) = line[searched..].find('#') {
        let hash = searched + offset;
        let Some(offset) = payload_offset(&line[hash + 1..]) else {
            searched = hash + 1;
            continue;
        };
        let payload_start = hash + 1 + offset;
        let payload = if records_marker(&line[hash + 1..]).is_some() {
            records_payload_of(&line[payload_start..], rubric_id)
        } else {
            payload_of(&line[payload_start..], rubric_id)
        };
        let payload_end = payload_start + payload.len();
        let previous_end = links
            .last()
            .map_or(0, |(_, p): &(usize, std::ops::Range<usize>)| p.end);
        links.push((
            link_start(line, previous_end, hash),
            payload_start..payload_end,
        ));
        searched = payload_end.max(hash + 1);
    }
    links
}

/// The records marker a fragment (after its `#`) begins with, if any.
fn records_marker(fragment: &str) -> Option<&'static str> {
    RECORDS_MARKERS
        .iter()
        .find(|m| fragment.starts_with(**m))
        .copied()
}

/// Where in a fragment (after its `#`) the payload to read starts: after
/// `r=` or `s=`, or at the later result of a comparison link.
fn payload_offset(fragment: &str) -> Option<usize> {
    let marker = RESULT_MARKERS.iter().find(|m| fragment.starts_with(**m));
    if let Some(marker) = marker.copied().or_else(|| records_marker(fragment)) {
        return Some(marker.len());
    }
    let (_, after) = comparison_parts(fragment)?;
    Some(fragment.len() - after.len())
}

/// Where the link whose fragment begins at `hash` starts: at its scheme,
/// or else at the start of the address before the `#`, never before
/// `floor` (the end of the link before it).
fn link_start(line: &str, floor: usize, hash: usize) -> usize {
    let before = &line[floor..hash];
    let address_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_address_char(c))
        .last()
        .map_or(hash, |(i, _)| floor + i);
    let lower = before.to_ascii_lowercase();
    let scheme = ["https://", "http://"]
        .iter()
        .filter_map(|s| lower.rfind(s))
        .max()
        .map(|i| floor + i)
        .filter(|&i| !line[i..hash].contains(char::is_whitespace));
    scheme.unwrap_or(address_start)
}

/// Characters of an address without a scheme, such as `www.example.gov.cn/zt/`.
fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~/?=&%+@!$*".contains(c)
}

/// Characters trimmed from both ends of a label.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || ",，:：|;；、。\"'“”‘’()（）".contains(c)
}

/// The label of each link of a line. With one link, the line without it;
/// with several, the text before each link (back to the previous one), or
/// where that is empty the text after it (up to the next one).
fn labels(line: &str, links: &[(usize, std::ops::Range<usize>)]) -> Vec<String> {
    let trim = |text: &str| text.trim_matches(is_separator).to_string();
    if let [(start, payload)] = links {
        let parts = [trim(&line[..*start]), trim(&line[payload.end..])];
        let label: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
        return vec![label.join(" ")];
    }
    (0..links.len())
        .map(|i| {
            let previous_end = if i == 0 { 0 } else { links[i - 1].1.end };
            let next_start = links.get(i + 1).map_or(line.len(), |(start, _)| *start);
            let before = trim(&line[previous_end..links[i].0]);
            if before.is_empty() {
                trim(&line[links[i].1.end..next_start])
            } else {
                before
            }
        })
        .collect()
}
