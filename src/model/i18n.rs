//! The two languages of the widget: Chinese first, English complete.
//!
//! Rubric texts carry both languages in the data; the interface's own
//! strings are the table below, each with its Chinese and English side by
//! side, so a missing translation is a compile error rather than a gap on
//! the page. `{name}` placeholders are filled with [`fill`]; a test checks
//! that both languages of a string use the same ones. Notices are worded
//! here too ([`Strings::notice`], [`notice_role`]).
//!
//! ```
//! use selfcheck::model::i18n::{fill, Lang};
//!
//! let strings = Lang::En.strings();
//! assert_eq!(fill(strings.progress, &[("answered", "12"), ("total", "40")]), "12/40 answered");
//! ```

use crate::model::notice::{Kept, Notice};
use crate::model::rubric::{Rubric, Text};

/// A language of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// Chinese (zh-CN), the default.
    #[default]
    Zh,
    /// English, asked for with `?lang=en`.
    En,
}

impl Lang {
    /// The value of `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language of a `lang` attribute or query value: English for
    /// `en` and its regional forms, Chinese for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The widget's strings in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The strings of the parts fetched on first use, in this language.
    pub fn first_use_strings(self) -> &'static FirstUseStrings {
        match self {
            Lang::Zh => &FIRST_USE_ZH,
            Lang::En => &FIRST_USE_EN,
        }
    }

    /// The records' strings in this language: only code in the module
    /// fetched on first use names them, so they are not in the widget's
    /// start-up bytes.
    pub fn records_strings(self) -> &'static RecordsStrings {
        match self {
            Lang::Zh => &RECORDS_ZH,
            Lang::En => &RECORDS_EN,
        }
    }

    /// The strings of the notes, evidence and action plan in this
    /// language, named only by code in the module fetched on first use.
    pub fn plan_strings(self) -> &'static PlanStrings {
        match self {
            Lang::Zh => &PLAN_ZH,
            Lang::En => &PLAN_EN,
        }
    }

    /// The messages a page shows when it cannot start, in this language:
    /// written into the pages at build time (`src/bin/page-parts.rs`), and
    /// not in any wasm.
    pub fn start_up_strings(self) -> &'static StartUpStrings {
        match self {
            Lang::Zh => &START_UP_ZH,
            Lang::En => &START_UP_EN,
        }
    }

    /// The officials' reader's strings in this language.
    pub fn reader_strings(self) -> &'static ReaderStrings {
        match self {
            Lang::Zh => &READER_ZH,
            Lang::En => &READER_EN,
        }
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Replaces each `{name}` in `template` with its value, in one pass: a
/// value is never read as a template, and a `{` with no value named
/// stays as it is. (A search for each `{name}` in turn needs the substring
/// searcher, about 1 KiB of wasm.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.split_once('}').and_then(|(name, next)| {
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, next))
        });
        match named {
            Some((value, next)) => {
                text.push_str(value);
                rest = next;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

impl Strings {
    /// A score as shown: the number, or "n/a" for a part or group with no
    /// applicable item.
    pub fn score(&self, score: Option<u32>) -> String {
        score.map_or_else(|| self.no_score.to_string(), |s| s.to_string())
    }
}

impl Strings {
    /// A profile (each field's choice, in rubric order) as one line, e.g.
    /// 所属行业：制造业；企业规模：小型; none when no field is given.
    pub fn profile(&self, rubric: &Rubric, profile: &[Option<u8>], lang: Lang) -> Option<String> {
        let mut text = String::new();
        for ((_, field), choice) in rubric.fields().zip(profile) {
            let Some(choice) = choice.and_then(|c| field.choice(c)) else {
                continue;
            };
            if !text.is_empty() {
                text.push_str(self.profile_separator);
            }
            let pair = [
                ("field", field.label.get(lang)),
                ("choice", choice.name.get(lang)),
            ];
            text.push_str(&fill(self.profile_pair, &pair));
        }
        (!text.is_empty()).then_some(text)
    }

    /// What a notice of the widget tells the visitor: what failed, and what
    /// is still safe. None for the officials' reader's own notices (see
    /// [`ReaderStrings::notice`]), which the widget never gives.
    pub fn notice(&self, notice: Notice, rubric: &Rubric) -> Option<String> {
        let text = match notice {
            Notice::LinkDamaged => self.link_damaged,
            Notice::Unfetched => self.feature_unavailable,
            Notice::LinkOtherVersion { version } => {
                return Some(fill(
                    self.link_other_version,
                    &[
                        ("version", &version.to_string()),
                        ("current", &rubric.version.to_string()),
                    ],
                ))
            }
            Notice::CarriedOver { count } => {
                return Some(fill(
                    self.storage_carried_over,
                    &[("count", &count.to_string())],
                ))
            }
            Notice::StorageUnavailable(Kept::Progress) => self.storage_unavailable,
            Notice::StorageFull(Kept::Progress) => self.storage_full,
            Notice::StorageSetAside(Kept::Progress) => self.storage_set_aside,
            Notice::StorageUnavailable(Kept::SavedResults) => self.saved_results_unavailable,
            Notice::StorageFull(Kept::SavedResults) => self.saved_results_full,
            Notice::StorageSetAside(Kept::SavedResults) => self.saved_results_set_aside,
            Notice::StorageUnavailable(Kept::ReaderList)
            | Notice::StorageFull(Kept::ReaderList)
            | Notice::StorageSetAside(Kept::ReaderList) => return None,
        };
        Some(text.to_string())
    }
}

impl ReaderStrings {
    /// What a notice of the officials' reader tells the visitor: its list's
    /// in its own words, the rest as the widget words them (`widget`).
    pub fn notice(&self, widget: &Strings, notice: Notice, rubric: &Rubric) -> String {
        let text = match notice {
            Notice::StorageUnavailable(Kept::ReaderList) => self.list_unavailable,
            Notice::StorageFull(Kept::ReaderList) => self.list_full,
            Notice::StorageSetAside(Kept::ReaderList) => self.list_set_aside,
            _ => return widget.notice(notice, rubric).unwrap_or_default(),
        };
        text.to_string()
    }
}

/// The widget's wording of a notice, for [`crate::ui::Notices`].
pub fn widget_notice(lang: Lang, notice: Notice, rubric: &Rubric) -> String {
    lang.strings().notice(notice, rubric).unwrap_or_default()
}

/// The reader's wording of a notice, for [`crate::ui::Notices`]:
/// only the reader's page names it, so the widget's wasm has none of the
/// reader's strings.
pub fn reader_notice(lang: Lang, notice: Notice, rubric: &Rubric) -> String {
    lang.reader_strings().notice(lang.strings(), notice, rubric)
}

/// The ARIA role of a notice: a link the visitor opened and cannot see is
/// an alert; the rest is status information.
pub fn notice_role(notice: Notice) -> &'static str {
    if notice.concerns_link() {
        "alert"
    } else {
        "status"
    }
}

/// Declares a struct of strings, its Chinese and English tables, and (for
/// the tests) a list of both, from one list of `name: "中文", "English";`
/// entries.
macro_rules! strings {
    (
        $(#[$doc:meta])* struct $strings:ident, $zh_table:ident, $en_table:ident, $test_table:ident;
        $($name:ident: $zh:literal, $en:literal;)*
    ) => {
        $(#[$doc])*
        ///
        /// Each field's documentation is its Chinese and English text.
        pub struct $strings {
            $(
                #[doc = concat!($zh, " / ", $en)]
                pub $name: &'static str,
            )*
        }

        /// The Chinese strings.
        pub static $zh_table: $strings = $strings { $($name: $zh,)* };

        /// The English strings.
        pub static $en_table: $strings = $strings { $($name: $en,)* };

        impl $strings {
            /// Each string with its field's name, in the table's order
            /// (for the build and the tests, which read the table).
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }

        #[cfg(test)]
        const $test_table: &[(&str, &str, &str)] = &[$((stringify!($name), $zh, $en),)*];
    };
}

strings! {
    /// Every string of the widget in one language.
    struct Strings, ZH, EN, TABLE;

    other_language: "English",
        "中文";
    intro: "对照《{guide}》的 {count} 项要素条件，看看贵企业上云到了哪一步，下一步该做什么。",
        "Check your enterprise against the {count} element conditions of the {guide}: see where you stand and what to do next.";
    privacy: "答案只保存在您的浏览器中，不会上传到任何服务器。",
        "Your answers stay in your browser; nothing is uploaded.";
    duration: "约需 10 分钟，可随时离开，下次接着答。",
        "About 10 minutes. You can leave at any time and carry on later.";
    skip_to_questions: "跳到题目",
        "Skip to the questions";
    large_text: "大字模式",
        "Large text";
    sections: "目录",
        "Sections";
    loading: "正在加载…",
        "Loading…";
    progress: "已答 {answered}/{total} 项",
        "{answered}/{total} answered";
    continue_answering: "继续作答",
        "Continue answering";
    all_answered: "全部已答",
        "All answered";
    start_over: "重新开始",
        "Start over";
    start_over_confirm: "确定要清除全部答案、重新开始吗？",
        "Clear all answers and start over?";
    what_this_means: "要素说明",
        "What this means";
    result: "自评结果",
        "Your result";
    overall_score: "综合得分",
        "Overall score";
    level: "上云等级",
        "Level";
    provisional: "暂定结果：还有 {count} 项未答，按“未上云”计。",
        "Provisional: {count} items unanswered, counted as not on the cloud.";
    complete: "全部 {count} 项已作答。",
        "All {count} items answered.";
    part_scores: "各部分得分",
        "Scores by part";
    no_score: "不适用",
        "n/a";
    group_scores: "各类要素得分",
        "Scores by group";
    group: "类别",
        "Group";
    score: "得分",
        "Score";
    show_table: "以表格查看",
        "Show as a table";
    chart_label: "各类要素得分（满分 {full}）",
        "Scores by group (out of {full})";
    next_steps: "下一步：达到“{level}”",
        "Next steps: reach “{level}”";
    next_steps_intro: "至少还需改进以下 {count} 项：",
        "At least these {count} items need to improve:";
    change_to: "改为“{answer}”",
        "to “{answer}”";
    unanswered: "未作答",
        "Unanswered";
    item_notes: "备注与凭证",
        "Notes and evidence";
    plan_add: "加入计划",
        "Add to plan";
    plan_add_for: "加入计划：{item}",
        "Add to plan: {item}";
    plan_add_all: "全部加入行动计划",
        "Add them all to the action plan";
    scale_heading: "如何作答",
        "How to answer";
    overall: "综合",
        "Overall";
    top_level: "已达到最高等级，继续保持并深化用云。",
        "You have reached the highest level: keep it up and deepen your use of the cloud.";
    blocked: "“{parts}”的各项均为“不适用”，无法达到“{level}”。",
        "Every item of “{parts}” is marked “does not apply”, so “{level}” cannot be reached.";
    list_separator: "、",
        ", ";
    indicative: "等级仅供参考：根据评价指南的要素条件计算。指南本身未划分等级，本结果不是官方评定。",
        "Levels are indicative: computed from the guide's element conditions. The guide itself defines no levels; this is not an official rating.";
    about_enterprise: "关于贵企业（选填）",
        "About your enterprise (optional)";
    about_enterprise_hint: "用于与同行业、同规模的企业比较；不填也能得到完整结果。",
        "To compare you with enterprises of your industry and size; your result is complete without it.";
    not_given: "不填写",
        "Not given";
    profile_pair: "{field}：{choice}",
        "{field}: {choice}";
    profile_separator: "；",
        "; ";
    link_carries_profile: "结果链接中还含有您填写的企业信息：{profile}。",
        "The result link also carries what you said about your enterprise: {profile}.";
    benchmark_heading: "与参评企业比较",
        "Among the enterprises assessed";
    share: "分享结果",
        "Share your result";
    share_link: "结果链接",
        "Result link";
    share_hint: "链接中含有您的答案，只在您分享时离开本浏览器。对方打开后以只读方式查看。",
        "The link holds your answers; they leave this browser only when you share it. Whoever opens it sees the result read-only.";
    copy: "复制链接",
        "Copy link";
    copied: "已复制",
        "Copied";
    copy_by_hand: "无法自动复制，链接已选中，请手动复制。",
        "Could not copy automatically: the link is selected, copy it by hand.";
    qr_label: "结果链接的二维码",
        "QR code of the result link";
    shared_banner: "您正在查看他人分享的自评结果（只读）。",
        "You are viewing a result someone shared (read-only).";
    start_own: "开始我的自评",
        "Start my own self-check";
    compare: "与我的结果对比",
        "Compare with mine";
    continue_from_shared: "以此结果为起点继续作答",
        "Carry on from this result";
    continue_replaces: "这会用链接中的答案替换您已作答的 {count} 项。继续吗？",
        "This replaces your {count} answers with the link's. Carry on?";
    part: "部分",
        "Part";
    link_damaged: "这个结果链接已损坏或不完整（可能在复制时被截断或改动），无法读取。您自己的进度不受影响。",
        "This result link is damaged or incomplete (perhaps cut off or changed when copied) and cannot be read. Your own progress is unaffected.";
    link_other_version: "这个结果链接是按评价指南的另一版本（第 {version} 版）生成的，本自评使用第 {current} 版，无法读取。您自己的进度不受影响。",
        "This result link was made for another version of the guide (version {version}); this self-check uses version {current}, so it cannot be read. Your own progress is unaffected.";
    storage_unavailable: "此浏览器不允许保存进度（例如无痕模式）：可以正常作答，但关闭页面后答案不会保留。",
        "This browser does not allow saving progress (private mode, for example): you can answer as usual, but your answers will not be kept after you close the page.";
    storage_full: "浏览器存储空间已满，进度无法保存：可以继续作答，但关闭页面后答案不会保留。",
        "The browser's storage is full, so progress cannot be saved: you can carry on, but your answers will not be kept after you close the page.";
    storage_set_aside: "之前保存的进度无法读取，已另行保留，本次从头开始。",
        "Saved progress could not be read; it has been kept aside and you start afresh.";
    storage_carried_over: "评价指南已更新：已沿用您之前的 {count} 项答案。",
        "The guide has been updated: {count} of your earlier answers were carried over.";
    saved_results_unavailable: "此浏览器不允许保存结果（例如无痕模式）：这份结果只在页面打开期间列出，关闭页面后不会保留。",
        "This browser does not allow saving results (private mode, for example): this result is listed only while the page is open, and will not be kept after you close it.";
    saved_results_full: "浏览器存储空间已满，这份结果没有保存：它只在页面打开期间列出。您的答案不受影响。",
        "The browser's storage is full, so this result was not saved: it is listed only while the page is open. Your answers are unaffected.";
    saved_results_set_aside: "之前保存的结果有一部分无法读取，已另行保留；其余的照常列出。您的答案不受影响。",
        "Some of the results saved earlier could not be read; they have been kept aside, and the rest are listed as usual. Your answers are unaffected.";
    feature_unavailable: "这项功能未能加载（可能网络已断开），请稍后再试。您的答案不受影响。",
        "This feature could not be loaded (the connection may be down); please try again. Your answers are unaffected.";
    try_again: "重试",
        "Try again";
    dismiss: "关闭提示",
        "Dismiss";
    see_result: "查看结果",
        "See result";
    print_title: "企业上云自评报告",
        "Cloud adoption self-check report";
    print_source: "依据《{guide}》（第 {version} 版）· {date}",
        "Based on the {guide} (version {version}) · {date}";
    sign_organisation: "单位名称（盖章）",
        "Organisation (seal)";
    sign_filled_by: "填报人",
        "Filled in by";
    sign_telephone: "联系电话",
        "Telephone";
    sign_date: "日期",
        "Date";
    earlier_release: "此结果按第 {version} 版指南作答，现行为第 {current} 版；得分按第 {version} 版的规则计算。",
        "This result was answered against version {version} of the guide; the current one is version {current}. It is scored by the rules of version {version}.";
    share_image: "生成分享图",
        "Make a picture to share";
    share_image_alt: "企业上云自评结果：综合得分 {score}，等级：{level}",
        "Cloud adoption self-check result: overall score {score}, level: {level}";
    records_heading: "保存与转移记录",
        "Keep your records";
    snapshots_heading: "保存与对比",
        "Save and compare";
    snapshot_note: "备注（可选），例如“2026 年申报前”",
        "Note (optional), e.g. “before the 2026 application”";
    snapshot_save: "保存本次结果",
        "Save this result";
    snapshot_offer: "全部 {count} 项已答完。保存本次结果，日后可与新的自评对比。",
        "All {count} items answered. Save this result to compare it with a later self-check.";
    snapshot_none: "尚未保存结果。结果只保存在本浏览器中。",
        "No result saved yet. Results are kept in this browser only.";
    close: "关闭",
        "Close";
    comparison_banner: "您正在查看他人分享的对比（只读）。",
        "You are viewing a comparison someone shared (read-only).";
    reader_link: "汇总多个自评结果（供主管部门使用）",
        "Read many results at once (for authorities)";
    crashed: "出错了，请刷新页面；您已保存的答案不受影响",
        "Something went wrong. Please reload the page; your saved answers are not affected.";
}

strings! {
    /// Every string of the officials' reader in one language.
    struct ReaderStrings, READER_ZH, READER_EN, READER_TABLE;
    title: "企业上云自评结果汇总",
        "Cloud adoption self-checks: many results at once";
    intro: "把企业发来的自评结果链接粘贴到下面（聊天记录、邮件、表格中的一列均可），即可汇总为一张总览。",
        "Paste the result links that enterprises sent you (a chat export, e-mails, a spreadsheet column) to see them as one cohort.";
    privacy: "全部在您的浏览器中完成，不会上传任何内容。粘贴的列表保存在本浏览器中，直到您清除。",
        "Everything happens in your browser; nothing is uploaded. The pasted list stays in this browser until you clear it.";
    back_to_widget: "返回自评",
        "Back to the self-check";
    list_unavailable: "此浏览器不允许保存粘贴的链接（例如无痕模式）：汇总照常可用，但关闭页面后列表不会保留。",
        "This browser does not allow keeping the pasted links (private mode, for example): the summary works as usual, but the list will not be kept after you close the page.";
    list_full: "浏览器存储空间已满，粘贴的链接无法保存：汇总照常可用，但关闭页面后列表不会保留。",
        "The browser's storage is full, so the pasted links cannot be kept: the summary works as usual, but the list will not be kept after you close the page.";
    list_set_aside: "之前保存的链接列表无法读取，已另行保留；本次从空白开始。",
        "The list of links kept earlier could not be read; it has been kept aside, and you start with an empty list.";
    input_label: "结果链接（每行可附企业名称）",
        "Result links (a line may carry the enterprise's name)";
    read: "读取",
        "Read";
    open_file: "打开文件（.txt 或 .csv）",
        "Open a file (.txt or .csv)";
    drop_hint: "也可以把文件拖到输入框中。",
        "You can also drop a file on the box.";
    file_unreadable: "无法读取文件“{name}”。",
        "The file “{name}” could not be read.";
    clear: "清除列表",
        "Clear the list";
    clear_confirm: "确定要清除粘贴的列表吗？",
        "Clear the pasted list?";
    reading: "正在读取：{done}/{total} 个链接…",
        "Reading: {done}/{total} links…";
    no_links: "没有找到自评结果链接。",
        "No result links found.";
    count_found: "找到的链接",
        "Links found";
    count_valid: "有效结果",
        "Valid results";
    count_invalid: "无法读取",
        "Refused";
    count_duplicates: "重复",
        "Repeats";
    counts_add_up: "{found} 个链接 = {valid} 个有效结果 + {invalid} 个无法读取 + {duplicates} 个重复",
        "{found} links = {valid} valid + {invalid} refused + {duplicates} repeats";
    refused_heading: "无法读取的链接",
        "Links that could not be read";
    line: "第 {line} 行",
        "Line {line}";
    refused_damaged: "链接已损坏或不完整（可能在复制时被截断或改动）",
        "damaged or incomplete (perhaps cut off or changed when copied)";
    refused_version: "按第 {version} 版评价指南生成，本工具使用第 {current} 版",
        "made for version {version} of the guide; this reader uses version {current}";
    versions_included: "其中{list}。每份结果按其版本的规则计分；逐项统计只计入含有该项的版本。",
        "Of these, {list}. Each result is scored by the rules of its own version; figures by item count the versions that have the item.";
    version_count: "第 {version} 版 {count} 份",
        "{count} of version {version}";
    version_separator: "、",
        ", ";
    row_version: "第 {version} 版",
        "version {version}";
    repeats_heading: "重复的链接",
        "Repeated links";
    repeat_of: "与第 {line} 行的结果相同",
        "the same result as line {line}";
    no_label: "（无名称）",
        "(no name)";
    levels_heading: "等级分布",
        "Levels reached";
    level: "等级",
        "Level";
    filter_heading: "按企业类型查看",
        "By kind of enterprise";
    filter_hint: "选择后，下面的各项数字和结果表只计所选类型的企业。",
        "Once chosen, every figure below and the table count only that kind of enterprise.";
    all_values: "全部",
        "All";
    segments_heading: "各类企业",
        "By industry and size";
    segment_not_given: "未填写",
        "Not given";
    col_segment: "类别",
        "Segment";
    col_mean_overall: "平均综合得分",
        "Mean score";
    col_profile: "企业信息",
        "Profile";
    moves_heading: "前后对比",
        "Before and after";
    moves_summary: "{count} 家企业发来了对比链接，含前后两次结果；其中等级提高 {up} 家，降低 {down} 家。",
        "{count} enterprises sent comparison links with an earlier and a later result; {up} rose a level or more, {down} fell.";
    level_move: "{from} → {to}：{count} 家",
        "{from} → {to}: {count}";
    no_level_moves: "没有企业的等级发生变化。",
        "No enterprise changed level.";
    before: "之前",
        "Before";
    after: "之后",
        "After";
    benchmark_heading: "对标文件 benchmark.json",
        "Benchmark file, benchmark.json";
    benchmark_intro: "文件只含汇总数字（各分数段、各等级的企业数），不含任何企业的答案、名称或链接；少于 {min} 家的类别不写入。把它放在 index.html 所在目录发布，企业即可看到自己在同行中的位置。",
        "The file holds aggregates only (how many enterprises at each score and level), never an enterprise's answers, name or link; a segment of fewer than {min} is left out. Publish it in the folder of index.html, and enterprises see where they stand among their peers.";
    benchmark_export: "导出 benchmark.json",
        "Export benchmark.json";
    benchmark_too_few: "有效结果少于 {min} 份：导出的文件中没有可供比较的数字，企业端不会显示对标。",
        "Fewer than {min} results: the exported file holds nothing to compare against, and the widget shows no benchmark.";
    benchmark_left_out: "按第 {version} 版以外版本生成的 {count} 份结果不计入。",
        "{count} results made for other versions than {version} are left out.";
    benchmark_check: "检查对标文件",
        "Check a benchmark file";
    benchmark_holds: "此文件有效：{date}，共 {count} 家企业，另有 {segments} 个类别可供比较。",
        "This file is valid: {date}, {count} enterprises, and {segments} segments to compare within.";
    benchmark_holds_nothing: "此文件有效，但其中没有可供比较的数字（结果太少）。",
        "This file is valid but holds nothing to compare against (too few results).";
    benchmark_invalid: "此文件不能使用：",
        "This file cannot be used:";
    enterprises: "企业数",
        "Count";
    parts_heading: "各部分与各类要素得分",
        "Scores by part and group";
    part_or_group: "部分 / 类别",
        "Part / group";
    mean: "平均分",
        "Mean";
    median: "中位数",
        "Median";
    items_heading: "各项要素的作答分布",
        "Answers to each item";
    items_intro: "每行一项要素，色块为给出各答案的企业所占比例。浅色为尚未上云，深色为已上云。",
        "One row an item; each segment is the share of enterprises giving that answer, light for not yet on the cloud, dark for on the cloud.";
    item: "要素",
        "Item";
    unanswered: "未作答",
        "Unanswered";
    holding_heading: "哪些要素阻碍企业升级",
        "What holds them back";
    holding_intro: "每家企业升到下一等级所需的最少改进中，各项要素出现的次数（从多到少）：",
        "How many enterprises' fewest changes to their next level include each item, most first:";
    holding_none: "没有企业需要改进：全部已达最高等级，或尚无结果。",
        "No enterprise needs a change: all are at the top level, or there are no results yet.";
    changes_away: "差 1 项即可升级：{one} 家；差 2 项：{two} 家。",
        "One change from their next level: {one}; two changes: {two}.";
    table_heading: "各企业结果",
        "Results";
    filter_level: "按等级筛选",
        "Filter by level";
    all_levels: "全部等级",
        "All levels";
    shown_rows: "显示 {shown}/{total} 条",
        "Showing {shown} of {total}";
    col_label: "企业",
        "Enterprise";
    col_overall: "综合",
        "Overall";
    col_answered: "已答",
        "Answered";
    col_provisional: "暂定",
        "Provisional";
    provisional_yes: "暂定",
        "provisional";
    open_result: "查看",
        "Open";
    export_csv: "导出 CSV（Excel 可直接打开）",
        "Export CSV (opens in Excel)";
    print: "打印报告 / 存为 PDF",
        "Print the report / save as PDF";
    report_source: "依据《{guide}》（第 {version} 版）· {date} · {count} 家企业",
        "Based on the {guide} (version {version}) · {date} · {count} enterprises";
}

strings! {
    /// The strings that only the code fetched on first use shows: the
    /// saved results, comparisons, the share picture and the standing
    /// among peers. A table of their own, since data stays in the module
    /// that starts the page when any of its code names it: these are not
    /// in the widget's start-up bytes.
    struct FirstUseStrings, FIRST_USE_ZH, FIRST_USE_EN, FIRST_USE_TABLE;

    snapshot_label: "{date} 保存的结果",
        "Result saved on {date}";
    mine: "我的结果",
        "My result";
    theirs: "分享的结果",
        "Shared result";
    current_answers: "当前答案",
        "Current answers";
    compare_before: "之前",
        "Before";
    compare_after: "之后",
        "After";
    compare_with_current: "与当前答案对比",
        "Compare with now";
    compare_run: "对比",
        "Compare";
    snapshot_delete: "删除",
        "Delete";
    snapshot_delete_confirm: "确定删除 {date} 保存的结果吗？",
        "Delete the result saved on {date}?";
    changed_items: "有变化的要素",
        "Items that changed";
    no_changes: "各要素的答案均无变化。",
        "No answer changed.";
    compare_levels: "上云等级：{before} → {after}",
        "Level: {before} → {after}";
    item_changed: "{item}：{before} → {after}",
        "{item}: {before} → {after}";
    item_added: "{item}（新增要素）：{answer}",
        "{item} (new item): {answer}";
    still_needed: "距“{level}”还需改进：{items}",
        "Still needed for “{level}”: {items}";
    compare_link: "对比链接",
        "Comparison link";
    compare_link_hint: "对方打开后可看到同样的对比（只读）。",
        "Whoever opens it sees the same comparison, read-only.";
    benchmark_overall: "综合得分高于 {below}% 的参评企业（共 {count} 家，{date}）",
        "Overall score higher than {below}% of the enterprises assessed ({count} in all, {date})";
    benchmark_part: "{part}：高于 {below}% 的企业",
        "{part}: higher than {below}%";
    benchmark_segment: "{field}为“{choice}”的 {count} 家企业中：综合得分高于 {below}%",
        "Among the {count} enterprises of {field} “{choice}”: overall score higher than {below}%";
    benchmark_segment_small: "{field}为“{choice}”的参评企业太少，暂不比较。",
        "Too few enterprises of {field} “{choice}” have been assessed to compare with.";
    share_image_hint: "长按图片可保存或转发。",
        "Long-press the picture to save or forward it.";
    share_image_download: "下载图片",
        "Download the picture";
    share_image_unavailable: "此浏览器不允许网页绘制图片（多为隐私设置所致），无法生成分享图。结果链接照常可用，可复制后发送。",
        "This browser does not let pages draw pictures (its privacy settings, most often), so no picture can be made. The result link works as usual: copy it to send it.";
    share_image_scan: "扫码查看完整结果",
        "Scan to see the full result";
}

strings! {
    /// The messages of a page that cannot start (the widget's and the
    /// reader's), in one language. The build writes them into the pages
    /// ([`crate::markup::start_up`]); the start-up script shows the one
    /// that applies.
    struct StartUpStrings, START_UP_ZH, START_UP_EN, START_UP_TABLE;

    loading: "正在加载…",
        "Loading…";
    cannot_run: "此浏览器无法运行本页：它不支持 WebAssembly，或版本太旧。",
        "This browser cannot run this page: it lacks WebAssembly, or is too old.";
    blocked: "本网站的安全设置（内容安全策略）不允许此浏览器运行本页。",
        "This site's security settings (its Content-Security-Policy) do not let this browser run this page.";
    failed: "本页没有完整下载（网络中断，或文件在传输中损坏）。",
        "This page did not download completely (the connection broke, or a file was damaged on the way).";
    no_script: "本页需要启用 JavaScript 和 WebAssembly。",
        "This page needs JavaScript and WebAssembly.";
    answers_not_kept: "因此不会保存您的答案，也不能计算结果；下面的问题仍可勾选，打印出来留作纸质清单。",
        "Your answers are therefore not kept, and no result can be worked out; the questions below can still be ticked and printed, as a checklist on paper.";
    answers_kept_on_retry: "已勾选的答案仍在页面上，重试成功后会保存。",
        "The answers ticked stay on the page and are kept once a retry succeeds.";
    switch_mode: "360、QQ、搜狗等双核浏览器，请点地址栏里的闪电图标，切换到“极速模式”；其他浏览器，请复制本页地址，用最新版的 Chrome、Edge、Firefox、Safari 或微信打开。",
        "In a dual-core browser (360, QQ, Sogou), click the lightning icon in the address bar to switch to its fast mode (极速模式); in any other, copy this page's address and open it in a current Chrome, Edge, Firefox, Safari or WeChat.";
    open_elsewhere: "请复制本页地址，用最新版的 Chrome、Edge、Firefox 或 Safari 打开；网站管理员可参照部署说明调整设置。",
        "Copy this page's address and open it in a current Chrome, Edge, Firefox or Safari; the site's webmaster can change the settings as the deployment notes say.";
    turn_on_scripts: "请启用 JavaScript，或用最新版的 Chrome、Edge、Firefox、Safari 或微信打开。",
        "Turn JavaScript on, or open the page in a current Chrome, Edge, Firefox, Safari or WeChat.";
    check_connection: "请检查网络后重试。",
        "Check the connection and retry.";
    checklist_note: "全部 {items} 个问题及其说明也在清单中，便于打印。",
        "All {items} questions, each with what it means, are also in the checklist, to print.";
    checklist_link: "{items} 项清单",
        "The checklist of {items}";
    address: "本页地址",
        "This page's address";
    retry: "重试",
        "Retry";
    not_started: "未能启动，见页首说明。",
        "Not started: see the message above.";
}

strings! {
    /// The strings of the records (a file and a link that keep everything
    /// the widget keeps) in one language.
    struct RecordsStrings, RECORDS_ZH, RECORDS_EN, RECORDS_TABLE;

    advice: "本浏览器可能会清除保存的结果（例如 iPhone 和微信七天未访问之后）。请在“保存与转移记录”中下载记录文件，或把记录链接发到微信保存。",
        "This browser may clear saved results (iPhones and WeChat after seven days without a visit). Keep them under “Keep your records”: download the records file, or send yourself the records link.";
    intro: "浏览器可能清除本页保存的内容（例如 iPhone 和微信在七天未访问之后）。把记录存成文件或链接，日后或在另一台设备上都能取回。",
        "Browsers may clear what this page keeps (iPhones and WeChat after seven days without a visit). Keep your records as a file or a link to take them back later, or on another device.";
    link_label: "记录链接：当前答案和 {count} 份保存的结果，不含备注、凭证和行动计划。可发到微信“文件传输助手”或加入收藏。",
        "Records link: the current answers and {count} saved results, without notes, evidence or the action plan. Send it to WeChat's File Transfer, or add it to Favourites.";
    link_unavailable: "有保存的结果日期无法写进链接，请用记录文件保存。",
        "A saved result's date cannot be written into a link: keep the records file instead.";
    export: "下载记录文件",
        "Download the records file";
    file_note: "记录文件（.json）保存全部内容，包括备注、凭证和行动计划，适合存在电脑上。",
        "The records file (.json) keeps everything, notes, evidence and the action plan included: keep it on a computer.";
    import_label: "导入记录文件",
        "Import a records file";
    taken: "已导入：{snapshots} 份保存的结果。",
        "Taken in: {snapshots} saved results.";
    taken_answers: "已导入：{snapshots} 份保存的结果，以及当前答案。",
        "Taken in: {snapshots} saved results, and the current answers.";
    taken_notebook: "备注 {notes} 条，行动计划 {plan} 项。",
        "Notes: {notes}; action plan entries: {plan}.";
    kept_own: "您原来的答案已另存为今天的一份结果。",
        "Your answers from before are kept as a saved result dated today.";
    nothing_new: "这些记录本浏览器都已经有了，没有改动。",
        "This browser already has all of these records; nothing changed.";
    refused: "未能导入“{file}”，本浏览器的记录没有改动：",
        "Could not import “{file}”; nothing in this browser changed:";
    unreadable_file: "无法读取这个文件。",
        "The file cannot be read.";
    before_import: "导入前的答案",
        "Answers before an import";
    banner: "这是一个记录链接：最新的答案和 {count} 份保存的结果，只读显示。除非您选择导入，本浏览器的记录不会改动。",
        "This is a records link: the latest answers and {count} saved results, shown read-only. Nothing in this browser changes unless you take them in.";
    take: "导入到本浏览器",
        "Take them into this browser";
    current_answers: "当前答案",
        "the current answers";
    saved_result: "第 {number} 份保存的结果",
        "saved result {number}";
    not_records: "不是本自评的记录文件（{detail}）",
        "not a records file of this self-check ({detail})";
    format_version: "记录文件格式为第 {version} 版，本页面只能读取第 {known} 版",
        "format version {version}, which this page cannot read (it reads {known})";
    other_rubric: "这是另一份自评（{rubric}）的记录",
        "records of another self-check ({rubric})";
    damaged: "{place}已损坏或不完整",
        "{place}: damaged or incomplete";
    other_version: "{place}是按评价指南第 {version} 版生成的，本页面无法读取",
        "{place}: made for version {version} of the guide, which this page cannot read";
    wrong_release: "{place}不是第 {version} 版的答案",
        "{place}: its answers are not of version {version}";
    bad_date: "{place}的日期“{date}”无法读取",
        "{place}: “{date}” is not a date";
    repeated_id: "保存的结果编号 {id} 出现了两次",
        "saved result id {id} is given twice";
    note_place: "第 {number} 条备注",
        "note {number}";
    plan_row_place: "行动计划第 {number} 项",
        "plan entry {number}";
    unknown_item: "{place}：本自评没有“{item}”这一项",
        "{place}: this self-check has no item “{item}”";
    repeated_item: "{place}：“{item}”出现了两次",
        "{place}: item “{item}” is given twice";
    unknown_evidence: "{place}：没有名为“{kind}”的凭证",
        "{place}: no kind of evidence is called “{kind}”";
    long_note: "{place}超过 {max} 字",
        "{place}: longer than {max} characters";
    unknown_target: "{place}的目标“{target}”不是可达到的答案",
        "{place}: “{target}” is not an answer to reach";
}

strings! {
    /// The strings of the notes, evidence and action plan in one language:
    /// only code in the module fetched on first use names them.
    struct PlanStrings, PLAN_ZH, PLAN_EN, PLAN_TABLE;

    note_label: "备注（最多 {max} 字）",
        "Note (up to {max} characters)";
    evidence_label: "已有凭证",
        "Evidence at hand";
    in_plan: "已在行动计划中。",
        "In the action plan.";
    heading: "行动计划",
        "Action plan";
    intro: "谁负责、何时完成、做到哪一步。只保存在本浏览器和记录文件中，不进入任何链接。",
        "Who does what, by when, and how far it is. Kept in this browser and in the records file only, never in a link.";
    outcome: "全部按计划完成后：{level}，综合得分 {overall}（现为{now_level}，{now_overall}）。",
        "Once every entry reaches its target: {level}, overall score {overall} (now {now_level}, {now_overall}).";
    empty: "计划中还没有内容：可在“下一步”或各题的“备注与凭证”中加入。",
        "Nothing is planned yet: add items from the next steps, or under any item's notes and evidence.";
    now: "现为：{answer}",
        "Now: {answer}";
    item: "要素",
        "Item";
    target: "目标",
        "Target";
    owner: "负责人",
        "Owner";
    date: "完成日期",
        "Due date";
    status: "进度",
        "Status";
    planned: "计划中",
        "Planned";
    doing: "进行中",
        "Under way";
    done: "已完成",
        "Done";
    overdue: "已逾期",
        "Overdue";
    overdue_count: "{count} 项已逾期。",
        "{count} overdue.";
    remove: "移出计划",
        "Remove";
    remove_for: "移出计划：{item}",
        "Remove from the plan: {item}";
    notes_report: "备注与凭证",
        "Notes and evidence";
    evidence_held: "凭证：{kinds}",
        "Evidence: {kinds}";
    unreadable: "本浏览器保存的备注和行动计划无法读取，已原样另存；这里从空白开始。",
        "The notes and action plan this browser kept could not be read; they were set aside as they were, and this starts afresh.";
    not_saved: "备注和行动计划没有保存（浏览器存储已满或不可用），只保留到关闭页面。请下载记录文件保存。",
        "The notes and action plan were not saved (browser storage is full or unavailable) and last only until the page is closed. Download the records file to keep them.";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{name}` placeholders of a template, in order.
    fn placeholders(template: &str) -> Vec<&str> {
        template
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for (name, zh, en) in TABLE
            .iter()
            .chain(READER_TABLE)
            .chain(RECORDS_TABLE)
            .chain(START_UP_TABLE)
            .chain(FIRST_USE_TABLE)
            .chain(PLAN_TABLE)
        {
            let (mut zh, mut en) = (placeholders(zh), placeholders(en));
            zh.sort_unstable();
            en.sort_unstable();
            assert_eq!(zh, en, "the placeholders of `{name}`");
        }
        assert!(TABLE.len() > 50, "the table lists every string");
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders(ZH.print_source), ["guide", "version", "date"]);
        assert_eq!(placeholders(EN.top_level), Vec::<&str>::new());
    }

    #[test]
    fn placeholders_are_filled() {
        let text = fill(ZH.progress, &[("answered", "12"), ("total", "40")]);
        assert_eq!(text, "已答 12/40 项");
    }

    #[test]
    fn a_value_is_not_read_as_a_template() {
        let values = [("a", "{b}"), ("b", "2")];
        assert_eq!(fill("{a}-{b}-{a}", &values), "{b}-2-{b}");
        assert_eq!(fill("{c} {a", &values), "{c} {a");
        assert_eq!(fill("{{b}}", &values), "{2}");
    }

    #[test]
    fn english_only_when_asked() {
        // The table that nginx's and the development server's tests read too.
        let table = include_str!("../../tests/language-tags.txt");
        let cases: Vec<(&str, &str)> = table
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(' '))
            .collect();
        assert!(cases.len() >= 10);
        for (tag, expected) in cases {
            let lang = if expected == "en" { Lang::En } else { Lang::Zh };
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        assert_eq!(Lang::from_tag(""), Lang::Zh);
    }

    #[test]
    fn each_storage_notice_names_what_failed() {
        let rubric = Rubric::embedded();
        let kinds = [
            Notice::StorageUnavailable,
            Notice::StorageFull,
            Notice::StorageSetAside,
        ];
        for lang in [Lang::Zh, Lang::En] {
            let mut seen = std::collections::HashSet::new();
            for kind in kinds {
                for kept in [Kept::Progress, Kept::SavedResults, Kept::ReaderList] {
                    let text = reader_notice(lang, kind(kept), rubric);
                    assert!(seen.insert(text.clone()), "{text}");
                    let (progress, result, list) = match lang {
                        Lang::Zh => ("进度", "结果", "链接"),
                        Lang::En => ("progress", "result", "links"),
                    };
                    let named = match kept {
                        Kept::Progress => progress,
                        Kept::SavedResults => result,
                        Kept::ReaderList => list,
                    };
                    assert!(text.contains(named), "{text}");
                    if kept != Kept::Progress {
                        assert!(!text.contains(progress), "{text}");
                    }
                }
            }
        }
        assert_eq!(
            widget_notice(Lang::Zh, Notice::StorageFull(Kept::SavedResults), rubric),
            "浏览器存储空间已满，这份结果没有保存：它只在页面打开期间列出。您的答案不受影响。"
        );
        assert_eq!(
            reader_notice(Lang::En, Notice::StorageUnavailable(Kept::ReaderList), rubric),
            "This browser does not allow keeping the pasted links (private mode, for example): the summary works as usual, but the list will not be kept after you close the page."
        );
    }

    #[test]
    fn notices_are_worded_and_given_a_role() {
        let rubric = Rubric::embedded();
        let notice = Notice::LinkOtherVersion { version: 2 };
        assert_eq!(
            widget_notice(Lang::Zh, notice, rubric),
            "这个结果链接是按评价指南的另一版本（第 2 版）生成的，本自评使用第 1 版，无法读取。您自己的进度不受影响。"
        );
        assert_eq!(notice_role(notice), "alert");
        let notice = Notice::CarriedOver { count: 3 };
        assert_eq!(
            widget_notice(Lang::En, notice, rubric),
            "The guide has been updated: 3 of your earlier answers were carried over."
        );
        assert_eq!(notice_role(notice), "status");
        assert_eq!(notice_role(Notice::Unfetched), "alert");
    }
}
