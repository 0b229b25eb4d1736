import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The raw message, quoted-printable soft line breaks undone. */
  text: string;
}

/** A real SMTP server on a free local port that keeps what it receives, for tests. */
export async function startSmtpInbox() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        const text = raw
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
            String.fromCharCode(Number.parseInt(hex, 16)),
          );
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), text });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /**
     * The single-use token of the last link to `path` sent to `to`, waiting up to 5 s for the
     * mail (some are sent after the answer, on purpose).
     */
    async linkToken(to: string, path: string): Promise<string> {
      for (let waited = 0; waited < 5000; waited += 20) {
        const mail = [...received].reverse().find((m) => m.to.includes(to));
        const token = mail?.text.match(new RegExp(`${path}#([A-Za-z0-9_-]+)`))?.[1];
        if (token) return token;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no ${path} link was mailed to ${to}`);
    },
    /** Waits until `to` has received `count` mails, then a moment more, and returns how many. */
    async settledCount(to: string, count: number): Promise<number> {
      const mailsTo = () => received.filter((mail) => mail.to.includes(to)).length;
      for (let waited = 0; waited < 5000 && mailsTo() < count; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // and no more after that
      return mailsTo();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
