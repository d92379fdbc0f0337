//! Prints the page's opening as static HTML (see `selfcheck::prerender`),
//! for the build to put into index.html. Run natively by
//! scripts/finish-dist.mjs, with the same rubric as the build.

fn main() {
    let rubric = selfcheck::rubric::Rubric::embedded();
    print!("{}", selfcheck::prerender::opening_html(rubric));
}
