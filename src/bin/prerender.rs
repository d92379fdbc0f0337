//! Prints what the build writes into the pages (see
//! `selfcheck::markup::opening`), run natively by scripts/dist/, with the
//! same rubric as the build:
//! - `prerender LANG`: the widget page's opening, in `zh` or `en`;
//! - `prerender LANG checklist`: the checklist of every question;
//! - `prerender boot`: what the start-up script and the page must know, a
//!   line each: `read-only-marker M` for what a fragment opening a result
//!   read-only begins with, `large-text-key K` for the large-text choice's
//!   key, and `item-count N` for the number of questions the page's
//!   start-up messages name (`{items}` in index.html).

use selfcheck::markup::opening::{checklist_html, opening_html};
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
            println!("item-count {}", rubric.item_count());
        }
        [tag, "checklist"] => print!("{}", checklist_html(rubric, Lang::from_tag(tag)).as_str()),
        [tag] => print!("{}", opening_html(rubric, Lang::from_tag(tag)).as_str()),
        _ => {
            eprintln!("usage: prerender LANG [checklist] | prerender boot");
            std::process::exit(2);
        }
    }
}
