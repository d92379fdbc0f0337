//! The HTML writers, natively, on the small rubric: each writes exactly
//! this, and text from outside (a note, a label) never becomes markup.

use selfcheck::markup::comparison::comparison_html;
use selfcheck::markup::declaration::declaration_html;
use selfcheck::markup::header::{reader_header_html, widget_header_html};
use selfcheck::markup::next_steps::next_steps_html;
use selfcheck::markup::progress_row::progress_row_html;
use selfcheck::markup::questions::{part_html, scale_legend_html};
use selfcheck::markup::reader_rows::row_html;
use selfcheck::markup::saved_results::{no_saved_results_html, saved_results_html, SavedRow};
use selfcheck::markup::section_nav::section_nav_html;
use selfcheck::markup::start_up::{start_up_html, StartUpPage};
use selfcheck::markup::unavailable_html;
use selfcheck::markup::Form;
use selfcheck::model::cohort::CohortResult;
use selfcheck::model::engine::{evaluate, plan_next_level, Answers};
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::codec::encode;
use selfcheck::model::rubric::Rubric;
use selfcheck::model::saved::snapshots::Snapshot;

mod support;
use support::answers;

/// The small rubric, for as long as the test runs.
fn small() -> &'static Rubric {
    Box::leak(Box::new(support::small()))
}

#[test]
fn questions_live_read_only_opening_and_checklist() {
    let rubric = small();
    let b = rubric.part_ixs().nth(1).unwrap();
    // Part b, its one group and item, the same in every form but for the
    // answers' `disabled` and the description's `open`.
    let expected = |disabled: &str, open: &str| {
        let choices: String = [
            ("0", "Zero"),
            ("1", "One"),
            ("2", "Two"),
            ("3", "Three"),
            ("na", "Does not apply"),
        ]
        .iter()
        .map(|(value, label)| {
            format!(
                "<label class=\"choice\"><input type=\"radio\" name=\"b.z.one\" value=\"{value}\"{disabled}>\
                 <span>{label}</span></label>"
            )
        })
        .collect();
        format!(
            "<section class=\"part\"><h2 id=\"part-b\">B</h2><section class=\"group\">\
             <h3 id=\"group-b.z\" tabindex=\"-1\">B one</h3>\
             <fieldset class=\"item\" id=\"item-b.z.one\"><legend><span class=\"item-number\">4. </span>One</legend>\
             <details class=\"item-description\"{open}><summary>What this means</summary>\
             <p>One.</p></details><div class=\"choices\">{choices}</div></fieldset></section></section>"
        )
    };
    let written = |form| part_html(rubric, Lang::En, b, form).into_string();
    assert_eq!(written(Form::Live), expected("", ""));
    assert_eq!(written(Form::ReadOnly), expected(" disabled", ""));
    // The opening's questions are the live ones: answered before the
    // widget starts, they are taken as the visitor's own.
    assert_eq!(written(Form::Opening), expected("", ""));
    assert_eq!(written(Form::Checklist), expected("", " open"));
    assert_eq!(
        scale_legend_html(rubric, Lang::En).as_str(),
        "<summary>How to answer</summary><dl><dt>Zero</dt><dd>Zero</dd><dt>One</dt>\
         <dd>One</dd><dt>Two</dt><dd>Two</dd><dt>Three</dt><dd>Three</dd>\
         <dt>Does not apply</dt><dd>Does not apply</dd></dl>"
    );
}

#[test]
fn next_steps_reach_top_and_from_unanswered() {
    let rubric = small();
    let plan = |answers: &Answers| {
        let evaluation = evaluate(rubric, answers);
        next_steps_html(
            rubric,
            Lang::En,
            answers,
            plan_next_level(rubric, answers, &evaluation),
            false,
        )
    };
    // One step to level 1: the item, its answer now and the answer to give.
    let one_step = |change: &str| {
        format!(
            "<h3>Next steps: reach “Level 1”</h3>\
             <p>At least these 1 items need to improve:</p><ol class=\"steps\"><li>\
             <p class=\"step-title\">\
             <button type=\"button\" class=\"link-button\" data-step=\"a.x.one\">One</button>\
             <span class=\"step-change\">{change}</span></p>\
             <p class=\"step-description\">One.</p></li></ol>"
        )
    };
    assert_eq!(
        plan(&answers(rubric, "1", &[])).as_str(),
        one_step("One → to “Two”")
    );
    assert_eq!(
        plan(&answers(rubric, "0", &[("a.x.one", "")])).as_str(),
        one_step("Unanswered → to “Three”")
    );
    assert_eq!(
        plan(&answers(rubric, "3", &[])).as_str(),
        "<p class=\"top-level\">You have reached the highest level: keep it up and deepen your use of the cloud.</p>"
    );
}

