// Prettier: chosen to match the code as it was written by hand, so that the first
// `npm run format` changes as little as possible (measured on the whole tree; see the commit).
//   printWidth 160   the code wraps by hand between ~120 and ~180 (99th percentile of line
//                    length 170); 160 changes the fewest lines without joining short lines into
//                    ones too long to read in a side-by-side diff. Wider changes fewer lines only
//                    by collapsing hand-wrapped expressions.
//   no semicolons, single quotes, trailing commas everywhere, `(x) =>`: the house style.
//   objects keep the line breaks their author chose (objectWrap "preserve", the default).
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  overrides: [
    // YAML is written with double quotes (docker-compose.yml); keep them.
    { files: '*.{yml,yaml}', options: { singleQuote: false } },
  ],
}
