//! The result-link codec: round trips, and damaged links refused, never misread.

use proptest::prelude::*;
use selfcheck::model::engine::Answers;
use selfcheck::model::link::codec::{decode, encode, payload_at_start, LinkError};
use selfcheck::model::rubric::Rubric;

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn guide() -> Rubric {
    Rubric::embedded().clone()
}

/// Every item of `rubric` answered with the answer whose key is `key`.
fn all(rubric: &Rubric, key: &str) -> Answers {
    Answers::all(rubric, rubric.choice(key))
}

/// Answer sets for the guide: each item unanswered or any scale entry,
/// and its industry (20 choices) and size (4) not given or any choice.
fn any_answers() -> impl Strategy<Value = Answers> {
    (
        proptest::collection::vec(proptest::option::of(0u8..5), 40),
        proptest::option::of(0u8..20),
        proptest::option::of(0u8..4),
    )
        .prop_map(|(positions, industry, size)| {
            let rubric = guide();
            let mut answers = Answers::unanswered(&rubric);
            for (r, position) in rubric.items().zip(positions) {
                answers.set(r.ix, position.and_then(|p| rubric.choice_at(p)));
            }
            answers.set_profile(rubric.field_ix("industry").unwrap(), industry);
            answers.set_profile(rubric.field_ix("size").unwrap(), size);
            answers
        })
}

/// `answers` with a profile: the industry and size of these codes.
fn with_profile(rubric: &Rubric, mut answers: Answers, industry: &str, size: &str) -> Answers {
    for (id, code) in [("industry", industry), ("size", size)] {
        let field = rubric.field_ix(id).unwrap();
        answers.set_profile(field, rubric.field(field).choice_ix(code));
    }
    answers
}

#[test]
fn a_profile_is_carried_only_when_given_and_fits_in_32() {
    let rubric = guide();
    let answers = with_profile(&rubric, all(&rubric, "3"), "T", "micro");
    let payload = encode(&rubric, &answers);
    assert_eq!(payload.len(), 29);
    assert!(payload.starts_with('2'));
    assert_eq!(decode(&rubric, &payload), Ok(answers));
    let only_size = with_profile(&rubric, Answers::unanswered(&rubric), "", "large");
    assert_eq!(decode(&rubric, &encode(&rubric, &only_size)), Ok(only_size));
    // Without a profile, the link is as it was before profiles existed.
    let without = all(&rubric, "3");
    assert_eq!(encode(&rubric, &without).len(), 27);
    assert!(encode(&rubric, &without).starts_with('1'));
}

#[test]
fn links_made_before_profiles_still_open() {
    let rubric = guide();
    // Made by the build before profiles: nothing answered, and all "2".
    assert_eq!(
        decode(&rubric, "1ABAAAAAAAAAAAAAAAAAAAA_vE7"),
        Ok(Answers::unanswered(&rubric))
    );
    let payload = encode(&rubric, &all(&rubric, "2"));
    assert_eq!(decode(&rubric, &payload), Ok(all(&rubric, "2")));
}

#[test]
fn a_profile_choice_the_rubric_lacks_is_refused() {
    // Another build of the same rubric with 31 industries: the same bits,
    // choices this one does not have.
    let rubric = guide();
    let mut other = guide();
    let industry = other.field_ix("industry").unwrap();
    let choices = other.profile.to_mut()[industry.index()].choices.to_mut();
    let extra = choices[0].clone();
    choices.resize(31, extra);
    let mut answers = Answers::unanswered(&other);
    answers.set_profile(industry, Some(25));
    let payload = encode(&other, &answers);
    assert_eq!(payload.len(), 29);
    assert_eq!(decode(&rubric, &payload), Err(LinkError::Damaged));
}

#[test]
fn a_link_is_short_and_url_safe() {
    let rubric = guide();
    let full = all(&rubric, "na");
    let payload = encode(&rubric, &full);
    assert_eq!(payload.len(), 27);
    assert!(payload.chars().all(|c| ALPHABET.contains(c)));
    assert_eq!(
        encode(&rubric, &Answers::unanswered(&rubric)),
        "1ABAAAAAAAAAAAAAAAAAAAA_vE7"
    );
}

#[test]
fn a_link_for_another_version_is_named_as_such() {
    let mut rubric = guide();
    rubric.version = 7;
    let payload = encode(&rubric, &all(&rubric, "2"));
    assert_eq!(
        decode(&guide(), &payload),
        Err(LinkError::OtherVersion { version: 7 })
    );
    // ... even when that version had another number of items.
    rubric.parts.to_mut()[2].groups.to_mut()[2]
        .items
        .to_mut()
        .pop();
    let payload = encode(&rubric, &all(&rubric, "2"));
    assert_eq!(
        decode(&guide(), &payload),
        Err(LinkError::OtherVersion { version: 7 })
    );
}

