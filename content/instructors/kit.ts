// The instructor's kit as plain data (issue 11): the twelve claims and where the lab shows them,
// objectives, prerequisites, lesson plans, discussion prompts, known simplifications and what
// lies beyond the lab. The answer key and the misconception list are built from the scenarios
// and the myths (answerKey.ts), so they cannot drift from what learners see.

import type { ScenarioId } from '../myths'

export interface StepRef {
  scenario: ScenarioId
  /** The step that shows it (the learner sees it after pressing Next that many times). */
  step: number
}

export interface Claim {
  n: number
  /** The seed article's claim, as it states it. */
  claim: string
  /** What the lab shows about it: true, or true with a nuance. */
  verdict: string
  shownIn: readonly StepRef[]
}

export const CLAIMS: readonly Claim[] = [
  {
    n: 1,
    claim: 'POP3 downloads mail to the device, then deletes it from the server (by default).',
    verdict: 'True of the classic default. DELE only marks; QUIT deletes. Many modern clients leave a copy.',
    shownIn: [{ scenario: 'download-and-delete', step: 1 }],
  },
  {
    n: 2,
    claim: 'Multi-device access is hard with POP3.',
    verdict: 'True with delete-after-download: the second device finds nothing. With "leave a copy" it gets the mail, but not the read state.',
    shownIn: [
      { scenario: 'second-device', step: 2 },
      { scenario: 'read-sync', step: 4 },
    ],
  },
  {
    n: 3,
    claim: 'Some POP3 clients can leave a copy on the server.',
    verdict: 'True. UIDL lets each device skip what it already has.',
    shownIn: [{ scenario: 'leave-a-copy', step: 4 }],
  },
  {
    n: 4,
    claim: 'POP3 mail is readable offline; the network is needed only to send or receive.',
    verdict: 'True. IMAP can also read offline whatever the device keeps a copy of.',
    shownIn: [{ scenario: 'offline', step: 4 }],
  },
  {
    n: 5,
    claim: 'POP3 saves server space.',
    verdict: 'True with delete-after-download: the space moves to the device, which then holds the only copy.',
    shownIn: [{ scenario: 'storage', step: 1 }],
  },
  {
    n: 6,
    claim: 'POP3 can consolidate several accounts into one inbox.',
    verdict: 'True, and IMAP apps can show several accounts together too; the mail then stays on the server.',
    shownIn: [{ scenario: 'consolidate', step: 1 }],
  },
  {
    n: 7,
    claim: 'IMAP keeps mail on the server and syncs devices: read on the phone, read on the laptop.',
    verdict: 'True. The \\Seen flag lives on the server.',
    shownIn: [{ scenario: 'read-sync', step: 4 }],
  },
  {
    n: 8,
    claim: 'IMAP uses more server space.',
    verdict: 'True: every message stays on the server until someone deletes it.',
    shownIn: [
      { scenario: 'download-and-delete', step: 1 },
      { scenario: 'storage', step: 1 },
    ],
  },
  {
    n: 9,
    claim: 'IMAP lets you read from any device.',
    verdict: 'True: a second or a new device sees the whole mailbox.',
    shownIn: [
      { scenario: 'second-device', step: 2 },
      { scenario: 'lost-phone', step: 5 },
    ],
  },
  {
    n: 10,
    claim: 'IMAP mail is backed up at the server (a lost phone loses nothing).',
    verdict: 'Partly. A new device gets back what the server holds, but sync is not backup: a deletion on any device is a deletion everywhere.',
    shownIn: [{ scenario: 'lost-phone', step: 5 }],
  },
  {
    n: 11,
    claim: 'IMAP saves device space, and can keep offline copies when asked.',
    verdict: 'True. The device keeps headers and what you open; opening a message downloads it.',
    shownIn: [
      { scenario: 'storage', step: 2 },
      { scenario: 'offline', step: 4 },
    ],
  },
  {
    n: 12,
    claim: 'POP3 is simpler and faster.',
    verdict: 'Simpler, yes. Faster depends: POP3 waits for more round trips, IMAP receives more bytes.',
    shownIn: [
      { scenario: 'round-trips', step: 1 },
      { scenario: 'round-trips', step: 2 },
    ],
  },
]

export const OBJECTIVES: readonly string[] = [
  'Predict where each message is (server, phone, laptop) after a mail check under POP3, with and without "leave a copy", and under IMAP.',
  'Explain, citing the lab\'s figures, why a message read on one device shows as read on another under IMAP but not under POP3.',
  'Name SMTP as the protocol that sends mail, and tell submission (device to provider) from relay (server to server).',
  'Compare the round trips and bytes of both protocols for the same download, and say which kind of link favours which.',
  'Explain why keeping devices in sync is not a backup, with an example of a deletion.',
  'Read a short POP3 or IMAP transcript and say what each command does to the mailbox (with the console).',
]

export const PREREQUISITES: readonly string[] = [
  'Has used email on a phone or computer, and knows that mail waits on a provider\'s server.',
  'Knows what a client and a server are, in one sentence.',
  'Can use a web browser. No programming is needed; the console challenges need typing commands exactly.',
]

export interface LessonActivity {
  minutes: number
  activity: string
  scenario?: ScenarioId
}

export interface LessonPlan {
  id: 'lesson-20' | 'lesson-50'
  title: string
  minutes: number
  activities: readonly LessonActivity[]
}