#[test]
fn a_comparison_escapes_its_labels() {
    let rubric = small();
    let before = answers(rubric, "1", &[("b.z.one", "")]);
    let after = answers(rubric, "2", &[("a.x.one", "1")]);
    let html = comparison_html(
        Lang::En,
        [(rubric, &before), (rubric, &after)],
        ["Saved <b>", "Now"],
        "https://x/#c=1.2",
    );
    // Each row's two cells, before and after, each a score with its bar.
    let cells = |before: u32, after: u32| {
        [before, after]
            .map(|score| {
                format!(
                    "<td>{score}<progress class=\"mini-bar\" max=\"100\" value=\"{score}\" \
                     aria-hidden=\"true\"></progress></td>"
                )
            })
            .concat()
    };
    let expected = format!(
        "<p class=\"compare-level\" data-testid=\"compare-level\">Level: L0 Level 0 → L2 Level 2</p>\
         <table class=\"compare\"><caption>Saved &lt;b&gt; → Now</caption><thead><tr>\
         <th scope=\"col\">Part</th><th scope=\"col\">Saved &lt;b&gt;</th>\
         <th scope=\"col\">Now</th></tr></thead><tbody>\
         <tr data-testid=\"compare-part\" data-part=\"a\" data-before=\"33\" data-after=\"50\">\
         <th scope=\"row\">A</th>{}</tr>\
         <tr class=\"group-row\"><th scope=\"row\">A one</th>{}</tr>\
         <tr class=\"group-row\"><th scope=\"row\">A two</th>{}</tr>\
         <tr data-testid=\"compare-part\" data-part=\"b\" data-before=\"0\" data-after=\"67\">\
         <th scope=\"row\">B</th>{}</tr>\
         <tr class=\"group-row\"><th scope=\"row\">B one</th>{}</tr>\
         <tr><th scope=\"row\">Overall</th>{}</tr></tbody></table><h4>Items that changed</h4>\
         <ul class=\"changed-items\"><li>One: One → Two</li><li>Two: One → Two</li>\
         <li>One: Unanswered → Two</li></ul>\
         <p class=\"still-needed\">Still needed for “Level 3”: One, One</p>\
         <label class=\"compare-link-label\">Comparison link\
         <input type=\"text\" readonly data-testid=\"compare-link\" value=\"https://x/#c=1.2\"></label>\
         <p class=\"hint\">Whoever opens it sees the same comparison, read-only.</p>",
        cells(33, 50),
        cells(33, 33),
        cells(33, 67),
        cells(0, 67),
        cells(0, 67),
        cells(17, 58),
    );
    assert_eq!(html.as_str(), expected);
}

