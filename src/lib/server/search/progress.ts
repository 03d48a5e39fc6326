/**
 * A progress bar for command-line tools, on stderr so stdout stays clean for results. On a terminal
 * it redraws one line; in a log (CI, a pipe) it prints a line every tenth instead.
 */

const WIDTH = 30;

export interface ProgressBar {
	update(label: string, done: number, total: number): void;
	/** Ends the current line. */
	finish(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
	let lastLabel = '';
	let lastTenth = -1;
	let drawn = false;
	return {
		update(label, done, total) {
			const fraction = total > 0 ? Math.min(1, done / total) : 1;
			const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
			if (stream.isTTY) {
				const filled = Math.round(fraction * WIDTH);
				const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
				if (drawn && label !== lastLabel) stream.write('\n');
				stream.write(
					`\r${label.padEnd(12)} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${counts}`
				);
				drawn = true;
			} else {
				const tenth = Math.floor(fraction * 10);
				if (label === lastLabel && tenth === lastTenth) return;
				stream.write(`${label} ${Math.round(fraction * 100)}% ${counts}\n`);
				lastTenth = tenth;
			}
			lastLabel = label;
		},
		finish() {
			if (drawn) stream.write('\n');
			drawn = false;
		}
	};
}
