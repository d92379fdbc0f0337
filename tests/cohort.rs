//! The officials' reader's core: counts, cohort figures and the CSV,
//! checked against values computed here from the answers themselves.

use selfcheck::model::cohort::{read, to_csv, CohortFigures};
use selfcheck::model::engine::Answers;
use selfcheck::model::engine::{whole, Fraction};
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::codec::{encode, LinkError};
use selfcheck::model::rubric::Rubric;

/// Pseudo-random answer sets, the same on every run.
fn answer_sets(rubric: &Rubric, count: usize) -> Vec<Answers> {
    let keys = ["", "0", "1", "2", "3", "na"];
    let mut state: u64 = 0x5eed;
    (0..count)
        .map(|n| {
            let mut answers = Answers::unanswered(rubric);
            for r in rubric.items() {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                // Cohorts lean towards answered and on the cloud.
                let key = keys[((state >> 33) as usize + n) % keys.len()];
                answers.set(r.ix, rubric.choice(key));
            }
            answers
        })
        .collect()
}

/// A part's score computed from scratch: the mean over its groups of the
/// mean of their applicable items' points, out of 100.
fn part_score(rubric: &Rubric, answers: &Answers, part: usize) -> Option<f64> {
    let groups: Vec<f64> = rubric.parts[part]
        .groups
        .iter()
        .filter_map(|group| {
            let points: Vec<f64> = group
                .items
                .iter()
                .filter_map(|item| {
                    let answer = answers.get(rubric.item_ix(&item.id).unwrap());
                    match answer.map(|c| &*rubric.answer(c).key) {
                        None => Some(0.0),
                        Some("na") => None,
                        Some(key) => Some(key.parse::<f64>().unwrap()),
                    }
                })
                .collect();
            (!points.is_empty()).then(|| points.iter().sum::<f64>() / points.len() as f64)
        })
        .collect();
    (!groups.is_empty()).then(|| groups.iter().sum::<f64>() / groups.len() as f64 * 100.0 / 3.0)
}

