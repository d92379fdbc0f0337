// The shipped style sheet against the browser floor (scripts/test.sh runs
// stylelint on dist/'s stylesheet, which esbuild has lowered for the floor:
// `inset`, for one, is written out). doiuse, with caniuse's data, names
// every feature a floor browser lacks. Each one let through below degrades
// well there, for the reason given; anything new fails the tests.
import { BROWSERSLIST } from '../../scripts/postbuild/floor.mjs';

export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [true, {
      // The floor of browsers.toml. (360 Browser 13 is Chromium 86, QQ's
      // X5 kernel Chromium 89.)
      browsers: BROWSERSLIST,
      severity: 'error',
      ignore: [
        // The checked answer's pill (.choice:has(input:checked)): without
        // it the native radio shows the choice (tests/e2e/start-up.spec.mjs).
        'css-has',
        // The sheet's own focus ring: without it the browser's own shows
        // (no rule removes outlines).
        'css-focus-visible',
        // Spacing between flex items (Chrome before 84, Safari before
        // 14.1): the items touch, and work as before.
        'flexbox-gap',
        // doiuse reads grid's `minmax()` as min()/max(); the sheet uses neither.
        'css-math-functions',
        // Partial: `overflow: clip` and two values; the sheet uses single keywords.
        'css-overflow',
        // Partial: not on <thead> or <tr> before Chrome 91; the sheet's are on <th> and <div>.
        'css-sticky',
        // Partial: prefixed forms are written beside it.
        'css-appearance',
        // Hints for speed: without them the page is laid out whole.
        'css-containment',
        'css-content-visibility',
        // Jumps scroll at once instead of smoothly.
        'css-scroll-behavior',
        // Partial (scroll-margin, Firefox before 68): a jump's target
        // lands flush with the top instead of a little below it.
        'css-snappoints',
        // Without motion preference the page keeps its (small) motion.
        'prefers-reduced-motion',
        // With scripts off, the reader's "loading" line shows beside the <noscript> message.
        'css-media-scripting',
        // Print only: page margins, colours and column breaks.
        'css-paged-media',
        'css-color-adjust',
        'multicolumn',
        // Fonts with a fallback after them in the same list.
        'extended-system-fonts',
        'font-family-system-ui',
        // The pasted-links box keeps its size on iOS, which has no resize handle.
        'css-resize',
        // An iOS-only property, ignored elsewhere.
        'text-size-adjust',
      ],
    }],
  },
};
