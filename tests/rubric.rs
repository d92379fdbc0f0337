//! The rubric data and its validator.

use selfcheck::model::rubric::{ProblemKind, Rubric};

fn load(file: &str) -> Result<Rubric, String> {
    let text = std::fs::read_to_string(file).unwrap();
    Rubric::from_toml(file, &text).map_err(|e| e.to_string())
}

#[test]
fn the_default_rubric_is_the_whole_guide() {
    let rubric = load("rubric/cloud-adoption.toml").expect("valid");
    assert_eq!(&rubric, Rubric::embedded(), "the build embeds this file");
    let parts: Vec<_> = rubric
        .parts
        .iter()
        .map(|p| (&*p.id, &*p.title.zh))
        .collect();
    assert_eq!(
        parts,
        [
            ("infra", "基础设施上云"),
            ("mgmt", "管理上云"),
            ("biz", "业务上云")
        ]
    );
    let groups: Vec<(&str, usize)> = rubric
        .parts
        .iter()
        .flat_map(|p| p.groups.iter())
        .map(|g| (&*g.title.zh, g.items.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("IT资源", 4),
            ("安全", 3),
            ("协同办公", 4),
            ("人力资源管理", 6),
            ("财务管理", 6),
            ("生产制造", 9),
            ("供应链", 3),
            ("营销", 5)
        ]
    );
    let titles: Vec<&str> = rubric.items().map(|r| &*r.item.title.zh).collect();
    assert_eq!(titles.len(), 40);
    assert_eq!(titles[..4], ["服务器", "数据库", "存储资源", "中间件"]);
    assert_eq!(titles[39], "客服");
    let scale: Vec<(&str, Option<u8>, &str)> = rubric
        .choices()
        .map(|(_, s)| (&*s.key, s.points, &*s.label.zh))
        .collect();
    assert_eq!(
        scale,
        [
            ("0", Some(0), "未上云"),
            ("1", Some(1), "部分上云"),
            ("2", Some(2), "已上云"),
            ("3", Some(3), "深度用云"),
            ("na", None, "不适用")
        ]
    );
    let levels: Vec<(&str, &str)> = rubric
        .levels()
        .map(|(_, l)| (&*l.id, &*l.name.zh))
        .collect();
    assert_eq!(
        levels,
        [
            ("L0", "未上云"),
            ("L1", "基础上云"),
            ("L2", "应用上云"),
            ("L3", "深度上云")
        ]
    );
}

#[test]
fn the_default_profile_is_industry_and_size() {
    let rubric = Rubric::embedded();
    let fields: Vec<(&str, &str, usize)> = rubric
        .fields()
        .map(|(_, f)| (&*f.id, &*f.label.zh, f.choices.len()))
        .collect();
    assert_eq!(
        fields,
        [("industry", "所属行业", 20), ("size", "企业规模", 4)]
    );
    let industry = rubric.field(rubric.field_ix("industry").unwrap());
    let codes: String = industry.choices.iter().map(|c| &*c.code).collect();
    assert_eq!(codes, "ABCDEFGHIJKLMNOPQRST");
    let named = |code: &str| {
        &*industry.choices[industry.choice_ix(code).unwrap() as usize]
            .name
            .zh
    };
    assert_eq!(
        [named("A"), named("C"), named("I"), named("T")],
        [
            "农、林、牧、渔业",
            "制造业",
            "信息传输、软件和信息技术服务业",
            "国际组织"
        ]
    );
    let size = rubric.field(rubric.field_ix("size").unwrap());
    let sizes: Vec<(&str, &str)> = size
        .choices
        .iter()
        .map(|c| (&*c.code, &*c.name.zh))
        .collect();
    assert_eq!(
        sizes,
        [
            ("large", "大型"),
            ("medium", "中型"),
            ("small", "小型"),
            ("micro", "微型")
        ]
    );
    assert_eq!((industry.link_bits(), size.link_bits()), (5, 3));
}

/// The default rubric with the region field a deployment may add.
fn with_region(copies: usize) -> String {
    let region = std::fs::read_to_string("tests/rubrics/region-field.toml").unwrap();
    let mut text = std::fs::read_to_string("rubric/cloud-adoption.toml").unwrap();
    for copy in 0..copies {
        let id = if copy == 0 {
            "region".to_string()
        } else {
            format!("region{copy}")
        };
        text.push_str(&region.replace("id = \"region\"", &format!("id = \"{id}\"")));
    }
    text
}