#[test]
fn saved_results_escape_the_note() {
    let rubric = small();
    let answers = answers(rubric, "1", &[("b.z.one", "")]);
    let saved = Snapshot {
        id: 17,
        date: "2026-11-30".into(),
        payload: encode(rubric, &answers),
        note: "<script>".into(),
    };
    let rows = [SavedRow {
        snapshot: &saved,
        result: Some((rubric, answers)),
        label: "Saved on 2026-11-30".into(),
    }];
    assert_eq!(
        saved_results_html(Lang::En, &rows, "Now").as_str(),
        "<ol class=\"snapshots\"><li data-testid=\"snapshot\" data-date=\"2026-11-30\">\
         <span class=\"snapshot-date\">2026-11-30</span>\
         <span class=\"snapshot-score\">17 · Level 0</span>\
         <span class=\"snapshot-note\">&lt;script&gt;</span>\
         <span class=\"snapshot-actions\">\
         <button type=\"button\" data-compare-now=\"17\">Compare with now</button>\
         <button type=\"button\" data-delete=\"17\">Delete</button></span></li></ol>\
         <div class=\"compare-chooser\"><label>Before <select name=\"before\">\
         <option value=\"17\">Saved on 2026-11-30</option>\
         <option value=\"now\">Now</option></select></label>\
         <label>After <select name=\"after\"><option value=\"now\">Now</option>\
         <option value=\"17\">Saved on 2026-11-30</option></select></label>\
         <button type=\"button\" data-compare-chosen>Compare</button></div>"
    );
    assert_eq!(
        no_saved_results_html(Lang::Zh).as_str(),
        "<p class=\"hint\">尚未保存结果。结果只保存在本浏览器中。</p>"
    );
    assert_eq!(
        unavailable_html(Lang::En).as_str(),
        "<p class=\"unavailable\" role=\"status\">This feature could not be loaded (the connection may be down); please try again. Your answers are unaffected.</p>\
         <button type=\"button\" data-retry>Try again</button>"
    );
}

#[test]
fn a_reader_row_escapes_its_label_and_links_in_its_language() {
    let rubric = small();
    let answers = answers(rubric, "1", &[("b.z.one", "")]);
    let evaluation = evaluate(rubric, &answers);
    let result = CohortResult {
        line: 1,
        label: "甲 & <乙>".into(),
        link: String::new(),
        payload: encode(rubric, &answers),
        rubric,
        next_steps: plan_next_level(rubric, &answers, &evaluation),
        answers,
        evaluation,
        profile: Vec::new(),
        before: None,
    };
    assert_eq!(
        row_html(rubric, Lang::En, &result).as_str(),
        "<tr data-testid=\"reader-row\" data-level=\"L0\" data-overall=\"17\" data-version=\"3\">\
         <th scope=\"row\">甲 &amp; &lt;乙&gt;</th><td class=\"number\">17</td>\
         <td>L0 Level 0</td><td class=\"number\">33</td><td class=\"number\">0</td>\
         <td class=\"number\">3/4</td><td>provisional</td><td>\
         <a href=\"./?lang=en#r=1ADSQHO4o\" target=\"_blank\" rel=\"noopener\">Open</a></td>\
         </tr>"
    );
    assert_eq!(
        row_html(rubric, Lang::Zh, &result).as_str(),
        "<tr data-testid=\"reader-row\" data-level=\"L0\" data-overall=\"17\" data-version=\"3\">\
         <th scope=\"row\">甲 &amp; &lt;乙&gt;</th><td class=\"number\">17</td><td>L0 零级</td>\
         <td class=\"number\">33</td><td class=\"number\">0</td><td class=\"number\">3/4</td>\
         <td>暂定</td><td><a href=\"./#r=1ADSQHO4o\" target=\"_blank\" rel=\"noopener\">查看</a>\
         </td></tr>"
    );
}

#[test]
fn headers_in_the_opening_and_live() {
    let rubric = small();
    let icon = "<span aria-hidden=\"true\" class=\"large-text-icon\">A+</span>";
    let text = "<h1>Small</h1><p class=\"intro\">Check your enterprise against the 4 element \
                conditions of the Small: see where you stand and what to do next.</p>\
                <ul class=\"promises\"><li>Your answers stay in your browser; nothing is uploaded.</li>\
                <li>About 10 minutes. You can leave at any time and carry on later.</li></ul>";
    assert_eq!(
        widget_header_html(rubric, Lang::En, Form::Opening, false).as_str(),
        format!(
            "<div class=\"toolbar\">\
             <button type=\"button\" class=\"language-switch\" lang=\"zh-CN\" disabled>中文</button>\
             <button type=\"button\" class=\"large-text-toggle\" disabled>{icon}Large text</button>\
             </div>{text}"
        )
    );
    let live_buttons = |pressed: bool| {
        format!(
            "<button type=\"button\" class=\"language-switch\" lang=\"zh-CN\" id=\"language-switch\">中文</button>\
             <button type=\"button\" class=\"large-text-toggle\" data-testid=\"large-text\" \
             aria-pressed=\"{pressed}\">{icon}Large text</button>"
        )
    };
    assert_eq!(
        widget_header_html(rubric, Lang::En, Form::Live, true).as_str(),
        format!("<div class=\"toolbar\">{}</div>{text}", live_buttons(true))
    );
    assert_eq!(
        reader_header_html(Lang::En, false).as_str(),
        format!(
            "<div class=\"toolbar\"><a class=\"back-link\" href=\"./?lang=en\">Back to the self-check</a>{}</div>\
             <h1>Cloud adoption self-checks: many results at once</h1>\
             <p class=\"intro\">Paste the result links that enterprises sent you (a chat export, \
             e-mails, a spreadsheet column) to see them as one cohort.</p>\
             <ul class=\"promises\"><li>Everything happens in your browser; nothing is uploaded. \
             The pasted list stays in this browser until you clear it.</li></ul>",
            live_buttons(false)
        )
    );
}