#[test]
fn a_messy_list_is_read_into_results_refusals_and_repeats() {
    let rubric = Rubric::embedded();
    let sets = answer_sets(rubric, 60);
    let mut version_2 = rubric.clone();
    version_2.version = 2;
    let mut text = String::from("企业名称,结果链接\n");
    for (n, answers) in sets.iter().enumerate() {
        text.push_str(&format!(
            "企业{n},https://x.cn/zt/#r={}\n",
            encode(rubric, answers)
        ));
    }
    // Repeats of the first two, a damaged link and one of another version.
    text.push_str(&format!(
        "企业0 again https://x.cn/zt/#r={}。\n",
        encode(rubric, &sets[0])
    ));
    text.push_str(&format!(
        "企业1 again https://x.cn/zt/#r={}\n",
        encode(rubric, &sets[1])
    ));
    text.push_str("坏链接 https://x.cn/zt/#r=1ABbbbYAAAAAAAAAAAAAAAAYMQ5\n");
    text.push_str(&format!(
        "旧版 https://x.cn/zt/#r={}\n",
        encode(&version_2, &sets[2])
    ));

    let reading = read(rubric, &[], &text);
    assert_eq!(reading.results.len(), 60);
    assert_eq!(reading.repeats.len(), 2);
    assert_eq!(reading.refused.len(), 2);
    assert_eq!(reading.links_found(), 64);
    assert_eq!(reading.repeats[0].first_line, 2);
    assert_eq!(reading.repeats[0].label, "企业0 again");
    assert_eq!(reading.refused[0].error, LinkError::Damaged);
    assert_eq!(reading.refused[0].line, 64);
    assert_eq!(
        reading.refused[1].error,
        LinkError::OtherVersion { version: 2 }
    );
    assert_eq!(reading.results[5].label, "企业5");
    assert_eq!(reading.results[5].line, 7);

    let summary = CohortFigures::of(rubric, &reading.results);
    // Level counts: each set evaluated on its own.
    let mut levels = vec![0; 4];
    for answers in &sets {
        levels[selfcheck::model::engine::evaluate(rubric, answers)
            .level
            .index()] += 1;
    }
    assert_eq!(summary.level_counts, levels);
    // Part means, from scratch.
    for part in 0..3 {
        let scores: Vec<f64> = sets
            .iter()
            .filter_map(|a| part_score(rubric, a, part))
            .collect();
        let mean = scores.iter().sum::<f64>() / scores.len() as f64;
        assert_eq!(summary.parts[part].count, scores.len());
        assert!(
            (summary.parts[part].mean.unwrap().to_f64() - mean).abs() < 1e-9,
            "part {part}"
        );
    }
    // Answer shares: every item's counts add up to the results.
    assert!(summary
        .answers
        .iter()
        .all(|counts| counts.iter().sum::<usize>() == 60));
    let server_2 = sets
        .iter()
        .filter(|a| a.get(rubric.item_ix("infra.it.server").unwrap()) == rubric.choice("2"))
        .count();
    assert_eq!(summary.answers[0][3], server_2);
    // What holds them back: counted from each result's plan.
    let in_plans: usize = reading
        .results
        .iter()
        .map(|r| match &r.next_steps {
            selfcheck::model::engine::NextSteps::Reach { changes, .. } => changes.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(
        summary.holding_back.iter().map(|(_, n)| n).sum::<usize>(),
        in_plans
    );
    assert!(summary.holding_back.windows(2).all(|w| w[0].1 >= w[1].1));
}

#[test]
fn the_csv_has_a_bom_a_header_and_a_row_a_result() {
    let rubric = Rubric::embedded();
    let mut answers = Answers::all(rubric, rubric.choice("2"));
    answers.set(rubric.item_ix("biz.marketing.support").unwrap(), None);
    answers.set(
        rubric.item_ix("mgmt.hr.payroll").unwrap(),
        rubric.choice("na"),
    );
    let industry = rubric.field_ix("industry").unwrap();
    answers.set_profile(industry, rubric.field(industry).choice_ix("C"));
    let link = format!("https://x.cn/#r={}", encode(rubric, &answers));
    let reading = read(rubric, &[], &format!("\"甲公司, 北京\",{link}\n"));
    let csv = to_csv(rubric, Lang::Zh, &reading.results);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(lines.len(), 3, "header, one row, and the final line end");
    let header: Vec<&str> = lines[0].trim_start_matches('\u{feff}').split(',').collect();
    assert_eq!(
        header[..8],
        [
            "label",
            "link",
            "overall",
            "level",
            "level_name",
            "infra",
            "mgmt",
            "biz"
        ]
    );
    assert_eq!(header.len(), 8 + 40 + 2);
    assert_eq!(header[8], "infra.it.server");
    assert_eq!(header[48..], ["industry", "size"]);
    let row = lines[1];
    assert!(
        row.starts_with(&format!("\"甲公司, 北京\",{link},")),
        "{row}"
    );
    let cells: Vec<&str> = row.rsplitn(43, ',').collect();
    assert_eq!(
        (cells[0], cells[1]),
        ("", "C"),
        "industry C, size not given"
    );
    assert_eq!(cells[2], "", "biz.marketing.support is unanswered");
    assert!(row.contains(",na,"), "mgmt.hr.payroll is na");
    let e = &reading.results[0].evaluation;
    let level = rubric.level(e.level);
    let expected = format!(
        ",{},{},{},",
        e.overall_score(rubric).unwrap(),
        level.id,
        level.name.zh
    );
    assert!(row.contains(&expected), "{row} has {expected}");
    assert_eq!(whole(Fraction::new(133, 2)), 67);
}

/// The reader reads every result the widget opens: with version 2 current
/// and version 1 among its releases, a version 1 result is listed with its
/// version, scored and levelled by version 1; the figures by item count
/// each item over the results whose release has it; a version never
/// released is still refused, named.
#[test]
fn results_of_an_earlier_release_are_read_by_its_rules() {
    let text = std::fs::read_to_string("tests/rubrics/cloud-adoption-v2.toml").unwrap();
    let v2: &'static Rubric = Box::leak(Box::new(
        Rubric::from_toml("cloud-adoption-v2.toml", &text).unwrap(),
    ));
    let v1 = Rubric::embedded();
    let releases: &'static [Rubric] = std::slice::from_ref(v1);
    let mut old = Answers::unanswered(v1);
    for r in v1.items() {
        old.set(r.ix, v1.choice("2"));
    }
    // 中间件 is in version 1 only.
    old.set(v1.item_ix("infra.it.middleware").unwrap(), v1.choice("3"));
    let mut new = Answers::unanswered(v2);
    for r in v2.items() {
        new.set(r.ix, v2.choice("1"));
    }
    // A link of a version 7 that this build never released.
    let mut v7 = v1.clone();
    v7.version = 7;
    let text = format!(
        "旧 https://x.cn/#r={}\n新 https://x.cn/#r={}\n怪 https://x.cn/#r={}\n",
        encode(v1, &old),
        encode(v2, &new),
        encode(&v7, &old)
    );
    let reading = read(v2, releases, &text);
    assert_eq!(reading.results.len(), 2);
    let (earlier, current) = (&reading.results[0], &reading.results[1]);
    assert_eq!((earlier.rubric.version, current.rubric.version), (1, 2));
    // Scored by version 1, as the widget opens it.
    let evaluation = selfcheck::model::engine::evaluate(v1, &old);
    assert_eq!(earlier.overall(), evaluation.overall_score(v1));
    assert_eq!(earlier.part_score("infra"), Some(71));
    assert_eq!(earlier.level().id, v1.level(evaluation.level).id);
    assert_eq!(reading.refused.len(), 1);
    assert_eq!(
        reading.refused[0].error,
        LinkError::OtherVersion { version: 7 }
    );

    let summary = CohortFigures::of(v2, &reading.results);
    assert_eq!(summary.versions, [(2, 1), (1, 1)]);
    assert_eq!(summary.level_counts.iter().sum::<usize>(), 2);
    // Each item of version 2 over the results whose release has it.
    for r in v2.items() {
        let counted: usize = summary.answers[r.ix.index()].iter().sum();
        let expected = 1 + usize::from(v1.item_ix(&r.item.id).is_some());
        assert_eq!(counted, expected, "{}", r.item.id);
    }
    // The CSV: version 1's own scores; empty where its release lacks an item.
    let csv = to_csv(v2, Lang::Zh, &reading.results);
    let first_row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(first_row[0], "旧");
    assert_eq!(first_row[2], earlier.overall().unwrap().to_string());
    let header: Vec<&str> = csv
        .lines()
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    for (column, id) in header.iter().enumerate().skip(5 + v2.parts.len()) {
        let expected = if v1.item_ix(id).is_some() { "2" } else { "" };
        assert_eq!(first_row[column], expected, "{id}");
    }
}

