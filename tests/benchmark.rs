//! The benchmark file: what goes in, what is left out, and what is refused.

use selfcheck::model::benchmark::{Benchmark, BenchmarkError, Figures, Standing};
use selfcheck::model::cohort::{read, segments, Filter, Moves};
use selfcheck::model::engine::{evaluate, Answers};
use selfcheck::model::link::codec::encode;
use selfcheck::model::rubric::Rubric;

/// Results whose n-th answers all `n % 4`, industry C for the first 12,
/// I for the next 5, none after; size small for every other one.
fn cohort(count: usize) -> String {
    let rubric = Rubric::embedded();
    let industry = rubric.field_ix("industry").unwrap();
    let size = rubric.field_ix("size").unwrap();
    (0..count)
        .map(|n| {
            let key = (n % 4).to_string();
            let mut answers = Answers::all(rubric, rubric.choice(&key));
            // Some results differ in one answer, so none repeats another.
            answers.set(rubric.items().nth(n % 40).unwrap().ix, rubric.choice("na"));
            let code = match n {
                0..12 => Some("C"),
                12..17 => Some("I"),
                _ => None,
            };
            answers.set_profile(
                industry,
                code.and_then(|c| rubric.field(industry).choice_ix(c)),
            );
            if n % 2 == 0 {
                answers.set_profile(size, rubric.field(size).choice_ix("small"));
            }
            format!("企业{n} https://x.cn/#r={}\n", encode(rubric, &answers))
        })
        .collect()
}

#[test]
fn segments_under_ten_are_left_out() {
    let rubric = Rubric::embedded();
    let reading = read(rubric, &[], &cohort(30));
    assert_eq!(reading.results.len(), 30);
    let benchmark = Benchmark::of(rubric, &reading.results, "2026-11-30");
    let all = benchmark.all.as_ref().unwrap();
    assert_eq!(all.count, 30);
    let held: Vec<(&str, &str, usize)> = benchmark
        .segments
        .iter()
        .map(|s| (&*s.field, &*s.value, s.figures.count))
        .collect();
    // I has 5 results and is left out.
    assert_eq!(held, [("industry", "C", 12), ("size", "small", 15)]);
    assert_eq!(all.overall.len(), 101);
    assert_eq!(all.overall.iter().sum::<usize>(), 30);
    assert_eq!(all.levels.values().sum::<usize>(), 30);
    // The reader's segments show every value present, "not given" last.
    let shown: Vec<(&str, Option<&str>, usize)> =
        segments(rubric, &reading.results, &Filter::all(rubric))
            .iter()
            .map(|s| {
                let field = rubric.field(s.field);
                (
                    &*field.id,
                    s.choice.map(|c| &*field.choices[c as usize].code),
                    s.count,
                )
            })
            .collect();
    assert_eq!(
        shown,
        [
            ("industry", Some("C"), 12),
            ("industry", Some("I"), 5),
            ("industry", None, 13),
            ("size", Some("small"), 15),
            ("size", None, 15)
        ]
    );
}

#[test]
fn fewer_than_ten_in_all_hold_nothing() {
    let rubric = Rubric::embedded();
    let reading = read(rubric, &[], &cohort(9));
    let benchmark = Benchmark::of(rubric, &reading.results, "2026-11-30");
    assert_eq!((benchmark.all, benchmark.segments.len()), (None, 0));
}

#[test]
fn a_file_round_trips_and_places_a_result() {
    let rubric = Rubric::embedded();
    let reading = read(rubric, &[], &cohort(30));
    let benchmark = Benchmark::of(rubric, &reading.results, "2026-11-30");
    let read_back = Benchmark::read(&benchmark.to_json(), rubric).unwrap();
    assert_eq!(read_back, benchmark);
    // All answered 2 and industry C: above the 0s and 1s, not the 2s.
    let mut answers = Answers::all(rubric, rubric.choice("2"));
    let industry = rubric.field_ix("industry").unwrap();
    answers.set_profile(industry, rubric.field(industry).choice_ix("C"));
    let evaluation = evaluate(rubric, &answers);
    let standing =
        Standing::of(&benchmark, rubric, &evaluation, answers.profile_choices()).unwrap();
    let expected_lower = reading
        .results
        .iter()
        .filter(|r| r.overall().unwrap() < 67)
        .count();
    assert_eq!(standing.count, 30);
    assert_eq!(standing.overall, Some((expected_lower * 100 / 30) as u32));
    let c_lower = reading.results[..12]
        .iter()
        .filter(|r| r.overall().unwrap() < 67)
        .count();
    assert_eq!(
        standing.segments,
        [(
            "industry".to_string(),
            Some((12, (c_lower * 100 / 12) as u32))
        )]
    );
    assert_eq!(Figures::below(&[1, 0, 3], 2), Some(25));
    assert_eq!(Figures::below(&[0, 0], 1), None);
}

