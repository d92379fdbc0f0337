//! Prints the page's opening as static HTML (see
//! `selfcheck::markup::opening`), for the build to put into index.html, or
//! with `checklist` the checklist of every question: in Chinese, or in the
//! language given (`prerender en`, `prerender en checklist`). Run natively
//! by scripts/dist/page.mjs, with the same rubric as the build.

use selfcheck::markup::opening::{checklist_html, opening_html};
use selfcheck::model::i18n::Lang;
use selfcheck::model::rubric::Rubric;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().map_or(Lang::Zh, |tag| Lang::from_tag(&tag));
    let rubric = Rubric::embedded();
    let html = if args.next().as_deref() == Some("checklist") {
        checklist_html(rubric, lang)
    } else {
        opening_html(rubric, lang)
    };
    print!("{}", html.as_str());
}