#[test]
fn a_records_link_counts_as_its_latest_result_with_its_earliest_before() {
    use selfcheck::model::cohort::{Filter, Moves};
    use selfcheck::model::saved::records::Records;
    use selfcheck::model::saved::snapshots::Snapshot;

    let rubric = Rubric::embedded();
    let saved = |id, date: &str, key| Snapshot {
        id,
        date: date.into(),
        payload: encode(rubric, &Answers::all(rubric, rubric.choice(key))),
        note: String::new(),
    };
    let records = Records {
        answers: Answers::all(rubric, rubric.choice("3")),
        // Kept out of date order: the earliest is taken as the before.
        snapshots: vec![saved(2, "2026-06-01", "2"), saved(1, "2026-03-02", "0")],
        notebook: Default::default(),
    };
    let payload = records.to_link_payload(rubric).unwrap();
    let text = format!(
        "甲公司 https://x.cn/#s={payload}。\n乙公司 https://x.cn/#s={}\n甲公司 https://x.cn/#r={}",
        &payload[..payload.len() - 1],
        encode(rubric, &records.answers),
    );
    let reading = read(rubric, &[], &text);
    assert_eq!(
        (
            reading.results.len(),
            reading.refused.len(),
            reading.repeats.len()
        ),
        (1, 1, 1)
    );
    let result = &reading.results[0];
    assert_eq!(result.label, "甲公司");
    assert_eq!(result.link, format!("https://x.cn/#s={payload}"));
    assert_eq!(result.overall(), Some(100));
    assert_eq!(reading.refused[0].error, LinkError::Damaged);
    let moves = Moves::of(rubric, &reading.results, &Filter::default());
    assert_eq!(moves.count, 1);
    let whole_parts: Vec<(Option<u32>, Option<u32>)> = moves
        .parts
        .iter()
        .map(|(before, after)| (before.map(whole), after.map(whole)))
        .collect();
    assert_eq!(whole_parts, [(Some(0), Some(100)); 3]);
}