#[test]
fn a_file_for_another_rubric_or_version_is_refused() {
    let rubric = Rubric::embedded();
    let reading = read(rubric, &[], &cohort(12));
    let text = Benchmark::of(rubric, &reading.results, "2026-11-30").to_json();
    let other = text.replace("\"cloud-adoption\"", "\"other\"");
    assert_eq!(
        Benchmark::read(&other, rubric),
        Err(BenchmarkError::OtherRubric("other".into()))
    );
    let later = text.replace("\"version\": 1,", "\"version\": 2,");
    assert_eq!(
        Benchmark::read(&later, rubric),
        Err(BenchmarkError::OtherVersion(2))
    );
    let newer = text.replace("\"format_version\": 1", "\"format_version\": 9");
    assert_eq!(
        Benchmark::read(&newer, rubric).unwrap_err().to_string(),
        "benchmark.json: format `selfcheck-benchmark` version 9; this build reads `selfcheck-benchmark` version 1"
    );
    assert!(matches!(
        Benchmark::read("not json", rubric),
        Err(BenchmarkError::NotBenchmark(_))
    ));
}

#[test]
fn every_inconsistency_is_reported_at_once() {
    let rubric = Rubric::embedded();
    let reading = read(rubric, &[], &cohort(30));
    let mut benchmark = Benchmark::of(rubric, &reading.results, "2026-11-30");
    benchmark.date = "30.11.2026".into();
    let all = benchmark.all.as_mut().unwrap();
    all.overall.pop();
    all.levels.insert("L9".into(), 1);
    benchmark.segments[0].figures.count = 4;
    benchmark.segments[1].value = "giant".into();
    let text = benchmark.to_json();
    assert_eq!(
        Benchmark::read(&text, rubric).unwrap_err().to_string(),
        [
            "benchmark.json: date: `30.11.2026` is not a YYYY-MM-DD date",
            "benchmark.json: all.overall: 100 entries; scores 0 to 100 need 101",
            "benchmark.json: all.levels: unknown level `L9`",
            "benchmark.json: all.levels: they add up to 31, not the 30 results",
            "benchmark.json: segments[0].count: 4 results; a figure needs at least 10",
            "benchmark.json: segments[0].overall: more scores than the 4 results",
            "benchmark.json: segments[0].parts.infra: more scores than the 4 results",
            "benchmark.json: segments[0].parts.mgmt: more scores than the 4 results",
            "benchmark.json: segments[0].parts.biz: more scores than the 4 results",
            "benchmark.json: segments[0].levels: they add up to 12, not the 4 results",
            "benchmark.json: segments[1].value: `giant` is not a choice of `size`",
        ]
        .join("\n")
    );
}

#[test]
fn filters_narrow_and_comparison_links_give_moves() {
    let rubric = Rubric::embedded();
    let industry = rubric.field_ix("industry").unwrap();
    let low = encode(rubric, &Answers::all(rubric, rubric.choice("0")));
    let mut high = Answers::all(rubric, rubric.choice("2"));
    high.set_profile(industry, rubric.field(industry).choice_ix("C"));
    let high = encode(rubric, &high);
    let text = format!("甲 https://x.cn/#c={low}.{high}\n乙 https://x.cn/#r={low}\n");
    let reading = read(rubric, &[], &text);
    let all = Filter::all(rubric);
    let moves = Moves::of(rubric, &reading.results, &all);
    assert_eq!(moves.count, 1);
    let (l0, l3) = (
        rubric.level_ix("L0").unwrap(),
        rubric.level_ix("L3").unwrap(),
    );
    assert_eq!(moves.levels, [(l0, l3, 1)]);
    let whole =
        |f: Option<selfcheck::model::engine::Fraction>| f.map(selfcheck::model::engine::whole);
    let parts: Vec<_> = moves
        .parts
        .iter()
        .map(|(b, a)| (whole(*b), whole(*a)))
        .collect();
    assert_eq!(parts, [(Some(0), Some(67)); 3]);
    let mut only_c = all.clone();
    only_c.fields[industry.index()] = rubric.field(industry).choice_ix("C");
    let summary =
        selfcheck::model::cohort::CohortFigures::of_segment(rubric, &reading.results, &only_c);
    assert_eq!(summary.level_counts, [0, 0, 0, 1]);
    // The answers per item and what holds back are the segment's too: its
    // one result answered "2" throughout, at the top level.
    assert_eq!(summary.answers[0], [0, 0, 0, 1, 0, 0]);
    assert!(summary.holding_back.is_empty());
    let all_of_them =
        selfcheck::model::cohort::CohortFigures::of_segment(rubric, &reading.results, &all);
    assert_eq!(all_of_them.answers[0], [0, 1, 0, 1, 0, 0]);
    assert!(!all_of_them.holding_back.is_empty());
    let summary = selfcheck::model::cohort::CohortFigures::of(rubric, &reading.results);
    assert_eq!(summary.level_counts, [1, 0, 0, 1]);
}
