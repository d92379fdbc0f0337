//! The result-link codec: answers to and from the short text carried in the
//! URL fragment (`#r=…`).
//!
//! Layout, all in the URL-safe base64 alphabet (`A–Z a–z 0–9 - _`):
//!
//! | chars | content |
//! | --- | --- |
//! | 1 | format: `1` without a profile, `2` with one |
//! | 2 | rubric version (12 bits) |
//! | ⌈(3n + p)/6⌉ | n answers, 3 bits each: 0 unanswered, k+1 = `scale[k]`; then, in format `2`, each profile field's choice in the bits the rubric gives it (p in all): 0 not given, k+1 = its k-th choice |
//! | 4 | CRC-24 of the rubric id and every char before it |
//!
//! Forty items take 1 + 2 + 20 + 4 = 27 chars; with the default rubric's
//! profile (industry 5 bits, size 3), 29. The checksum covers the
//! rubric id, which the link does not carry, so a link of another rubric
//! is refused as damaged. A CRC-24 detects every error within 24
//! consecutive bits, so any single changed char is refused, never misread;
//! a truncated link of this version is refused by its length.
//!
//! ```
//! use selfcheck::model::link::codec::{decode, encode, LinkError};
//! use selfcheck::model::engine::Answers;
//! use selfcheck::model::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let mut answers = Answers::unanswered(&rubric);
//! answers.set(rubric.item_ix("infra.it.server").unwrap(), rubric.choice("2"));
//! let payload = encode(&rubric, &answers);
//! assert_eq!(payload.len(), 27);
//! assert_eq!(decode(&rubric, &payload), Ok(answers.clone()));
//! assert_eq!(decode(&rubric, &payload[..26]), Err(LinkError::Damaged));
//!
//! let industry = rubric.field_ix("industry").unwrap();
//! answers.set_profile(industry, rubric.field(industry).choice_ix("C"));
//! let payload = encode(&rubric, &answers);
//! assert_eq!(payload.len(), 29);
//! assert_eq!(decode(&rubric, &payload), Ok(answers));
//! ```

use std::fmt;

use crate::model::engine::Answers;
use crate::model::rubric::Rubric;

const FORMAT: u8 = b'1';
/// The format of a payload that carries a profile.
const FORMAT_WITH_PROFILE: u8 = b'2';
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VERSION_CHARS: usize = 2;
const CHECK_CHARS: usize = 4;
/// No valid payload comes near this; longer input is refused unread.
const MAX_PAYLOAD: usize = 1024;

/// Why a link's payload was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Mistyped, cut short or otherwise damaged (or made for another rubric).
    Damaged,
    /// Intact, but made for another version of this rubric.
    OtherVersion {
        /// The version the link was made for.
        version: u32,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Damaged => write!(f, "the result link is damaged, mistyped or incomplete"),
            LinkError::OtherVersion { version } => {
                write!(
                    f,
                    "the result link was made for version {version} of the rubric"
                )
            }
        }
    }
}

impl std::error::Error for LinkError {}

/// The payload for `answers`, which must have one entry per rubric item.
pub fn encode(rubric: &Rubric, answers: &Answers) -> String {
    let with_profile = answers.has_profile();
    let mut text = String::with_capacity(payload_len(rubric, with_profile));
    text.push(char::from(if with_profile {
        FORMAT_WITH_PROFILE
    } else {
        FORMAT
    }));
    text.push(digit(rubric.version >> 6));
    text.push(digit(rubric.version));
    let mut bits = BitWriter::default();
    for answer in answers.iter() {
        bits.push(answer.map_or(0, |c| u32::from(c.index()) + 1), 3);
    }
    if with_profile {
        for ((_, field), choice) in rubric.fields().zip(answers.profile_choices()) {
            bits.push(choice.map_or(0, |c| u32::from(c) + 1), field.link_bits());
        }
    }
    text.push_str(&bits.finish());
    let check = check(&rubric.id, text.as_bytes());
    for shift in [18, 12, 6, 0] {
        text.push(digit(check >> shift));
    }
    text
}

/// The answers carried by `payload`, checked against this rubric.
pub fn decode(rubric: &Rubric, payload: &str) -> Result<Answers, LinkError> {
    let bytes = payload.as_bytes();
    if bytes.len() > MAX_PAYLOAD || bytes.len() < 1 + VERSION_CHARS + CHECK_CHARS {
        return Err(LinkError::Damaged);
    }
    let values: Vec<u32> = bytes
        .iter()
        .map(|&b| value(b))
        .collect::<Option<_>>()
        .ok_or(LinkError::Damaged)?;
    let with_profile = match bytes[0] {
        FORMAT => false,
        FORMAT_WITH_PROFILE => true,
        _ => return Err(LinkError::Damaged),
    };
    let version = values[1] << 6 | values[2];
    if version == rubric.version && bytes.len() != payload_len(rubric, with_profile) {
        return Err(LinkError::Damaged);
    }
    let body = &bytes[..bytes.len() - CHECK_CHARS];
    let carried = values[body.len()..].iter().fold(0, |acc, v| acc << 6 | v);
    if carried != check(&rubric.id, body) {
        return Err(LinkError::Damaged);
    }
    if version != rubric.version {
        return Err(LinkError::OtherVersion { version });
    }
    let mut bits = BitReader::new(&values[1 + VERSION_CHARS..values.len() - CHECK_CHARS]);
    let mut answers = Answers::unanswered(rubric);
    for item in rubric.items() {
        let answer = match bits.take(3) {
            0 => None,
            code => Some(rubric.choice_at(code as u8 - 1).ok_or(LinkError::Damaged)?),
        };
        answers.set(item.ix, answer);
    }
    if with_profile {
        for (ix, field) in rubric.fields() {
            let choice = match bits.take(field.link_bits()) {
                0 => None,
                code => Some(code as u8 - 1),
            };
            if choice.is_some_and(|c| field.choice(c).is_none()) {
                return Err(LinkError::Damaged);
            }
            answers.set_profile(ix, choice);
        }
    }
    if bits.rest_is_zero() {
        Ok(answers)
    } else {
        Err(LinkError::Damaged)
    }
}

