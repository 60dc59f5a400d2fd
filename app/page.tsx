import { ConsoleErrorProbe } from './ConsoleErrorProbe'
type Protocol = 'pop3' | 'imap'

type WireLine = { from: 'C' | 'S' | '…'; text: string }

type Place = { name: string; after: string }

type Lane = {
  protocol: Protocol
  title: string
  summary: string
  places: Place[]
  wire: WireLine[]
}

/*
 * The wire lines are excerpts of conversations recorded from a real Dovecot 2.3 server
 * (the reference transcripts pop3-basic and imap-basic); "…" marks what is left out here: whole
 * lines, or the long capability lists.
 */
const lanes: Lane[] = [
  {
    protocol: 'pop3',
    title: 'POP3',
    summary: 'Downloads the message to one device, then, by default, deletes it from the server.',
    places: [
      { name: 'Mail server', after: 'The message is gone once the phone says QUIT, unless the phone leaves a copy.' },
      { name: 'Phone', after: 'Holds its own copy, readable offline.' },
      { name: 'Laptop', after: 'Never sees the message.' },
    ],
    wire: [
      { from: 'S', text: '+OK Dovecot (Debian) ready.' },
      { from: 'C', text: 'USER alice' },
      { from: 'S', text: '+OK' },
      { from: 'C', text: 'PASS secret' },
      { from: 'S', text: '+OK Logged in.' },
      { from: 'C', text: 'RETR 1' },
      { from: 'S', text: '+OK 220 octets' },
      { from: '…', text: 'the whole message, then a line with a single dot' },
      { from: 'C', text: 'DELE 1' },
      { from: 'S', text: '+OK Marked to be deleted.' },
      { from: 'C', text: 'QUIT' },
      { from: 'S', text: '+OK Logging out, messages deleted.' },
    ],
  },
  {
    protocol: 'imap',
    title: 'IMAP',
    summary: 'Keeps the message on the server and keeps every device in step with it.',
    places: [
      { name: 'Mail server', after: 'Keeps the message, now flagged \\Seen.' },
      { name: 'Phone', after: 'Shows it as read.' },
      { name: 'Laptop', after: 'Shows it as read too, at its next sync.' },
    ],
    wire: [
      { from: 'S', text: '* OK [CAPABILITY IMAP4rev1 …] Dovecot (Debian) ready.' },
      { from: 'C', text: 'a1 LOGIN alice secret' },
      { from: 'S', text: 'a1 OK [CAPABILITY IMAP4rev1 …] Logged in' },
      { from: 'C', text: 'a4 SELECT INBOX' },
      { from: 'S', text: '* 3 EXISTS' },
      { from: '…', text: 'flags, UIDVALIDITY and UIDNEXT' },
      { from: 'C', text: 'a6 FETCH 1 BODY[]' },
      { from: 'S', text: '* 1 FETCH (FLAGS (\\Seen \\Recent) BODY[] {220}' },
      { from: '…', text: 'the whole message' },
      { from: 'C', text: 'a7 LOGOUT' },
      { from: 'S', text: '* BYE Logging out' },
    ],
  },
]

const accent: Record<Protocol, { text: string; border: string; soft: string }> = {
  pop3: { text: 'text-pop3', border: 'border-pop3', soft: 'bg-pop3-soft' },
  imap: { text: 'text-imap', border: 'border-imap', soft: 'bg-imap-soft' },
}

const speaker: Record<WireLine['from'], string> = { C: 'client', S: 'server', '…': 'left out' }

function LaneCard({ lane }: { lane: Lane }) {
  const colours = accent[lane.protocol]
  const headingId = `${lane.protocol}-lane`
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col gap-5 rounded-xl border-t-4 ${colours.border} bg-surface-raised p-5 shadow-sm ring-1 ring-line`}
    >
      <div>
        <h3 id={headingId} className={`text-xl font-semibold ${colours.text}`}>
          {lane.title}
        </h3>
        <p className="mt-1 text-ink-muted">{lane.summary}</p>
      </div>

      <dl className="grid gap-2">
        {lane.places.map((place) => (
          <div key={place.name} className={`rounded-lg ${colours.soft} px-3 py-2`}>
            <dt className="font-medium">{place.name}</dt>
            <dd className="text-sm">{place.after}</dd>
          </div>
        ))}
      </dl>

      <figure className="flex flex-col gap-2">
        <figcaption className="text-sm font-medium">On the wire</figcaption>
        <ol className="rounded-lg bg-surface-sunken p-3 font-mono text-[0.8125rem] leading-6">
          {lane.wire.map((line, index) => (
            <li key={index} className="flex gap-3">
              <span className="w-3 shrink-0 text-ink-muted" title={speaker[line.from]}>
                <span aria-hidden="true">{line.from}</span>
                <span className="sr-only">{speaker[line.from]}:</span>
              </span>
              <span className={`min-w-0 whitespace-pre-wrap wrap-anywhere ${line.from === '…' ? 'font-sans italic text-ink-muted' : ''}`}>
                {line.text}
              </span>
            </li>
          ))}
        </ol>
      </figure>
    </section>
  )
}

export default function Home() {
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-12 px-5 py-10 sm:px-8 sm:py-14">
      <header className="flex max-w-prose flex-col gap-4">
        <p className="font-mono text-sm text-ink-muted">POP3 · IMAP · one mailbox</p>
        <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Mail Protocol Lab</h1>
        <ConsoleErrorProbe />
        <p className="text-lg">
          POP3 and IMAP both fetch mail from a server, yet they leave your devices in very different places.
          This lab runs the two protocols side by side, on identical copies of the same mailbox, with the same
          actions, so you can watch the difference happen instead of memorising it.
        </p>
      </header>

      <section aria-labelledby="what-you-see" className="flex flex-col gap-6">
        <div className="flex max-w-prose flex-col gap-3">
          <h2 id="what-you-see" className="text-2xl font-semibold tracking-tight">
            What you will see
          </h2>
          <p>
            Each protocol gets a lane. In it sit the mail server and your devices: a phone, a laptop, a tablet
            or a desktop. Message cards show where every message lives and whether it is unread, read or
            deleted. Beside them runs the real protocol conversation, line by line, with a note on what each
            command and reply means.
          </p>
          <p>
            Here is one step, reading the first message on the phone, and where it leaves each place:
          </p>
        </div>

        <div className="grid gap-6 md:grid-cols-2">
          {lanes.map((lane) => (
            <LaneCard key={lane.protocol} lane={lane} />
          ))}
        </div>

        <p className="max-w-prose text-sm text-ink-muted">
          The lines on the wire are excerpts of a conversation recorded from a real Dovecot 2.3 mail server.
        </p>
      </section>

      <section aria-labelledby="what-you-can-do" className="flex max-w-prose flex-col gap-3">
        <h2 id="what-you-can-do" className="text-2xl font-semibold tracking-tight">
          What you can do
        </h2>
        <ul className="list-disc space-y-2 pl-5">
          <li>Step forward and back through a scenario, or let it play, and pause on any line.</li>
          <li>
            Change a device&apos;s settings, such as POP3&apos;s &ldquo;leave a copy on the server&rdquo; or
            IMAP&apos;s offline copies, and see what changes on the server and on every device.
          </li>
          <li>
            Take a device offline, lose a phone, or let new mail arrive, and compare storage, round trips and
            bytes.
          </li>
        </ul>
      </section>

      <footer className="max-w-prose border-t border-line pt-6 text-sm text-ink-muted">
        Neither POP3 nor IMAP sends mail: SMTP does. Both only retrieve what the server already holds.
      </footer>
    </main>
  )
}
