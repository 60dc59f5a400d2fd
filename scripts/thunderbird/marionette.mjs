// A minimal Marionette client: the automation protocol built into Firefox and Thunderbird
// (`--marionette`; the server listens on the profile's `marionette.port`). Each message is
// `<byte length>:<JSON>`; a command is [0, id, name, parameters], its answer [1, id, error, result].
// Just enough for scripts/thunderbird-check.mjs: a session, the chrome context, scripts, quit.

import net from 'node:net'

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export class Marionette {
  #socket
  #buffer = Buffer.alloc(0)
  #nextId = 1
  #pending = new Map()
  #greeting

  /** Connects, retrying while the application starts (it opens the port late in start-up). */
  static async connect(port, { timeoutMs = 60_000, alive = () => true } = {}) {
    const until = Date.now() + timeoutMs
    for (;;) {
      try {
        const driver = new Marionette()
        await driver.#open(port)
        return driver
      } catch (error) {
        if (!alive()) throw new Error('the application exited before Marionette answered')
        if (Date.now() > until) throw new Error(`no Marionette server on port ${port}: ${error.message}`)
        await sleep(500)
      }
    }
  }

  #open(port) {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1')
      this.#socket = socket
      this.#greeting = { resolve, reject }
      socket.once('error', reject)
      socket.on('close', () => {
        this.#greeting?.reject(new Error('closed before the greeting'))
        for (const { reject: fail } of this.#pending.values()) fail(new Error('Marionette connection closed'))
        this.#pending.clear()
      })
      socket.on('data', (chunk) => this.#receive(chunk))
    })
  }

  #receive(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk])
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a)
      if (colon < 0) return
      const length = Number(this.#buffer.subarray(0, colon).toString('ascii'))
      if (this.#buffer.length < colon + 1 + length) return
      const message = JSON.parse(this.#buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'))
      this.#buffer = this.#buffer.subarray(colon + 1 + length)
      if (this.#greeting) {
        this.#greeting.resolve(message)
        this.#greeting = undefined
        continue
      }
      const [, id, error, result] = message
      const waiter = this.#pending.get(id)
      this.#pending.delete(id)
      if (!waiter) continue
      if (error) waiter.reject(new Error(`${error.error}: ${error.message}${error.stacktrace ? `\n${error.stacktrace}` : ''}`))
      else waiter.resolve(result)
    }
  }

  send(name, parameters = {}) {
    const id = this.#nextId++
    const body = Buffer.from(JSON.stringify([0, id, name, parameters]), 'utf8')
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      this.#socket.write(`${body.length}:`)
      this.#socket.write(body)
    })
  }

  newSession() {
    return this.send('WebDriver:NewSession', { capabilities: {} })
  }

  setContext(context) {
    return this.send('Marionette:SetContext', { value: context })
  }

  /** Runs a script (its body; `arguments` holds args; a returned promise is awaited) and returns its value. */
  async execute(script, args = []) {
    const wrapped = `return (async function () { ${script} }).apply(null, arguments)`
    const answer = await this.send('WebDriver:ExecuteScript', { script: wrapped, args, scriptTimeout: 60_000 })
    return answer?.value
  }

  quit() {
    return this.send('Marionette:Quit', { flags: ['eAttemptQuit'] })
  }

  close() {
    this.#socket?.destroy()
  }
}