/// The answers carried by `payload` and the rubric they were made for: the
/// current one, or the earlier release whose version the link names.
pub fn decode_release<'r>(
    current: &'r Rubric,
    releases: &'r [Rubric],
    payload: &str,
) -> Result<(&'r Rubric, Answers), LinkError> {
    match decode(current, payload) {
        Ok(answers) => Ok((current, answers)),
        Err(LinkError::OtherVersion { version }) => {
            let release = releases
                .iter()
                .find(|r| r.version == version)
                .ok_or(LinkError::OtherVersion { version })?;
            Ok((release, decode(release, payload)?))
        }
        Err(error) => Err(error),
    }
}

/// The payload at the start of `run`, a text of payload characters that
/// may go on with characters glued to the link's end: the longest start
/// whose checksum holds for this rubric, or all of `run` when none does
/// (which then reads as damaged). The checksum, not the alphabet, decides
/// where a payload ends.
///
/// ```
/// use selfcheck::model::link::codec::payload_at_start;
///
/// let payload = "1ABAAAAAAAAAAAAAAAAAAAA_vE7";
/// let glued = format!("{payload}abc");
/// assert_eq!(payload_at_start("cloud-adoption", &glued), payload);
/// assert_eq!(payload_at_start("cloud-adoption", "1ABAAAA"), "1ABAAAA");
/// ```
pub fn payload_at_start<'a>(rubric_id: &str, run: &'a str) -> &'a str {
    checked_at_start(rubric_id, run, &[FORMAT, FORMAT_WITH_PROFILE], MAX_PAYLOAD)
}

/// [`payload_at_start`] for any checked text whose first char is one of
/// `formats` (a records link's payload too), at most `max` chars long.
pub(super) fn checked_at_start<'a>(
    rubric_id: &str,
    run: &'a str,
    formats: &[u8],
    max: usize,
) -> &'a str {
    let bytes = run.as_bytes();
    let shortest = 1 + VERSION_CHARS + CHECK_CHARS;
    let mut crc = Crc24::new();
    crc.update(rubric_id.as_bytes().iter().chain(&[0]));
    let mut longest = run;
    for end in shortest..=bytes.len().min(max) {
        let body = end - CHECK_CHARS;
        // The body grows by one char a step: the checksum of the longer
        // body goes on from that of the shorter.
        if body == 1 + VERSION_CHARS {
            crc.update(&bytes[..body]);
        } else {
            crc.update(&bytes[body - 1..body]);
        }
        let carried = bytes[body..end]
            .iter()
            .try_fold(0, |acc, &b| Some(acc << 6 | value(b)?));
        if carried == Some(crc.value()) && formats.contains(&bytes[0]) {
            longest = &run[..end];
        }
    }
    longest
}

/// The payload without its checksum: what a records link carries of each
/// result ([`super::records`]), under one checksum for them all.
pub fn unchecked(payload: &str) -> &str {
    &payload[..payload.len().saturating_sub(CHECK_CHARS)]
}

/// The payload whose unchecked form ([`unchecked`]) is `body`, for the
/// rubric with id `rubric_id`: `body` with its checksum.
pub fn checked(rubric_id: &str, body: &str) -> String {
    let check = check(rubric_id, body.as_bytes());
    let mut payload = body.to_string();
    for shift in [18, 12, 6, 0] {
        payload.push(digit(check >> shift));
    }
    payload
}

/// The release (rubric version) a payload names.
pub fn version_of(payload: &str) -> Option<u32> {
    let digits = payload.as_bytes().get(1..1 + VERSION_CHARS)?;
    digits
        .iter()
        .try_fold(0, |acc, &b| Some(acc << 6 | value(b)?))
}

/// `text` without its checksum, if the checksum holds for the rubric with
/// id `rubric_id`.
pub fn verified<'a>(rubric_id: &str, text: &'a str) -> Option<&'a str> {
    let body = text.get(..text.len().checked_sub(CHECK_CHARS)?)?;
    let carried = text.as_bytes()[body.len()..]
        .iter()
        .try_fold(0, |acc, &b| Some(acc << 6 | value(b)?))?;
    (carried == check(rubric_id, body.as_bytes())).then_some(body)
}