#[test]
fn the_navigator_counts_each_group() {
    let rubric = small();
    assert_eq!(
        section_nav_html(
            rubric,
            Lang::En,
            Form::Opening,
            &Answers::unanswered(rubric)
        )
        .as_str(),
        "<ol class=\"nav-parts\"><li class=\"nav-part\">\
         <span class=\"nav-part-title\">A</span><ol class=\"nav-groups\"><li>\
         <button type=\"button\" class=\"nav-group\" disabled>\
         <span class=\"nav-group-title\">A one</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\"></span>0/1</span></button></li><li>\
         <button type=\"button\" class=\"nav-group\" disabled>\
         <span class=\"nav-group-title\">A two</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\"></span>0/2</span></button></li>\
         </ol></li><li class=\"nav-part\"><span class=\"nav-part-title\">B</span>\
         <ol class=\"nav-groups\"><li><button type=\"button\" class=\"nav-group\" disabled>\
         <span class=\"nav-group-title\">B one</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\"></span>0/1</span></button></li>\
         </ol></li></ol>"
    );
    let some = answers(rubric, "1", &[("a.y.two", ""), ("b.z.one", "")]);
    assert_eq!(
        section_nav_html(rubric, Lang::En, Form::Live, &some).as_str(),
        "<ol class=\"nav-parts\"><li class=\"nav-part\">\
         <span class=\"nav-part-title\">A</span><ol class=\"nav-groups\"><li>\
         <button type=\"button\" class=\"nav-group complete\" data-group=\"a.x\">\
         <span class=\"nav-group-title\">A one</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\">✓ </span>1/1</span></button></li>\
         <li><button type=\"button\" class=\"nav-group\" data-group=\"a.y\">\
         <span class=\"nav-group-title\">A two</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\"></span>1/2</span></button></li>\
         </ol></li><li class=\"nav-part\"><span class=\"nav-part-title\">B</span>\
         <ol class=\"nav-groups\"><li>\
         <button type=\"button\" class=\"nav-group\" data-group=\"b.z\">\
         <span class=\"nav-group-title\">B one</span><span class=\"nav-group-count\">\
         <span class=\"nav-check\" aria-hidden=\"true\"></span>0/1</span></button></li>\
         </ol></li></ol>"
    );
}

#[test]
fn the_progress_row_loading_live_and_read_only() {
    assert_eq!(
        progress_row_html(Lang::Zh, Form::Opening, 0, 4).as_str(),
        "<p class=\"progress-text\">正在加载…</p>\
         <progress max=\"1\" value=\"0\" aria-hidden=\"true\"></progress>\
         <div class=\"progress-actions\">\
         <button type=\"button\" class=\"primary\" disabled>继续作答</button>\
         <button type=\"button\" disabled>重新开始</button></div>"
    );
    // "Start over" waits for an answer, "continue" for an unanswered item.
    let continue_on =
        "<button type=\"button\" class=\"primary\" data-continue>Continue answering</button>";
    let continue_off =
        "<button type=\"button\" class=\"primary\" data-continue disabled>All answered</button>";
    let start_over_on = "<button type=\"button\" data-start-over>Start over</button>";
    let start_over_off = "<button type=\"button\" data-start-over disabled>Start over</button>";
    for (answered, buttons) in [
        (0, [continue_on, start_over_off]),
        (2, [continue_on, start_over_on]),
        (4, [continue_off, start_over_on]),
    ] {
        assert_eq!(
            progress_row_html(Lang::En, Form::Live, answered, 4).as_str(),
            format!(
                "<p class=\"progress-text\" data-testid=\"progress\">{answered}/4 answered</p>\
                 <progress max=\"4\" value=\"{answered}\" aria-hidden=\"true\"></progress>\
                 <div class=\"progress-actions\">{}{}</div>",
                buttons[0], buttons[1]
            )
        );
    }
    assert_eq!(
        progress_row_html(Lang::En, Form::ReadOnly, 4, 4).as_str(),
        "<p class=\"progress-text\" data-testid=\"progress\">4/4 answered</p>\
         <progress max=\"4\" value=\"4\" aria-hidden=\"true\"></progress>"
    );
}

