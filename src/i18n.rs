//! The two languages of the widget: Chinese first, English complete.
//!
//! Rubric texts carry both languages in the data; the interface's own
//! strings are the two [`Strings`] tables below, so a missing English string
//! is a compile error rather than a gap on the page. `{n}`-style
//! placeholders are filled with [`fill`].

use crate::rubric::Text;

/// A language of the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The language asked for by a query string such as `?lang=en`;
    /// Chinese unless English is asked for.
    pub fn from_query(query: &str) -> Lang {
        let asks_english = query
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "lang=en");
        if asks_english {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The value of `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

impl Strings {
    /// A score as shown: the number, or "n/a" for a part or group with no
    /// applicable item.
    pub fn score(&self, score: Option<u32>) -> String {
        score.map_or_else(|| self.no_score.to_string(), |s| s.to_string())
    }
}

/// Every string of the interface in one language.
pub struct Strings {
    /// The name of the other language, on the switch to it.
    pub other_language: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub duration: &'static str,
    pub skip_to_questions: &'static str,
    pub large_text: &'static str,
    pub sections: &'static str,
    pub progress: &'static str,
    pub continue_answering: &'static str,
    pub all_answered: &'static str,
    pub start_over: &'static str,
    pub start_over_confirm: &'static str,
    pub what_this_means: &'static str,
    pub result: &'static str,
    pub overall_score: &'static str,
    pub level: &'static str,
    pub provisional: &'static str,
    pub complete: &'static str,
    pub part_scores: &'static str,
    pub no_score: &'static str,
    pub group_scores: &'static str,
    pub group: &'static str,
    pub score: &'static str,
    pub show_table: &'static str,
    pub chart_label: &'static str,
    pub next_steps: &'static str,
    pub next_steps_intro: &'static str,
    pub change_to: &'static str,
    pub unanswered: &'static str,
    pub scale_heading: &'static str,
    pub overall: &'static str,
    pub top_level: &'static str,
    pub blocked: &'static str,
    pub list_separator: &'static str,
    pub indicative: &'static str,
    pub share: &'static str,
    pub share_link: &'static str,
    pub share_hint: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub qr_label: &'static str,
    pub shared_banner: &'static str,
    pub start_own: &'static str,
    pub compare: &'static str,
    pub compare_caption: &'static str,
    pub part: &'static str,
    pub theirs: &'static str,
    pub mine: &'static str,
    pub link_damaged: &'static str,
    pub link_other_version: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_set_aside: &'static str,
    pub storage_carried_over: &'static str,
    pub dismiss: &'static str,
    pub see_result: &'static str,
    pub print_title: &'static str,
    pub print_source: &'static str,
}

pub static ZH: Strings = Strings {
    other_language: "English",
    intro: "对照《{guide}》的 {count} 项要素条件，看看贵企业上云到了哪一步，下一步该做什么。",
    privacy: "答案只保存在您的浏览器中，不会上传到任何服务器。",
    duration: "约需 10 分钟，可随时离开，下次接着答。",
    skip_to_questions: "跳到题目",
    large_text: "大字模式",
    sections: "目录",
    progress: "已答 {answered}/{total} 项",
    continue_answering: "继续作答",
    all_answered: "全部已答",
    start_over: "重新开始",
    start_over_confirm: "确定要清除全部答案、重新开始吗？",
    what_this_means: "要素说明",
    result: "自评结果",
    overall_score: "综合得分",
    level: "上云等级",
    provisional: "暂定结果：还有 {count} 项未答，按“未上云”计。",
    complete: "全部 {count} 项已作答。",
    part_scores: "各部分得分",
    no_score: "不适用",
    group_scores: "各类要素得分",
    group: "类别",
    score: "得分",
    show_table: "以表格查看",
    chart_label: "各类要素得分（满分 100）",
    next_steps: "下一步：达到“{level}”",
    next_steps_intro: "至少还需改进以下 {count} 项：",
    change_to: "改为“{answer}”",
    unanswered: "未作答",
    scale_heading: "如何作答",
    overall: "综合",
    top_level: "已达到最高等级，继续保持并深化用云。",
    blocked: "“{parts}”的各项均为“不适用”，无法达到“{level}”。",
    list_separator: "、",
    indicative: "等级仅供参考：根据评价指南的要素条件计算。指南本身未划分等级，本结果不是官方评定。",
    share: "分享结果",
    share_link: "结果链接",
    share_hint: "链接中含有您的答案，只在您分享时离开本浏览器。对方打开后以只读方式查看。",
    copy: "复制链接",
    copied: "已复制",
    copy_by_hand: "无法自动复制，链接已选中，请手动复制。",
    qr_label: "结果链接的二维码",
    shared_banner: "您正在查看他人分享的自评结果（只读）。",
    start_own: "开始我的自评",
    compare: "与我的结果对比",
    compare_caption: "分享的结果与我的结果",
    part: "部分",
    theirs: "分享的结果",
    mine: "我的结果",
    link_damaged: "这个结果链接已损坏或不完整（可能在复制时被截断或改动），无法读取。您自己的进度不受影响。",
    link_other_version: "这个结果链接是按评价指南的另一版本（第 {version} 版）生成的，本自评使用第 {current} 版，无法读取。您自己的进度不受影响。",
    storage_unavailable: "此浏览器不允许保存进度（例如无痕模式）：可以正常作答，但关闭页面后答案不会保留。",
    storage_full: "浏览器存储空间已满，进度无法保存：可以继续作答，但关闭页面后答案不会保留。",
    storage_set_aside: "之前保存的进度无法读取，已另行保留，本次从头开始。",
    storage_carried_over: "评价指南已更新：已沿用您之前的 {count} 项答案。",
    dismiss: "关闭提示",
    see_result: "查看结果",
    print_title: "企业上云自评报告",
    print_source: "依据《{guide}》（第 {version} 版）· {date}",
};

pub static EN: Strings = Strings {
    other_language: "中文",
    intro: "Check your enterprise against the {count} element conditions of the {guide}: see where you stand and what to do next.",
    privacy: "Your answers stay in your browser; nothing is uploaded.",
    duration: "About 10 minutes. You can leave at any time and carry on later.",
    skip_to_questions: "Skip to the questions",
    large_text: "Large text",
    sections: "Sections",
    progress: "{answered}/{total} answered",
    continue_answering: "Continue answering",
    all_answered: "All answered",
    start_over: "Start over",
    start_over_confirm: "Clear all answers and start over?",
    what_this_means: "What this means",
    result: "Your result",
    overall_score: "Overall score",
    level: "Level",
    provisional: "Provisional: {count} items unanswered, counted as not on the cloud.",
    complete: "All {count} items answered.",
    part_scores: "Scores by part",
    no_score: "n/a",
    group_scores: "Scores by group",
    group: "Group",
    score: "Score",
    show_table: "Show as a table",
    chart_label: "Scores by group (out of 100)",
    next_steps: "Next steps: reach “{level}”",
    next_steps_intro: "At least these {count} items need to improve:",
    change_to: "to “{answer}”",
    unanswered: "Unanswered",
    scale_heading: "How to answer",
    overall: "Overall",
    top_level: "You have reached the highest level: keep it up and deepen your use of the cloud.",
    blocked: "Every item of “{parts}” is marked “does not apply”, so “{level}” cannot be reached.",
    list_separator: ", ",
    indicative: "Levels are indicative: computed from the guide's element conditions. The guide itself defines no levels; this is not an official rating.",
    share: "Share your result",
    share_link: "Result link",
    share_hint: "The link holds your answers; they leave this browser only when you share it. Whoever opens it sees the result read-only.",
    copy: "Copy link",
    copied: "Copied",
    copy_by_hand: "Could not copy automatically: the link is selected, copy it by hand.",
    qr_label: "QR code of the result link",
    shared_banner: "You are viewing a result someone shared (read-only).",
    start_own: "Start my own self-check",
    compare: "Compare with mine",
    compare_caption: "The shared result and mine",
    part: "Part",
    theirs: "Shared result",
    mine: "My result",
    link_damaged: "This result link is damaged or incomplete (perhaps cut off or changed when copied) and cannot be read. Your own progress is unaffected.",
    link_other_version: "This result link was made for another version of the guide (version {version}); this self-check uses version {current}, so it cannot be read. Your own progress is unaffected.",
    storage_unavailable: "This browser does not allow saving progress (private mode, for example): you can answer as usual, but your answers will not be kept after you close the page.",
    storage_full: "The browser's storage is full, so progress cannot be saved: you can carry on, but your answers will not be kept after you close the page.",
    storage_set_aside: "Saved progress could not be read; it has been kept aside and you start afresh.",
    storage_carried_over: "The guide has been updated: {count} of your earlier answers were carried over.",
    dismiss: "Dismiss",
    see_result: "See result",
    print_title: "Cloud adoption self-check report",
    print_source: "Based on the {guide} (version {version}) · {date}",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_only_when_asked() {
        assert_eq!(Lang::from_query("?lang=en"), Lang::En);
        assert_eq!(Lang::from_query("?x=1&lang=en"), Lang::En);
        assert_eq!(Lang::from_query("?lang=english"), Lang::Zh);
        assert_eq!(Lang::from_query(""), Lang::Zh);
    }

    #[test]
    fn placeholders_are_filled() {
        let text = fill(ZH.progress, &[("answered", "12"), ("total", "40")]);
        assert_eq!(text, "已答 12/40 项");
    }
}