/// The length of the unchecked payload at the start of `text`, by the
/// release its version names (the current rubric or an earlier one).
pub fn unchecked_len(
    current: &Rubric,
    releases: &[Rubric],
    text: &str,
) -> Result<usize, LinkError> {
    let bytes = text.as_bytes();
    let with_profile = match bytes.first() {
        Some(&FORMAT) => false,
        Some(&FORMAT_WITH_PROFILE) => true,
        _ => return Err(LinkError::Damaged),
    };
    let version = version_of(text).ok_or(LinkError::Damaged)?;
    let rubric = std::iter::once(current)
        .chain(releases)
        .find(|r| r.version == version)
        .ok_or(LinkError::OtherVersion { version })?;
    Ok(payload_len(rubric, with_profile) - CHECK_CHARS)
}

/// Whether `byte` can be part of a payload.
pub fn is_payload_byte(byte: u8) -> bool {
    value(byte).is_some()
}

/// The length of a payload for `rubric`, with its profile or without.
fn payload_len(rubric: &Rubric, with_profile: bool) -> usize {
    let profile_bits: u32 = if with_profile {
        rubric.fields().map(|(_, f)| f.link_bits()).sum()
    } else {
        0
    };
    let bits = 3 * rubric.item_count() + profile_bits as usize;
    1 + VERSION_CHARS + bits.div_ceil(6) + CHECK_CHARS
}

pub(super) fn digit(value: u32) -> char {
    char::from(ALPHABET[(value & 63) as usize])
}

pub(super) fn value(byte: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == byte).map(|v| v as u32)
}

/// The checksum of a link: of the rubric id, a 0 separator and `body`.
fn check(rubric_id: &str, body: &[u8]) -> u32 {
    let mut crc = Crc24::new();
    crc.update(rubric_id.as_bytes().iter().chain(&[0]).chain(body));
    crc.value()
}

/// CRC-24/OPENPGP, fed in pieces.
struct Crc24(u32);

impl Crc24 {
    fn new() -> Crc24 {
        Crc24(0xB7_04CE)
    }

    fn update<'a>(&mut self, bytes: impl IntoIterator<Item = &'a u8>) {
        const POLY: u32 = 0x86_4CFB;
        for &byte in bytes {
            self.0 ^= u32::from(byte) << 16;
            for _ in 0..8 {
                self.0 <<= 1;
                if self.0 & 0x100_0000 != 0 {
                    self.0 ^= POLY;
                }
            }
            self.0 &= 0xFF_FFFF;
        }
    }

    fn value(&self) -> u32 {
        self.0
    }
}

/// Packs values into base64 digits, most significant bit first.
#[derive(Default)]
struct BitWriter {
    text: String,
    acc: u32,
    bits: u32,
}

impl BitWriter {
    fn push(&mut self, value: u32, width: u32) {
        self.acc = self.acc << width | value;
        self.bits += width;
        while self.bits >= 6 {
            self.bits -= 6;
            self.text.push(digit(self.acc >> self.bits));
        }
        self.acc &= (1 << self.bits) - 1;
    }

    /// The digits, the last padded with zero bits.
    fn finish(mut self) -> String {
        if self.bits > 0 {
            self.text.push(digit(self.acc << (6 - self.bits)));
        }
        self.text
    }
}

/// Reads values back from base64 digit values.
struct BitReader<'a> {
    digits: &'a [u32],
    acc: u32,
    bits: u32,
}

impl<'a> BitReader<'a> {
    fn new(digits: &'a [u32]) -> Self {
        BitReader {
            digits,
            acc: 0,
            bits: 0,
        }
    }

    /// The next `width` bits; zero bits past the end.
    fn take(&mut self, width: u32) -> u32 {
        while self.bits < width {
            let (&next, rest) = self.digits.split_first().unwrap_or((&0, &[]));
            self.digits = rest;
            self.acc = self.acc << 6 | next;
            self.bits += 6;
        }
        self.bits -= width;
        let value = self.acc >> self.bits;
        self.acc &= (1 << self.bits) - 1;
        value
    }

    /// True when the unread bits (padding) are all zero.
    fn rest_is_zero(&self) -> bool {
        self.acc == 0 && self.digits.iter().all(|&d| d == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc24_is_openpgps() {
        // The catalogue's check value for CRC-24/OPENPGP.
        let mut crc = Crc24::new();
        crc.update(b"123456789");
        assert_eq!(crc.value(), 0x21_CF02);
    }

    #[test]
    fn bits_round_trip() {
        let mut writer = BitWriter::default();
        [5, 0, 7, 1, 2].iter().for_each(|&v| writer.push(v, 3));
        let text = writer.finish();
        assert_eq!(text, "o5Q");
        let digits: Vec<u32> = text.bytes().map(|b| value(b).unwrap()).collect();
        let mut reader = BitReader::new(&digits);
        let read: Vec<u32> = (0..5).map(|_| reader.take(3)).collect();
        assert_eq!(read, [5, 0, 7, 1, 2]);
        assert!(reader.rest_is_zero());
    }
}