export const LESSON_PLANS: readonly LessonPlan[] = [
  {
    id: 'lesson-20',
    title: '20-minute lesson: where does my mail live?',
    minutes: 20,
    activities: [
      { minutes: 2, activity: 'Ask: "If you lose your phone, do you lose your email?" Note the answers. SMTP brings mail to the server; POP3 and IMAP collect it.' },
      { minutes: 4, activity: 'Predict, then run. Point at the server meter.', scenario: 'download-and-delete' },
      { minutes: 4, activity: 'Predict which setting would help, then run.', scenario: 'second-device' },
      { minutes: 4, activity: 'Predict, then run. Open the note on the line that sets \\Seen.', scenario: 'read-sync' },
      { minutes: 4, activity: 'Predict, then run. Read the myth card together.', scenario: 'lost-phone' },
      { minutes: 2, activity: 'Exit ticket: the last worksheet question. Return to the opening question.' },
    ],
  },
  {
    id: 'lesson-50',
    title: '50-minute lesson: POP3 and IMAP, claim by claim',
    minutes: 50,
    activities: [
      { minutes: 4, activity: 'Opening question and the big picture: SMTP submits and relays mail; POP3 and IMAP collect it.' },
      { minutes: 5, activity: 'Predict, run, read the myth card.', scenario: 'download-and-delete' },
      { minutes: 5, activity: 'Predict which setting would help.', scenario: 'second-device' },
      { minutes: 5, activity: 'Who carries new mail? How does the phone avoid duplicates?', scenario: 'leave-a-copy' },
      { minutes: 5, activity: 'Go offline; compare what opens.', scenario: 'offline' },
      { minutes: 5, activity: 'Watch the meters when the invoice is opened.', scenario: 'storage' },
      { minutes: 5, activity: 'Read on one device, look on the other.', scenario: 'read-sync' },
      { minutes: 5, activity: 'Delete, lose the phone, set up a tablet.', scenario: 'lost-phone' },
      { minutes: 5, activity: 'Count round trips and bytes; discuss "faster".', scenario: 'round-trips' },
      { minutes: 6, activity: 'Discussion prompts in pairs, then the exit ticket. Set the console challenges as homework.' },
    ],
  },
]

export const DISCUSSION_PROMPTS: readonly string[] = [
  'Your grandparent uses one computer and a POP3 account that deletes after download. What would you change before they buy a tablet, and why that setting, on that device?',
  'The round-trips scenario shows POP3 waiting more and IMAP receiving more. Which would you pick on a slow satellite link, and which on a metered mobile plan?',
  'A friend says "IMAP is my backup". Using the lost-phone run, what would you tell them, and what would an actual backup need?',
  'Both protocols say nothing about sending. Trace a message from your phone to a friend\'s laptop: which protocols carry it, and where?',
  'Why might a server record \\Seen for a POP3 download, when no POP3 client can ever read it?',
]

export const SIMPLIFICATIONS: readonly string[] = [
  'No TLS. The lab\'s connections are plain text so you can read them. Real servers require encryption: TLS from the start (POP3 995, IMAP 993, submission 465) or switched on with STLS/STARTTLS (110, 143, 587).',
  'Minimal clients. The simulated phone, laptop and tablet send the fewest commands a client needs. Real apps also ask for capabilities, identify themselves, keep IDLE open, use extensions such as CONDSTORE and QRESYNC, and check on a timer.',
  'SMTP only where a scenario is about it. In sending, the phone submits its message over SMTP. In sending and quota-full, new mail arrives in a server-to-server SMTP conversation, and a full mailbox refuses it with 552 at RCPT, so the sender gets a bounce. In the other scenarios new mail simply appears on the server. On the console (/console) a learner sends mail by hand.',
  'Server behaviours that are Dovecot\'s choices, not the RFCs\': a POP3 download marks the message \\Seen (only IMAP can see it); the POP3 maildrop is not locked (pop3_lock_session = no), so two sessions can log in; news about other sessions\' changes arrives at the next command or during IDLE; the wording of replies.',
  'Small world. One server, a few short messages, no attachments worth the name, and few folders: the scenarios use INBOX, Sent and Archive.',
]

export const BEYOND: string =
  'Many people never configure POP3 or IMAP. Webmail runs the mail app on the provider\'s servers; your browser speaks HTTPS to it, and the webmail app often reaches the mailbox over IMAP itself. ' +
  'Exchange ActiveSync is Microsoft\'s sync protocol over HTTPS for mail, calendar and contacts, with push, used by many phones for Exchange and Outlook.com accounts. ' +
  'JMAP (RFC 8620 and RFC 8621) is a newer open standard that does IMAP\'s job with JSON over HTTPS, with push and fewer round trips. The ideas in this lab (where the mail lives, what syncs, what a deletion does) carry over to all three.'

/** How a course page collects `answer` events from an embedded lab (postMessage, API v1). */
export const COLLECT_ANSWERS_SNIPPET = `<script>
  // Replace with the lab's origin, e.g. "https://lab.example.edu".
  var LAB_ORIGIN = "https://LAB-HOST";
  window.addEventListener("message", function (event) {
    if (event.origin !== LAB_ORIGIN) return;
    var data = event.data;
    if (!data || data.source !== "mail-protocol-lab" || data.type !== "answer") return;
    // data.scenario, data.questionId, data.correct (true or false)
    fetch("/my-course/answers", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenario: data.scenario, question: data.questionId, correct: data.correct }),
    });
  });
</script>`