#[test]
fn a_deployment_adds_a_region_list_in_its_rubric_file() {
    let rubric = Rubric::from_toml("with-region.toml", &with_region(1)).expect("valid");
    let ids: Vec<&str> = rubric.fields().map(|(_, f)| &*f.id).collect();
    assert_eq!(ids, ["industry", "size", "region"]);
    let region = rubric.field(rubric.field_ix("region").unwrap());
    assert_eq!((region.choices.len(), region.link_bits()), (14, 4));
    assert_eq!(&*region.choices[0].name.zh, "南宁市");
}

#[test]
fn a_profile_too_long_for_a_link_is_refused() {
    // 5 + 3 bits, and 4 for each of five region lists: 28.
    let errors = Rubric::from_toml("long.toml", &with_region(5)).unwrap_err();
    assert_eq!(
        errors.to_string(),
        "long.toml: profile: takes 28 bits of a result link; the profile may take at most 24"
    );
}

#[test]
fn every_description_is_the_guides_text() {
    // The guide as published, kept beside the data it was turned into.
    let guide = std::fs::read_to_string("rubric/cloud-adoption.guide.txt").unwrap();
    // The two typos corrected in the data, with a comment there.
    let guide = guide
        .replace("分步式缓存", "分布式缓存")
        .replace("税务署报", "税务申报");
    let rubric = load("rubric/cloud-adoption.toml").unwrap();
    for r in rubric.items() {
        let line = format!("{}。{}", r.item.title.zh, r.item.description.zh);
        assert!(
            guide.contains(&line),
            "{} is not the guide's text: {line}",
            r.item.id
        );
    }
}

#[test]
fn every_problem_is_reported_at_once_naming_file_and_field() {
    let file = "tests/rubrics/every-problem.toml";
    let expected = [
        "id: malformed id `Cloud Adoption`: use lowercase ASCII letters, digits and `-`, starting with a letter",
        "version: version 0 is out of range 1..=4095",
        "name.en: missing translation",
        "scoring.full_score: must be greater than 0",
        "scale[1].key: duplicate id `0`, first used at scale[0].key",
        "scale[1].points: points 0 are given twice",
        "scale[1].label.en: missing translation",
        "scale[3].key: malformed id `N/A`: use lowercase ASCII letters and digits",
        "scale: more than one answer has no points (\"does not apply\")",
        "scale: needs at least two answers with points",
        "parts[0].groups[0].items[0].description.en: missing translation",
        "parts[0].groups[0].items[1].id: duplicate id `infra.it.server`, first used at parts[0].groups[0].items[0].id",
        "parts[0].groups[0].items[2].id: id `mgmt.office.files` must be `infra.it.` followed by a name",
        "parts[0].groups[1].id: malformed id `infra.Security`: use lowercase ASCII letters, digits and `-`, starting with a letter",
        "parts[0].groups[1].items: must not be empty",
        "parts[1].groups: must not be empty",
        "levels[0]: the first level is the base level and takes no conditions",
        "levels[0].all[0].min_points: threshold 1 is out of range: it must be above 0 and at most 0",
        "levels[1].id: duplicate id `L0`, first used at levels[0].id",
        "levels[1].all[0].part: unknown part `ops`",
        "levels[1].all[0].min_points: threshold 1.5 is out of range: it must be above 0 and at most 0",
        "levels[1].all[1].min_points: threshold 3.5 is out of range: it must be above 0 and at most 0",
        "levels[1].any[0].min_points: threshold 0.125 is out of range: it must be above 0 and at most 0",
        "levels[2].id: malformed id `L 2`: use ASCII letters, digits and `-`",
        "levels[2]: a level above the first needs at least one condition",
        "profile[0].id: malformed id `Industry`: use lowercase ASCII letters, digits and `-`, starting with a letter",
        "profile[0].label.en: missing translation",
        "profile[0].choices[1].code: duplicate id `A`, first used at profile[0].choices[0].code",
        "profile[0].choices[2].code: malformed id `B C`: use ASCII letters, digits and `-`",
        "profile[0].choices[2].name.en: missing translation",
        "profile[1].choices: must not be empty",
        "profile[2].id: duplicate id `size`, first used at profile[1].id",
        "profile[2].choices: has 64 choices; a result link carries at most 63",
        "evidence[1].id: duplicate id `contract`, first used at evidence[0].id",
        "evidence[1].name.en: missing translation",
        "evidence[2].id: malformed id `Bill`: use lowercase ASCII letters, digits and `-`, starting with a letter",
    ]
    .map(|line| format!("{file}: {line}"))
    .join("\n");
    assert_eq!(load(file).unwrap_err(), expected);
}