#[test]
fn a_link_of_another_rubric_is_refused() {
    let mut other = guide();
    other.id = "another-region".into();
    let payload = encode(&other, &all(&other, "2"));
    assert_eq!(decode(&guide(), &payload), Err(LinkError::Damaged));
}

#[test]
fn odd_input_is_refused_quickly() {
    let rubric = guide();
    let huge = "A".repeat(1 << 20);
    for input in [
        "",
        "1",
        "r=",
        "1AB",
        "企业上云企业上云企业上云企业上云企业上",
        huge.as_str(),
    ] {
        assert_eq!(
            decode(&rubric, input),
            Err(LinkError::Damaged),
            "{input:.30}"
        );
    }
}

#[test]
fn the_checksum_decides_where_a_payload_ends() {
    let rubric = guide();
    let payload = encode(&rubric, &all(&rubric, "2"));
    for glued in ["", "abc", "A", "-_", "0"] {
        let run = format!("{payload}{glued}");
        assert_eq!(payload_at_start(&rubric.id, &run), payload, "{run}");
    }
    // Without a checksum that holds, all of it is taken (and read as damaged).
    let cut = &payload[..20];
    assert_eq!(payload_at_start(&rubric.id, cut), cut);
    assert_eq!(payload_at_start("another-rubric", &payload), payload);
}

proptest! {
    #[test]
    fn round_trip(answers in any_answers()) {
        let rubric = guide();
        let payload = encode(&rubric, &answers);
        prop_assert!(payload.len() <= 32);
        prop_assert_eq!(decode(&rubric, &payload), Ok(answers));
    }

    #[test]
    fn every_single_char_change_is_refused(answers in any_answers()) {
        let rubric = guide();
        let payload = encode(&rubric, &answers);
        for position in 0..payload.len() {
            for replacement in ALPHABET.chars().chain(['=', '%', '.', ' ', '中']) {
                if payload[position..].starts_with(replacement) {
                    continue;
                }
                let mut changed: Vec<char> = payload.chars().collect();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                prop_assert_eq!(decode(&rubric, &changed), Err(LinkError::Damaged), "{}", changed);
            }
        }
    }

    #[test]
    fn every_truncation_is_refused(answers in any_answers()) {
        let rubric = guide();
        let payload = encode(&rubric, &answers);
        for len in 0..payload.len() {
            prop_assert_eq!(decode(&rubric, &payload[..len]), Err(LinkError::Damaged));
        }
        prop_assert_eq!(decode(&rubric, &format!("{payload}A")), Err(LinkError::Damaged));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,64}") {
        let _ = decode(&guide(), &text);
    }

    #[test]
    fn arbitrary_url_safe_text_is_refused(text in "[A-Za-z0-9_-]{0,40}") {
        // 1 in 2^24 such strings could pass the check; none in 256 cases will.
        prop_assert!(decode(&guide(), &text).is_err());
    }
}

/// A link the browser tests open: made for version 2 of this rubric.
#[test]
fn the_other_version_fixture_of_the_browser_tests() {
    let mut version_2 = guide();
    version_2.version = 2;
    let mut answers = all(&version_2, "2");
    answers.set(version_2.items().next().unwrap().ix, None);
    let payload = encode(&version_2, &answers);
    assert_eq!(payload, "1ACDbbbbbbbbbbbbbbbbbbbAzAs");
    assert_eq!(
        decode(&guide(), &payload),
        Err(LinkError::OtherVersion { version: 2 })
    );
}

/// A link made for version 1 still opens when version 2 is current and 1
/// is kept among its releases, read and scored by version 1.
#[test]
fn a_link_of_an_earlier_release_is_read_by_that_release() {
    use selfcheck::model::engine::evaluate;
    use selfcheck::model::link::codec::decode_release;

    let text = std::fs::read_to_string("tests/rubrics/cloud-adoption-v2.toml").unwrap();
    let v2 = Rubric::from_toml("cloud-adoption-v2.toml", &text).unwrap();
    let v1 = guide();
    let mut answers = all(&v1, "2");
    let middleware = v1.item_ix("infra.it.middleware").unwrap();
    answers.set(middleware, v1.choice("3"));
    let payload = encode(&v1, &answers);

    let releases = [v1.clone()];
    let (rubric, read) = decode_release(&v2, &releases, &payload).unwrap();
    assert_eq!(rubric.version, 1);
    assert_eq!(read, answers);
    // Scored by version 1: its item 中间件, which version 2 dropped, counts.
    assert_eq!(read.get(middleware), v1.choice("3"));
    let infra = v1.part_ix("infra").unwrap();
    assert_eq!(evaluate(rubric, &read).part_score(rubric, infra), Some(71));
    // Without the release it is refused, naming the version.
    assert_eq!(
        decode_release(&v2, &[], &payload),
        Err(LinkError::OtherVersion { version: 1 })
    );
    // A link of the current version is read by it.
    let current = encode(&v2, &all(&v2, "1"));
    assert_eq!(
        decode_release(&v2, &releases, &current).unwrap().0.version,
        2
    );
}
