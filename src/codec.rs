//! The result-link codec: answers to and from the short text carried in the
//! URL fragment (`#r=…`).
//!
//! Layout, all in the URL-safe base64 alphabet (`A–Z a–z 0–9 - _`):
//!
//! | chars | content |
//! | --- | --- |
//! | 1 | format, `1` |
//! | 2 | rubric version (12 bits) |
//! | ⌈3n/6⌉ | n answers, 3 bits each: 0 unanswered, k+1 = `scale[k]` |
//! | 4 | CRC-24 of the rubric id and every char before it |
//!
//! Forty items take 1 + 2 + 20 + 4 = 27 chars. The checksum covers the
//! rubric id, which the link does not carry, so a link of another rubric
//! is refused as damaged. A CRC-24 detects every error within 24
//! consecutive bits, so any single changed char is refused, never misread;
//! a truncated link of this version is refused by its length.
//!
//! ```
//! use selfcheck::codec::{decode, encode, LinkError};
//! use selfcheck::engine::Answers;
//! use selfcheck::rubric::Rubric;
//!
//! let rubric = Rubric::embedded();
//! let mut answers = Answers::unanswered(rubric.item_count());
//! answers.set(0, rubric.choice_index("2"));
//! let payload = encode(&rubric, &answers);
//! assert_eq!(payload.len(), 27);
//! assert_eq!(decode(&rubric, &payload), Ok(answers));
//! assert_eq!(decode(&rubric, &payload[..26]), Err(LinkError::Damaged));
//! ```

use std::fmt;

use crate::engine::Answers;
use crate::rubric::Rubric;

/// The fragment key before the payload: `#r=PAYLOAD`.
pub const FRAGMENT_KEY: &str = "r=";

const FORMAT: u8 = b'1';
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
    OtherVersion { version: u32 },
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
    let mut text = String::with_capacity(payload_len(answers.len()));
    text.push(char::from(FORMAT));
    text.push(digit(rubric.version >> 6));
    text.push(digit(rubric.version));
    let mut bits = BitWriter::default();
    for choice in answers.choices() {
        bits.push(choice.map_or(0, |c| u32::from(c) + 1), 3);
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
    if bytes[0] != FORMAT {
        return Err(LinkError::Damaged);
    }
    let version = values[1] << 6 | values[2];
    let count = rubric.item_count();
    if version == rubric.version && bytes.len() != payload_len(count) {
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
    let choices = (0..count)
        .map(|_| match bits.take(3) {
            0 => Ok(None),
            code if (code as usize) <= rubric.scale.len() => Ok(Some(code as u8 - 1)),
            _ => Err(LinkError::Damaged),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if bits.rest_is_zero() {
        Ok(Answers::from_choices(choices))
    } else {
        Err(LinkError::Damaged)
    }
}

/// The payload from a URL fragment (with or without its `#`), if it holds one.
pub fn payload_from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(FRAGMENT_KEY)
}

fn payload_len(items: usize) -> usize {
    1 + VERSION_CHARS + (3 * items).div_ceil(6) + CHECK_CHARS
}

fn digit(value: u32) -> char {
    char::from(ALPHABET[(value & 63) as usize])
}

fn value(byte: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == byte).map(|v| v as u32)
}

/// The checksum of a link: of the rubric id, a 0 separator and `body`.
fn check(rubric_id: &str, body: &[u8]) -> u32 {
    crc24(rubric_id.as_bytes().iter().chain(&[0]).chain(body))
}

/// CRC-24/OPENPGP.
fn crc24<'a>(bytes: impl IntoIterator<Item = &'a u8>) -> u32 {
    const INIT: u32 = 0xB7_04CE;
    const POLY: u32 = 0x86_4CFB;
    bytes.into_iter().fold(INIT, |mut crc, &byte| {
        crc ^= u32::from(byte) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= POLY;
            }
        }
        crc & 0xFF_FFFF
    })
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
        assert_eq!(crc24(b"123456789"), 0x21_CF02);
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
