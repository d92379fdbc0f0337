//! The records link's payload (`#s=…`): what a phone can keep as a link in
//! a chat, namely the current answers and profile and every saved result's
//! date, release and answers, under one checksum. Notes travel only in the
//! records file ([`crate::model::saved::records`]).
//!
//! Layout, in the result link's alphabet ([`super::codec`]):
//!
//! | chars | content |
//! | --- | --- |
//! | 1 | format: `1` |
//! | 2 | how many saved results follow (12 bits) |
//! | … | the current answers: a result payload without its checksum |
//! | 3 + … each | a saved result: its date (year − 2000 in 9 bits, month in 4, day in 5), then its answers as a result payload without its checksum |
//! | 4 | CRC-24 of the rubric id and every char before it |
//!
//! A result's length follows from its first three chars (format and
//! version), so results of every release fit. For the default rubric: 30
//! chars with no saved result (32 with a profile), and 26 more for each
//! saved result (28 with a profile): within 40 + 30 × saved results.
//!
//! ```
//! use selfcheck::model::link::records::{decode, encode, Records, Saved};
//! use selfcheck::model::link::codec::LinkError;
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let records = Records {
//!     current: "1ABAAAAAAAAAAAAAAAAAAAA_vE7".into(),
//!     saved: vec![Saved { date: "2026-03-02".into(), payload: "1ABAAAAAAAAAAAAAAAAAAAA_vE7".into() }],
//! };
//! let text = encode(&rubric.id, &records).unwrap();
//! assert_eq!(text.len(), 30 + 26);
//! assert_eq!(decode(rubric, &[], &text), Ok(records));
//! assert_eq!(decode(rubric, &[], &text[1..]), Err(LinkError::Damaged));
//! ```

use super::codec::{
    checked, decode_release, digit, unchecked, unchecked_len, value, verified, LinkError,
};
use crate::model::rubric::Rubric;

/// The format char of a records payload.
pub(super) const FORMAT: u8 = b'1';
/// No records payload this build writes comes near this; a longer run is
/// not read.
pub(super) const MAX_LEN: usize = 16_384;
const COUNT_CHARS: usize = 2;
const DATE_CHARS: usize = 3;
const FIRST_YEAR: u32 = 2000;

/// What a records link carries: results as result link payloads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Records {
    /// The current answers and profile.
    pub current: String,
    /// Every saved result, in the order kept.
    pub saved: Vec<Saved>,
}

/// A saved result, without its id and note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// When it was saved, `YYYY-MM-DD`.
    pub date: String,
    /// Its answers, as a result link's payload (which names its release).
    pub payload: String,
}

/// The payload of a records link for the rubric with id `rubric_id`; none
/// where a date is not `YYYY-MM-DD` between the years 2000 and 2511 or
/// there are more than 4,095 saved results.
pub fn encode(rubric_id: &str, records: &Records) -> Option<String> {
    let count = u32::try_from(records.saved.len())
        .ok()
        .filter(|&n| n < 1 << 12)?;
    let mut body = String::from(char::from(FORMAT));
    body.extend([digit(count >> 6), digit(count)]);
    body.push_str(unchecked(&records.current));
    for saved in &records.saved {
        let date = date_bits(&saved.date)?;
        body.extend([digit(date >> 12), digit(date >> 6), digit(date)]);
        body.push_str(unchecked(&saved.payload));
    }
    Some(checked(rubric_id, &body))
}

/// The records a payload carries, each result checked as a result link is
/// ([`decode_release`]): for `current`, or one of its earlier `releases`.
pub fn decode(current: &Rubric, releases: &[Rubric], text: &str) -> Result<Records, LinkError> {
    if text.len() > MAX_LEN || text.as_bytes().first() != Some(&FORMAT) {
        return Err(LinkError::Damaged);
    }
    let body = verified(&current.id, text).ok_or(LinkError::Damaged)?;
    let mut rest = body.get(1..).ok_or(LinkError::Damaged)?;
    let count = number(take(&mut rest, COUNT_CHARS)?)?;
    let result = |rest: &mut &str| {
        let len = unchecked_len(current, releases, rest)?;
        let payload = checked(&current.id, take(rest, len)?);
        decode_release(current, releases, &payload)?;
        Ok(payload)
    };
    let current_payload = result(&mut rest)?;
    let mut saved = Vec::new();
    for _ in 0..count {
        let date = date_text(number(take(&mut rest, DATE_CHARS)?)?)?;
        saved.push(Saved {
            date,
            payload: result(&mut rest)?,
        });
    }
    if !rest.is_empty() {
        return Err(LinkError::Damaged);
    }
    Ok(Records {
        current: current_payload,
        saved,
    })
}

/// The first `len` chars of `rest`, which then goes on after them.
fn take<'a>(rest: &mut &'a str, len: usize) -> Result<&'a str, LinkError> {
    let taken = rest.get(..len).ok_or(LinkError::Damaged)?;
    *rest = &rest[len..];
    Ok(taken)
}

/// The number written in base64 digits, most significant first.
fn number(digits: &str) -> Result<u32, LinkError> {
    digits
        .bytes()
        .try_fold(0, |acc, b| Some(acc << 6 | value(b)?))
        .ok_or(LinkError::Damaged)
}

fn date_bits(date: &str) -> Option<u32> {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let in_range = date.len() == 10
        && (FIRST_YEAR..FIRST_YEAR + 512).contains(&year)
        && (1..=12).contains(&month)
        && (1..=31).contains(&day);
    in_range.then(|| (year - FIRST_YEAR) << 9 | month << 5 | day)
}

fn date_text(bits: u32) -> Result<String, LinkError> {
    let (year, month, day) = (FIRST_YEAR + (bits >> 9), bits >> 5 & 15, bits & 31);
    if !(1..=12).contains(&month) || day == 0 {
        return Err(LinkError::Damaged);
    }
    Ok(format!("{year}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_within_their_range() {
        for date in ["2000-01-01", "2026-12-06", "2511-12-31"] {
            assert_eq!(date_text(date_bits(date).unwrap()).as_deref(), Ok(date));
        }
        for date in [
            "1999-12-31",
            "2512-01-01",
            "2026-13-01",
            "2026-00-10",
            "2026-1-1",
            "today",
        ] {
            assert_eq!(date_bits(date), None, "{date}");
        }
    }
}