#[test]
fn a_standing_among_peers_says_and_pictures_where_a_result_stands() {
    use selfcheck::markup::benchmark::standing_html;
    use selfcheck::model::benchmark::{Benchmark, Figures, Segment};
    let rubric = Rubric::embedded();
    // Ten results: five at 0, five at 50, in every part too.
    let mut scores = vec![0; 101];
    (scores[0], scores[50]) = (5, 5);
    let figures = Figures {
        count: 10,
        overall: scores.clone(),
        parts: rubric
            .parts
            .iter()
            .map(|p| (p.id.to_string(), scores.clone()))
            .collect(),
        levels: rubric
            .levels()
            .map(|(_, l)| (l.id.to_string(), if l.id == "L0" { 10 } else { 0 }))
            .collect(),
    };
    let benchmark = Benchmark {
        format: "selfcheck-benchmark".into(),
        format_version: 1,
        rubric: rubric.id.to_string(),
        version: rubric.version,
        date: "2026-11-30".into(),
        full_score: 100,
        all: Some(figures.clone()),
        segments: vec![Segment {
            field: "industry".into(),
            value: "C".into(),
            figures,
        }],
    };
    // At 35: above the five at 0, below the five at 50.
    let mut answers = Answers::all(rubric, rubric.choice("1"));
    answers.set(
        rubric.item_ix("infra.it.server").unwrap(),
        rubric.choice("2"),
    );
    for (id, code) in [("industry", "C"), ("size", "micro")] {
        let field = rubric.field_ix(id).unwrap();
        answers.set_profile(field, rubric.field(field).choice_ix(code));
    }
    let evaluation = evaluate(rubric, &answers);
    assert_eq!(evaluation.overall_score(rubric), Some(35));
    let html = standing_html(rubric, Lang::Zh, &benchmark, &answers, &evaluation).unwrap();
    let html = html.as_str();
    assert!(html.starts_with(
        "<section class=\"benchmark\" data-testid=\"benchmark\" data-count=\"10\" data-below=\"50\" aria-labelledby=\"benchmark-heading\">\
         <h3 id=\"benchmark-heading\">与参评企业比较</h3>\
         <p class=\"benchmark-overall\">综合得分高于 50% 的参评企业（共 10 家，2026-11-30）</p>\
         <svg class=\"distribution\" viewBox=\"0 0 210 48\" role=\"img\" aria-label=\"综合得分高于 50% 的参评企业（共 10 家，2026-11-30）\">\
         <rect class=\"bar\" x=\"1\" y=\"4\" width=\"8\" height=\"40\"/>"
    ), "{html}");
    // The result's bar (35–39) is marked.
    assert!(
        html.contains("<rect class=\"bar own\" x=\"71\" y=\"44\" width=\"8\" height=\"0\"/>"),
        "{html}"
    );
    assert!(html.ends_with(
        "<path class=\"marker\" d=\"M75 48l-3 0 3-4 3 4z\"/></svg>\
         <ul class=\"benchmark-parts\">\
         <li data-testid=\"benchmark-part\" data-part=\"infra\" data-below=\"50\">基础设施上云：高于 50% 的企业</li>\
         <li data-testid=\"benchmark-part\" data-part=\"mgmt\" data-below=\"50\">管理上云：高于 50% 的企业</li>\
         <li data-testid=\"benchmark-part\" data-part=\"biz\" data-below=\"50\">业务上云：高于 50% 的企业</li></ul>\
         <ul class=\"benchmark-segments\">\
         <li data-testid=\"benchmark-segment\" data-field=\"industry\" data-count=\"10\" data-below=\"50\">所属行业为“制造业”的 10 家企业中：综合得分高于 50%</li>\
         <li class=\"too-small\" data-testid=\"benchmark-segment-too-small\" data-field=\"size\">企业规模为“微型”的参评企业太少，暂不比较。</li>\
         </ul></section>"
    ), "{html}");
    // Nothing without figures.
    let empty = Benchmark {
        all: None,
        segments: Vec::new(),
        ..benchmark
    };
    assert!(standing_html(rubric, Lang::Zh, &empty, &answers, &evaluation).is_none());
}

