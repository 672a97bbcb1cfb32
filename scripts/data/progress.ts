import cliProgress from 'cli-progress';

/** The progress of one file: a bar on a terminal, one plain line when it ends otherwise (CI logs). */
export interface FileProgress {
  update(done: number, total: number): void;
  /** It was read: one line saying what came of it. */
  done(summary: string): void;
  /** It could not be read: its name and the reason. */
  failed(reason: string): void;
}

export interface Progress {
  file(name: string, position: number, count: number): FileProgress;
  line(text: string): void;
}

/** Where the command writes what it is doing: standard error, so standard output stays clean. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

function ordinal(position: number, count: number): string {
  return `[${position}/${count}]`;
}

/** Plain lines: one per file when it is done, nothing that redraws. */
function plainProgress(output: Output): Progress {
  return {
    file: (name, position, count) => ({
      update: () => undefined,
      done: (summary) => output.write(`${ordinal(position, count)} ${name}: ${summary}\n`),
      failed: (reason) => output.write(`${ordinal(position, count)} ${name}: NOT READ: ${reason}\n`),
    }),
    line: (text) => output.write(`${text}\n`),
  };
}

/** A bar per file, redrawn as its pages or sheets are read, left on screen with what came of it. */
function barProgress(output: Output): Progress {
  return {
    file(name, position, count) {
      const bar = new cliProgress.SingleBar(
        {
          format: `${ordinal(position, count)} {bar} {percentage}% ${name} {status}`,
          stream: output as NodeJS.WritableStream,
          barsize: 20,
          hideCursor: null,
          clearOnComplete: false,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(1, 0, { status: '' });
      const end = (status: string) => {
        bar.update(bar.getTotal(), { status });
        bar.stop();
      };
      return {
        update: (done, total) => {
          bar.setTotal(total);
          bar.update(done, { status: '' });
        },
        done: (summary) => end(`: ${summary}`),
        failed: (reason) => end(`: NOT READ: ${reason}`),
      };
    },
    line: (text) => output.write(`${text}\n`),
  };
}

export function progressOn(output: Output): Progress {
  return output.isTTY ? barProgress(output) : plainProgress(output);
}
