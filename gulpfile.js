const path = require('path');
const { task, src, dest } = require('gulp');

// tsc compiles the TypeScript; the node and credential icons (light and dark SVG) are copied
// next to the compiled files so that n8n finds them at the `file:` paths the descriptions give.
task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest(path.resolve('dist')),
	),
);
