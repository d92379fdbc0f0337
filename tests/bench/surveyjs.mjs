// The same forty questions in SurveyJS (survey-core and survey-js-ui, the
// library's own build for plain pages), for the benchmark to measure beside
// the widget: the questions, their descriptions and the answer scale are
// read from the build's checklist page, so both ask exactly the same.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompress } from '../../scripts/postbuild/compress.mjs';

const modules = new URL('../../node_modules/', import.meta.url).pathname;
const LIBRARY = [
  ['survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
  ['survey-core/survey-core.fontless.min.css', 'survey-core.min.css'],
];

/** SurveyJS's JSON for the questions of the checklist page `html`: one radio group each. */
export function surveyModel(html) {
  const text = (markup) => markup.replace(/<[^>]+>/g, '');
  const elements = [...html.matchAll(/<fieldset class="item"[^>]*>([\s\S]*?)<\/fieldset>/g)].map(([, item]) => ({
    type: 'radiogroup',
    name: /name="([^"]+)"/.exec(item)[1],
    title: text(/<legend>([\s\S]*?)<\/legend>/.exec(item)[1]),
    description: text(/<p>([\s\S]*?)<\/p>/.exec(item)[1]),
    choices: [...item.matchAll(/value="([^"]+)"><span>([^<]*)<\/span>/g)].map(([, value, label]) => ({ value, text: label })),
  }));
  if (elements.length !== 40) throw new Error(`the checklist holds ${elements.length} questions, not 40`);
  return { title: text(/<h1>([\s\S]*?)<\/h1>/.exec(html)[1]), showQuestionNumbers: 'off', elements };
}

/** Writes the SurveyJS page for the build in `dist` into a new folder, precompressed; returns the folder. */
export async function writeSurveyJsPage(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'surveyjs-'));
  const model = surveyModel(readFileSync(join(dist, 'checklist.html'), 'utf8'));
  for (const [from, to] of LIBRARY) copyFileSync(join(modules, from), join(dir, to));
  writeFileSync(join(dir, 'model.js'), `window.SURVEY = ${JSON.stringify(model)};\n`);
  writeFileSync(join(dir, 'start.js'), "new Survey.Model(window.SURVEY).render(document.getElementById('survey'));\n");
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${model.title}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="./survey-core.min.css">
  </head>
  <body>
    <div id="survey"></div>
    <script src="./survey.core.min.js"></script>
    <script src="./survey-js-ui.min.js"></script>
    <script src="./model.js"></script>
    <script src="./start.js"></script>
  </body>
</html>
`);
  await precompress(dir);
  return dir;
}
