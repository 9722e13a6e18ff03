import { createInterface } from 'node:readline';

/** One line from standard input (after showing `prompt` on a terminal); '' when input ends first. */
export function readLine(prompt = ''): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined, terminal: Boolean(process.stdin.isTTY) });
  return new Promise((resolve) => {
    let answer = '';
    lines.once('line', (line) => {
      answer = line;
      lines.close();
    });
    lines.once('close', () => resolve(answer));
    if (prompt) lines.setPrompt(prompt);
    if (prompt) lines.prompt();
  });
}

/** A line typed on the terminal without echoing it (a password); Ctrl+C stops the program. */
export function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let secret = '';
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        }
        if (character === '\r' || character === '\n' || character === '\u0004') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stdout.write('\n');
          resolve(secret);
          return;
        }
        // Backspace (DEL or BS) removes the last character typed.
        secret = character === '\u007f' || character === '\b' ? secret.slice(0, -1) : secret + character;
      }
    };
    input.on('data', onData);
  });
}
