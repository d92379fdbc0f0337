//! Prints the page's opening as static HTML (see `selfcheck::markup::opening`),
//! for the build to put into index.html, or with `checklist` the checklist
//! of every question: in Chinese, or in the language given
//! (`prerender en`, `prerender en checklist`). Run natively by
//! scripts/dist/page.mjs, with the same rubric as the build.

use selfcheck::model::i18n::Lang;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().map_or(Lang::Zh, |tag| Lang::from_tag(&tag));
    let rubric = selfcheck::model::rubric::Rubric::embedded();
    if args.next().as_deref() == Some("checklist") {
        print!(
            "{}",
            selfcheck::markup::opening::checklist_html(rubric, lang)
        );
    } else {
        print!("{}", selfcheck::markup::opening::opening_html(rubric, lang));
    }
}
