//! Prints what the build writes into the pages (see
//! `selfcheck::markup::opening`), run natively by scripts/postbuild/, with the
//! same rubric as the build:
//! - `page-parts LANG`: the widget page's opening, in `zh` or `en`;
//! - `page-parts LANG checklist`: the checklist of every question;
//! - `page-parts boot`: what the start-up script and the page must know, a
//!   line each: `read-only-marker M` for what a fragment opening a result
//!   read-only begins with, `large-text-key K` for the large-text choice's
//!   key, and `title-LANG T` for the widget's title in each language
//!   (embed.js names its frame so);
//! - `page-parts head widget LANG`: the widget page's `<title>` and
//!   description in `zh` or `en`; `page-parts head reader`: the reader's;
//! - `page-parts start-up widget LANG`: the widget page's start-up messages,
//!   in its language; `page-parts start-up reader`: the reader's, in both;
//! - `page-parts start-up-strings LANG`: those messages' strings, as a JSON
//!   object by name (for the tests).

use selfcheck::markup::header::{reader_head_html, widget_head_html};
use selfcheck::markup::opening::{checklist_html, opening_html};
use selfcheck::markup::start_up::{start_up_html, StartUpPage};
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::read_only_markers;
use selfcheck::model::rubric::Rubric;
use selfcheck::model::saved::LARGE_TEXT_KEY;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rubric = Rubric::embedded();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["boot"] => {
            for marker in read_only_markers() {
                println!("read-only-marker {marker}");
            }
            println!("large-text-key {LARGE_TEXT_KEY}");
            for lang in [Lang::Zh, Lang::En] {
                println!("title-{} {}", lang.tag(), rubric.short_name.get(lang));
            }
        }
        ["head", "widget", tag] => {
            print!("{}", widget_head_html(rubric, Lang::from_tag(tag)).as_str());
        }
        ["head", "reader"] => print!("{}", reader_head_html().as_str()),
        ["start-up", "widget", tag] => {
            let page = StartUpPage::Widget {
                items: rubric.item_count(),
            };
            print!("{}", start_up_html(page, &[Lang::from_tag(tag)]).as_str());
        }
        ["start-up", "reader"] => {
            print!(
                "{}",
                start_up_html(StartUpPage::Reader, &[Lang::Zh, Lang::En]).as_str()
            );
        }
        ["start-up-strings", tag] => {
            let strings: serde_json::Map<String, serde_json::Value> = Lang::from_tag(tag)
                .start_up_strings()
                .entries()
                .into_iter()
                .map(|(name, text)| (name.into(), text.into()))
                .collect();
            print!("{}", serde_json::Value::Object(strings));
        }
        [tag, "checklist"] => print!("{}", checklist_html(rubric, Lang::from_tag(tag)).as_str()),
        [tag] => print!("{}", opening_html(rubric, Lang::from_tag(tag)).as_str()),
        _ => {
            eprintln!(
                "usage: page-parts LANG [checklist] | page-parts boot | \
                 page-parts head (widget LANG | reader) | \
                 page-parts start-up (widget LANG | reader) | page-parts start-up-strings LANG"
            );
            std::process::exit(2);
        }
    }
}
