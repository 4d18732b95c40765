// Runs the atproto reference network (@atproto/dev-env TestNetwork: PLC, PDS, AppView,
// Ozone, Bsync) on loopback only, for cmstation's tests.
//
// Needs Postgres and Redis (start.sh provides them) and the packages that setup.sh installs
// into scripts/atproto/.work. Prints ONE JSON line on stdout when the network is ready:
//   {"ready": true, "pds": "http://localhost:...", "appview": "...", "plc": "...", ...}
// then stays up until stdin closes or SIGTERM/SIGINT arrives, and shuts down cleanly.
//
// Environment: DB_POSTGRES_URL, REDIS_HOST (host:port), ATPROTO_WORK (the install folder).
import dns from 'node:dns'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// --- Bind every server to loopback ---------------------------------------------------
// The packages listen on all interfaces (and get-port probes every interface). Only
// loopback traffic is allowed here, so any listen() without a loopback host is rewritten.
const LOOPBACK = '127.0.0.1'
const isLoopback = (host) =>
  typeof host === 'string' &&
  (host === 'localhost' || host.startsWith('127.') || host === '::1')
const origListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  const first = args[0]
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    // listen(options[, cb]); a unix socket path or an inherited handle is left alone
    if (first.path === undefined && first.fd === undefined && first._handle === undefined) {
      if (!isLoopback(first.host)) args[0] = { ...first, host: LOOPBACK, ipv6Only: false }
    }
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] === 'string') {
      if (!isLoopback(args[1])) args[1] = LOOPBACK
    } else {
      args.splice(1, 0, LOOPBACK)
    }
  } else if (first === undefined || typeof first === 'function') {
    // listen() or listen(cb): a random port on every interface
    args.splice(0, 0, 0, LOOPBACK)
  }
  return origListen.apply(this, args)
}
dns.setDefaultResultOrder('ipv4first')
// stdout carries only the ready line; the libraries' chatter goes to stderr.
console.log = console.error
console.info = console.error

const here = path.dirname(fileURLToPath(import.meta.url))
const work = process.env.ATPROTO_WORK || path.join(here, '.work')
const devEnvEntry = path.join(work, 'env', 'node_modules', '@atproto', 'dev-env', 'dist', 'index.js')

const log = (...parts) => process.stderr.write(`[atproto] ${parts.join(' ')}\n`)

const main = async () => {
  const { TestNetwork } = await import(pathToFileURL(devEnvEntry).href)
  const started = Date.now()
  const network = await TestNetwork.create({
    dbPostgresSchema: 'cmstation',
    // PLC on a free port (dev-env's default 2582 would let only one network run at a time)
    plc: process.env.ATPROTO_PLC_PORT ? { port: Number(process.env.ATPROTO_PLC_PORT) } : {},
    pds: { hostname: 'localhost', enableDidDocWithSession: true },
    bsky: { dbPostgresSchema: 'bsky' },
  })
  // Index everything the set-up wrote before saying we are ready.
  await network.processAll()
  const info = {
    ready: true,
    pid: process.pid,
    plc: network.plc.url,
    pds: network.pds.url,
    pds_did: network.pds.ctx.cfg.service.did,
    appview: network.bsky.url,
    appview_did: network.bsky.ctx.cfg.serverDid,
    ozone: network.ozone.url,
    handle_domain: network.pds.ctx.cfg.identity.serviceHandleDomains[0],
    admin_password: 'admin-pass',
    startup_ms: Date.now() - started,
  }
  process.stdout.write(`${JSON.stringify(info)}\n`)

  let closing = false
  const shutdown = async (why) => {
    if (closing) return
    closing = true
    log(`shutting down (${why})`)
    const timer = setTimeout(() => {
      log('shutdown took too long; exiting')
      process.exit(1)
    }, 20_000)
    timer.unref()
    try {
      await network.close()
    } catch (err) {
      log(`error while closing: ${err?.stack || err}`)
    }
    process.exit(0)
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  if (process.env.ATPROTO_WATCH_STDIN !== '0') {
    process.stdin.on('end', () => shutdown('stdin closed'))
    process.stdin.on('error', () => shutdown('stdin error'))
    process.stdin.resume()
  }
}

main().catch((err) => {
  log(`failed to start: ${err?.stack || err}`)
  process.exit(1)
})