#[test]
fn profile_fields_are_selects_named_by_field_with_their_text_escaped() {
    use selfcheck::markup::profile::profile_fields_html;
    let text = std::fs::read_to_string("tests/rubrics/small.toml").unwrap()
        + r#"
[[profile]]
id = "sector"
label = { zh = "行业", en = "Sector <b>" }
choices = [
  { code = "rd", name = { zh = "研发", en = "R&D" } },
  { code = "trade", name = { zh = "贸易", en = "\"Trade\"" } },
]
"#;
    let rubric = Rubric::from_toml("small.toml", &text).unwrap();
    assert_eq!(
        profile_fields_html(&rubric, Lang::En, "profile", "Not given").as_str(),
        "<div class=\"profile-field\"><label for=\"profile-sector\">Sector &lt;b&gt;</label>\
         <select id=\"profile-sector\" data-testid=\"profile-sector\" name=\"sector\">\
         <option value=\"\">Not given</option><option value=\"rd\">R&amp;D</option>\
         <option value=\"trade\">&quot;Trade&quot;</option></select></div>"
    );
    // The default rubric's two fields, in order, in the reader's filters.
    let html = profile_fields_html(Rubric::embedded(), Lang::Zh, "reader-filter", "全部");
    let html = html.as_str();
    assert_eq!(html.matches("<select ").count(), 2);
    assert!(html.starts_with(
        "<div class=\"profile-field\"><label for=\"reader-filter-industry\">所属行业</label>"
    ));
    assert!(html.contains("<select id=\"reader-filter-size\" data-testid=\"reader-filter-size\" name=\"size\"><option value=\"\">全部</option><option value=\"large\">大型</option>"));
}

