//! The link finder, on a table of messy inputs: what chat apps, e-mail and
//! spreadsheets do to a result link.

use selfcheck::model::engine::Answers;
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::codec::{decode, encode, LinkError};
use selfcheck::model::link::finder::find_links;
use selfcheck::model::link::{comparison_in_fragment, payload_in_fragment, Address};
use selfcheck::model::rubric::Rubric;

const ID: &str = "cloud-adoption";

/// Two distinct valid payloads of the guide.
fn payloads() -> (String, String) {
    let rubric = Rubric::embedded();
    let first = encode(rubric, &Answers::all(rubric, rubric.choice("2")));
    let second = encode(rubric, &Answers::all(rubric, rubric.choice("1")));
    (first, second)
}

/// (line, payload, label) of each link found.
type Found = Vec<(usize, String, String)>;

fn found(text: &str) -> Found {
    find_links(text, ID)
        .into_iter()
        .map(|f| (f.line, f.payload.to_string(), f.label))
        .collect()
}

fn one(line: usize, payload: &str, label: &str) -> Found {
    vec![(line, payload.to_string(), label.to_string())]
}

#[test]
fn each_messy_form_is_found_with_its_label() {
    let (p, _) = payloads();
    let url = "https://www.example.gov.cn/zt/shangyun/";
    let cases: Vec<(String, Found)> = vec![
        (format!("{url}#r={p}"), one(1, &p, "")),
        (format!("甲公司 {url}#r={p}"), one(1, &p, "甲公司")),
        (format!("甲公司：{url}#r={p}"), one(1, &p, "甲公司")),
        (
            format!("甲公司|{url}#r={p}|2026-11-01"),
            one(1, &p, "甲公司 2026-11-01"),
        ),
        // A WeChat share adds a query before the fragment.
        (
            format!("甲公司 {url}?from=singlemessage&isappinstalled=0#r={p}"),
            one(1, &p, "甲公司"),
        ),
        // Punctuation glued to the end.
        (format!("请看{url}#r={p}。"), one(1, &p, "请看")),
        (format!("（乙公司：{url}#r={p}）"), one(1, &p, "乙公司")),
        (format!("\"{url}#r={p}\""), one(1, &p, "")),
        (
            format!("{url}#r={p}&from=timeline 丙公司"),
            one(1, &p, "&from=timeline 丙公司"),
        ),
        // Letters glued to the end: the checksum says where the link ends.
        (format!("{url}#r={p}abc"), one(1, &p, "abc")),
        // A CSV row with quoted cells, CRLF line ends.
        (
            format!("\"丁公司\",\"{url}#r={p}\"\r\n"),
            one(1, &p, "丁公司"),
        ),
        // A percent-encoded `=`.
        (format!("戊公司 {url}#r%3D{p}"), one(1, &p, "戊公司")),
        (format!("戊公司 {url}#r%3d{p}"), one(1, &p, "戊公司")),
        // Full-width spaces and a byte order mark.
        (
            format!("\u{feff}己公司\u{3000}{url}#r={p}\u{3000}"),
            one(1, &p, "己公司"),
        ),
        // Without a scheme.
        (
            format!("庚公司 www.example.gov.cn/zt/#r={p}"),
            one(1, &p, "庚公司"),
        ),
        // On the third line.
        (format!("标题\n\n辛公司 {url}#r={p}"), one(3, &p, "辛公司")),
    ];
    for (text, expected) in cases {
        assert_eq!(found(&text), expected, "{text}");
    }
}

#[test]
fn a_comparison_link_counts_as_its_later_result() {
    let (before, after) = payloads();
    let url = "https://www.example.gov.cn/zt/shangyun/";
    assert_eq!(
        found(&format!("甲公司 {url}#c={before}.{after}。")),
        one(1, &after, "甲公司")
    );
    assert_eq!(
        found(&format!("{url}?lang=en#c%3D{before}.{after}")),
        one(1, &after, "")
    );
    // The link as written spans both results.
    let text = format!("乙公司：{url}#c={before}.{after}");
    assert_eq!(find_links(&text, ID)[0].link, &text["乙公司：".len()..]);
    // Without its later result it is no link.
    assert_eq!(found(&format!("{url}#c={before}")), Found::new());
    assert_eq!(found(&format!("{url}#c={before}x{after}")), Found::new());
}

