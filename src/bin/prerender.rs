//! Prints the page's opening as static HTML (see `selfcheck::prerender`),
//! for the build to put into index.html: in Chinese, or in the language
//! given (`prerender en`). Run natively by scripts/dist/page.mjs, with
//! the same rubric as the build.

use selfcheck::i18n::Lang;

fn main() {
    let lang = std::env::args()
        .nth(1)
        .map_or(Lang::Zh, |tag| Lang::from_tag(&tag));
    let rubric = selfcheck::rubric::Rubric::embedded();
    print!("{}", selfcheck::prerender::opening_html(rubric, lang));
}