#[test]
fn records_controls_banner_and_messages() {
    use selfcheck::markup::records::{
        problem_texts, records_banner_html, records_html, refusal_html, taken_html,
    };
    use selfcheck::model::link::codec::LinkError;
    use selfcheck::model::saved::records::{Place, Problem, Taken};

    assert_eq!(
        records_html(Lang::En, Some("https://x/#s=1AB\"<"), 2).as_str(),
        "<p class=\"hint\">Browsers may clear what this page keeps (iPhones and WeChat after seven days without a visit). \
         Keep your records as a file or a link to take them back later, or on another device.</p>\
         <label class=\"records-link-label\">Records link: the current answers and 2 saved results, without notes, evidence or the action plan. \
         Send it to WeChat&#39;s File Transfer, or add it to Favourites.\
         <input type=\"text\" readonly data-testid=\"records-link\" value=\"https://x/#s=1AB&quot;&lt;\"></label>\
         <p><button type=\"button\" data-testid=\"records-export\" data-records-export>Download the records file</button></p>\
         <p class=\"hint\">The records file (.json) keeps everything, notes, evidence and the action plan included: keep it on a computer.</p>\
         <label class=\"records-import-label\">Import a records file\
         <input type=\"file\" accept=\".json,application/json\" data-testid=\"records-import\"></label>"
    );
    assert!(records_html(Lang::Zh, None, 2).as_str().contains(
        "<p class=\"hint\">有保存的结果日期无法写进链接，请用记录文件保存。</p><p><button"
    ));
    assert_eq!(
        records_banner_html(Lang::Zh, 3).as_str(),
        "<div class=\"records-banner\" data-testid=\"records-banner\" data-snapshots=\"3\">\
         <p>这是一个记录链接：最新的答案和 3 份保存的结果，只读显示。除非您选择导入，本浏览器的记录不会改动。</p>\
         <button type=\"button\" class=\"primary\" data-testid=\"records-take\" data-records-take>导入到本浏览器</button></div>"
    );
    let taken = Taken {
        snapshots: 2,
        ..Taken::default()
    };
    assert_eq!(
        taken_html(Lang::En, &taken).as_str(),
        "<div role=\"status\" data-testid=\"records-import-result\"><p>Taken in: 2 saved results.</p></div>"
    );
    let taken = Taken {
        notes: 3,
        plan: 1,
        ..Taken::default()
    };
    assert_eq!(
        taken_html(Lang::Zh, &taken).as_str(),
        "<div role=\"status\" data-testid=\"records-import-result\"><p>已导入：0 份保存的结果。备注 3 条，行动计划 1 项。</p></div>"
    );
    assert_eq!(
        taken_html(Lang::Zh, &Taken::default()).as_str(),
        "<div role=\"status\" data-testid=\"records-import-result\"><p>这些记录本浏览器都已经有了，没有改动。</p></div>"
    );
    let problems = [
        Problem::Result(Place::Answers, LinkError::OtherVersion { version: 9 }),
        Problem::Date(Place::Snapshot(2), "三月".into()),
        Problem::UnknownItem(Place::Note(1), "x.y.z".into()),
        Problem::RepeatedItem(Place::PlanRow(2), "infra.it.server".into()),
        Problem::UnknownEvidence(Place::Note(3), "receipt".into()),
        Problem::LongNote(Place::Note(4)),
        Problem::UnknownTarget(Place::PlanRow(5), "0".into()),
        Problem::Date(Place::PlanRow(6), "soon".into()),
    ];
    assert_eq!(
        problem_texts(Lang::En, &problems),
        [
            "the current answers: made for version 9 of the guide, which this page cannot read",
            "saved result 2: “三月” is not a date",
            "note 1: this self-check has no item “x.y.z”",
            "plan entry 2: item “infra.it.server” is given twice",
            "note 3: no kind of evidence is called “receipt”",
            "note 4: longer than 1000 characters",
            "plan entry 5: “0” is not an answer to reach",
            "plan entry 6: “soon” is not a date",
        ]
    );
    assert_eq!(
        problem_texts(Lang::Zh, &problems[2..4]),
        [
            "第 1 条备注：本自评没有“x.y.z”这一项",
            "行动计划第 2 项：“infra.it.server”出现了两次"
        ]
    );
    assert_eq!(
        refusal_html(Lang::En, "a<b>.json", &["x".into()]).as_str(),
        "<div role=\"alert\" class=\"records-refusal\" data-testid=\"records-import-refused\">\
         <p>Could not import “a&lt;b&gt;.json”; nothing in this browser changed:</p><ul><li>x</li></ul></div>"
    );
}