#[test]
fn two_links_on_one_line_get_a_label_each() {
    let (p, q) = payloads();
    let text = format!("甲公司 https://x.cn/#r={p} 乙公司 https://x.cn/#r={q}");
    assert_eq!(
        found(&text),
        [
            (1, p.clone(), "甲公司".to_string()),
            (1, q.clone(), "乙公司".to_string())
        ]
    );
    let links: Vec<&str> = find_links(&text, ID).iter().map(|f| f.link).collect();
    assert_eq!(
        links,
        [
            format!("https://x.cn/#r={p}"),
            format!("https://x.cn/#r={q}")
        ]
    );
    // Labels after the links.
    let text = format!("https://x.cn/#r={p} 甲公司 https://x.cn/#r={q}");
    assert_eq!(found(&text)[0].2, "甲公司");
}

#[test]
fn a_link_split_across_lines_is_found_cut_short_and_refused() {
    let (p, _) = payloads();
    let text = format!("甲公司 https://x.cn/#r={}\n{}", &p[..15], &p[15..]);
    let links = find_links(&text, ID);
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].line, 1);
    assert_eq!(
        decode(Rubric::embedded(), links[0].payload),
        Err(LinkError::Damaged)
    );
}

#[test]
fn text_without_links_finds_none_quickly() {
    let text = "企业上云 # r= #lang=en https://x.cn/#top\n".repeat(25_000);
    assert!(text.len() > 1_000_000);
    assert_eq!(find_links(&text, ID), []);
    let letters = "A".repeat(1 << 20);
    assert_eq!(find_links(&letters, ID), []);
    // A marker followed by a megabyte of payload characters.
    let long = format!("#r={letters}");
    assert_eq!(find_links(&long, ID).len(), 1);
}

#[test]
fn the_widget_reads_a_fragment_the_same_way() {
    let (p, _) = payloads();
    for fragment in [
        format!("#r={p}"),
        format!("r={p}"),
        format!("#r%3D{p}"),
        format!("#r={p}%E3%80%82"),
        format!("#r={p}&from=singlemessage"),
        format!("#r={p}%EF%BC%89"),
    ] {
        assert_eq!(
            payload_in_fragment(&fragment, ID),
            Some(p.as_str()),
            "{fragment}"
        );
    }
    assert_eq!(payload_in_fragment("#lang=en", ID), None);
    assert_eq!(payload_in_fragment("", ID), None);
    assert_eq!(payload_in_fragment("#r=%E4%BC%81", ID), Some(""));
}

#[test]
fn a_comparison_link_carries_two_payloads() {
    let (p, q) = payloads();
    let at = |fragment: &str| {
        comparison_in_fragment(fragment, ID).map(|(b, a)| (b.to_string(), a.to_string()))
    };
    let (p, q) = (p.as_str(), q.as_str());
    let both = Some((p.to_string(), q.to_string()));
    assert_eq!(at(&format!("#c={p}.{q}")), both);
    // The later payload ends where its checksum says, even before letters.
    assert_eq!(at(&format!("#c%3D{p}.{q}。")), both);
    assert_eq!(at(&format!("#c={p}.{q}abc")), both);
    assert_eq!(at(&format!("#c={p}&from=x")), None);
    assert_eq!(at(&format!("#r={p}")), None);
}

#[test]
fn every_link_the_widget_makes_reads_back() {
    let (p, q) = payloads();
    for lang in [Lang::Zh, Lang::En] {
        let address = Address::parse("https://gov.example/zt/?from=singlemessage#r=old");
        let link = address.result_link(lang, &p);
        let opened = Address::parse(&link);
        assert_eq!(opened.lang(), lang, "{link}");
        assert_eq!(payload_in_fragment(opened.fragment(), ID), Some(p.as_str()));
        assert_eq!(found(&link), one(1, &p, ""));

        let link = address.comparison_link(lang, &p, &q);
        let opened = Address::parse(&link);
        assert_eq!(opened.lang(), lang, "{link}");
        assert_eq!(
            comparison_in_fragment(opened.fragment(), ID),
            Some((p.as_str(), q.as_str()))
        );
        // A reader counts a comparison link as its later result.
        assert_eq!(found(&link), one(1, &q, ""));
        assert_eq!(
            Address::parse(&opened.page(lang.other())).lang(),
            lang.other()
        );
    }
}
