//! Prints what the build writes into the pages (see
//! `selfcheck::markup::opening`), run natively by scripts/dist/, with the
//! same rubric as the build:
//! - `prerender LANG`: the widget page's opening, in `zh` or `en`;
//! - `prerender LANG checklist`: the checklist of every question;
//! - `prerender read-only-markers`: what a fragment opening a result
//!   read-only begins with, one per line, for the start-up script.

use selfcheck::markup::opening::{checklist_html, opening_html};
use selfcheck::model::i18n::Lang;
use selfcheck::model::link::read_only_markers;
use selfcheck::model::rubric::Rubric;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rubric = Rubric::embedded();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["read-only-markers"] => {
            for marker in read_only_markers() {
                println!("{marker}");
            }
        }
        [tag, "checklist"] => print!("{}", checklist_html(rubric, Lang::from_tag(tag)).as_str()),
        [tag] => print!("{}", opening_html(rubric, Lang::from_tag(tag)).as_str()),
        _ => {
            eprintln!("usage: prerender LANG [checklist] | prerender read-only-markers");
            std::process::exit(2);
        }
    }
}