#[test]
fn thresholds_must_be_in_range_and_in_hundredths() {
    let text = std::fs::read_to_string("rubric/cloud-adoption.toml").unwrap();
    let text = text
        .replacen("min_points = 1.5", "min_points = 1.125", 1)
        .replacen("min_points = 2 }", "min_points = 3.5 }", 1);
    let errors = Rubric::from_toml("edited.toml", &text).unwrap_err();
    let kinds: Vec<_> = errors
        .problems
        .iter()
        .map(|p| (&*p.field, p.kind.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "levels[1].all[0].min_points",
                ProblemKind::ThresholdPrecision(1.125)
            ),
            (
                "levels[3].all[0].min_points",
                ProblemKind::ThresholdOutOfRange { value: 3.5, max: 3 }
            ),
        ]
    );
}

#[test]
fn a_file_that_is_not_toml_names_the_line() {
    assert_eq!(
        load("tests/rubrics/syntax-error.toml").unwrap_err(),
        "tests/rubrics/syntax-error.toml: line 4: invalid inline table\nexpected `}`"
    );
}

#[test]
fn a_misspelt_field_is_refused() {
    assert_eq!(
        load("tests/rubrics/unknown-field.toml").unwrap_err(),
        "tests/rubrics/unknown-field.toml: line 4: unknown field `verison`, expected one of \
         `id`, `version`, `name`, `short_name`, `scoring`, `scale`, `levels`, `parts`, `profile`, \
         `evidence`, `declaration`"
    );
}

#[test]
fn evidence_kinds_are_rubric_data_in_both_languages() {
    let rubric = Rubric::embedded();
    let kinds: Vec<(&str, &str)> = rubric
        .evidence
        .iter()
        .map(|k| (&*k.id, &*k.name.zh))
        .collect();
    assert_eq!(
        kinds,
        [
            ("contract", "合同"),
            ("invoice", "发票"),
            ("payment", "付款凭证"),
            ("screenshot", "系统截图"),
            ("bill", "云服务账单")
        ]
    );
    let text = std::fs::read_to_string("rubric/cloud-adoption.toml")
        .unwrap()
        .replace("id = \"invoice\"", "id = \"contract\"")
        .replace("id = \"bill\"", "id = \"Bill\"")
        .replace("en = \"Cloud bill\"", "en = \"\"");
    let errors = Rubric::from_toml("evidence.toml", &text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        errors,
        "evidence.toml: evidence[1].id: duplicate id `contract`, first used at evidence[0].id\n\
         evidence.toml: evidence[4].id: malformed id `Bill`: use lowercase ASCII letters, digits and `-`, starting with a letter\n\
         evidence.toml: evidence[4].name.en: missing translation"
    );
}

#[test]
fn the_declaration_to_sign_is_rubric_data_in_both_languages() {
    let rubric = Rubric::embedded();
    assert_eq!(
        &*rubric.declaration.zh,
        "本单位承诺以上自评信息真实、准确。"
    );
    assert_eq!(
        &*rubric.declaration.en,
        "We declare that the self-assessment above is true and accurate."
    );
    let text = std::fs::read_to_string("rubric/cloud-adoption.toml")
        .unwrap()
        .replace(
            "en = \"We declare that the self-assessment above is true and accurate.\"",
            "en = \"\"",
        );
    let errors = Rubric::from_toml("declaration.toml", &text)
        .unwrap_err()
        .to_string();
    assert_eq!(
        errors,
        "declaration.toml: declaration.en: missing translation"
    );
    // A rubric may have none: its report then asks nothing to be signed.
    let without = std::fs::read_to_string("rubric/cloud-adoption.toml")
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with("declaration ="))
        .collect::<Vec<_>>()
        .join("\n");
    let rubric = Rubric::from_toml("none.toml", &without).unwrap();
    assert!(rubric.declaration.zh.is_empty() && rubric.declaration.en.is_empty());
}