#[test]
fn start_up_messages_in_the_page_language_or_in_both() {
    let widget = start_up_html(StartUpPage::Widget { items: 4 }, &[Lang::Zh]).into_string();
    assert!(widget.contains(
        "<div id=\"boot-failed\" class=\"fatal\" role=\"alert\" hidden data-status=\"未能启动，见页首说明。\">\
         <p lang=\"zh-CN\">本页没有完整下载（网络中断，或文件在传输中损坏）。已勾选的答案仍在页面上，重试成功后会保存。请检查网络后重试。</p>\
         <p class=\"boot-actions\"><button type=\"button\" class=\"boot-retry primary\">重试</button></p></div>"
    ));
    assert!(widget.ends_with(
        "<noscript><p class=\"fatal\"><a class=\"boot-checklist\" href=\"./checklist.html\">4 项清单</a></p>\
         <p class=\"fatal\" lang=\"zh-CN\">本页需要启用 JavaScript 和 WebAssembly。因此不会保存您的答案，也不能计算结果；\
         下面的问题仍可勾选，打印出来留作纸质清单。请启用 JavaScript，或用最新版的 Chrome、Edge、Firefox、Safari 或微信打开。</p></noscript>"
    ));
    // One paragraph a message, each in Chinese only.
    assert_eq!(widget.matches(" lang=\"zh-CN\"").count(), 4);
    assert!(!widget.contains("lang=\"en\""));

    let reader = start_up_html(StartUpPage::Reader, &[Lang::Zh, Lang::En]).into_string();
    assert!(reader.starts_with(
        "<p id=\"loading\" class=\"loading\">正在加载… <span lang=\"en\">Loading…</span></p>"
    ));
    assert!(reader.contains(
        "<div id=\"boot-failed\" class=\"fatal\" role=\"alert\" hidden>\
         <p lang=\"zh-CN\">本页没有完整下载（网络中断，或文件在传输中损坏）。请检查网络后重试。</p>\
         <p lang=\"en\">This page did not download completely (the connection broke, or a file was damaged on the way). Check the connection and retry.</p>\
         <p class=\"boot-actions\"><button type=\"button\" class=\"boot-retry primary\">重试 <span lang=\"en\">Retry</span></button></p></div>"
    ));
    assert!(reader.contains("aria-label=\"本页地址 This page&#39;s address\""));
    assert!(!reader.contains("data-status") && !reader.contains("checklist"));
}

#[test]
fn the_declaration_to_sign_with_its_lines_or_nothing() {
    assert_eq!(
        declaration_html(Rubric::embedded(), Lang::En).into_string(),
        "<p class=\"declaration\">We declare that the self-assessment above is true and accurate.</p>\
         <dl class=\"signature-lines\"><div><dt>Organisation (seal)</dt><dd></dd></div>\
         <div><dt>Filled in by</dt><dd></dd></div><div><dt>Telephone</dt><dd></dd></div>\
         <div><dt>Date</dt><dd></dd></div></dl>"
    );
    // The small rubric declares nothing: nothing to sign.
    assert_eq!(declaration_html(small(), Lang::Zh).into_string(), "");
}

#[test]
fn the_notes_toggle_and_the_printed_plan_are_exact() {
    use selfcheck::markup::plan::{notes_toggle_html, Plan};
    use selfcheck::model::engine::Answers;
    use selfcheck::model::saved::notebook::{Notebook, Status};

    let rubric = Rubric::embedded();
    let server = rubric.item(rubric.item_ix("infra.it.server").unwrap());
    assert_eq!(
        notes_toggle_html(Lang::Zh, server).as_str(),
        "<button type=\"button\" class=\"notes-toggle\" data-testid=\"item-notes-toggle\" \
         data-item=\"infra.it.server\" aria-expanded=\"false\">备注与凭证</button>"
    );
    let mut notebook = Notebook::default();
    notebook.add_to_plan("infra.it.server", "3", 1);
    notebook.edit_plan("infra.it.server", 2, |row| {
        row.owner = "王<工>".into();
        row.date = "2026-01-31".into();
        row.status = Status::Doing;
    });
    notebook.set_note("mgmt.office.video", "腾讯会议", 3);
    notebook.set_evidence("mgmt.office.video", "bill", true, 4);
    notebook.set_evidence("mgmt.office.video", "invoice", true, 5);
    // An empty note with no evidence is not reported.
    notebook.set_note("infra.it.database", " ", 6);
    let answers = Answers::unanswered(rubric);
    let plan = |lang, notebook| Plan {
        rubric,
        lang,
        answers: &answers,
        notebook,
        today: "2026-02-01",
    };
    assert_eq!(
        plan(Lang::Zh, &notebook).report_html().as_str(),
        "<table><thead><tr><th>要素</th><th>目标</th><th>负责人</th><th>完成日期</th><th>进度</th></tr></thead>\
         <tbody><tr><td>服务器</td><td>深度用云</td><td>王&lt;工&gt;</td><td>2026-01-31</td><td>进行中 已逾期</td></tr></tbody></table>\
         <h3>备注与凭证</h3><dl><dt>视频会议系统</dt><dd><p>腾讯会议</p><p>凭证：发票、云服务账单</p></dd></dl>"
    );
    assert_eq!(
        plan(Lang::En, &Notebook::default()).report_html().as_str(),
        ""
    );
}
