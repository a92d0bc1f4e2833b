#!/usr/bin/env node
// Load for serve --opcua-port: SESSIONS OPC UA sessions (spread over CHANNELS client
// connections), each signed in as USER and subscribed to one tag of its own SimBase session
// (publishing 50 ms). Runs SECONDS, then prints
//   opcua_load sessions=<n> subscribed=<n> changes=<n> p50_ms= p99_ms= max_ms=
// where the latency is each change's arrival minus its source timestamp (the step that made it).
//
//   node load.js URL USER PASSWORD SESSIONS CHANNELS SECONDS TAG
//   node load.js URL --credentials FILE SESSIONS CHANNELS SECONDS TAG
//
// With --credentials, FILE holds "user<TAB>token<TAB>session id" lines (simbase load
// --credentials-out FILE): each OPC UA session signs in as that session's student with their
// token (one SHA-256 on the server, not a password hash), 50 at a time, as 500 students would.
"use strict";

const {
  OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds, TimestampsToReturn, ClientSubscription,
  ClientMonitoredItem, NodeClass, UserTokenType,
} = require("node-opcua-client");
const { OPCUACertificateManager } = require("node-opcua-certificate-manager");
const path = require("path");

const fs = require("fs");

const [url, user, password, sessionsArg, channelsArg, secondsArg, tag] = process.argv.slice(2);
const byToken = user === "--credentials";
const wanted = Number(sessionsArg);
const channels = Number(channelsArg);

async function children(session, nodeId) {
  const br = await session.browse(nodeId);
  return br.references.filter((r) => r.nodeClass === NodeClass.Object).map((r) => r.nodeId.toString());
}

async function sessionIds(session, ns) {
  const ids = [];
  for (const c of await children(session, "ns=" + ns + ";s=Sessions")) {
    for (const st of await children(session, c)) {
      for (const se of await children(session, st)) ids.push(se.replace(/^ns=\d+;s=/, ""));
    }
  }
  return ids;
}

function newClient(certificateManager) {
  return OPCUAClient.create({
    clientCertificateManager: certificateManager,
    applicationName: "SimBaseLoad", endpointMustExist: false, securityMode: MessageSecurityMode.None,
    securityPolicy: SecurityPolicy.None, connectionStrategy: { maxRetry: 0 }, requestedSessionTimeout: 60000,
  });
}

async function main() {
  const identity = { type: UserTokenType.UserName, userName: user, password };
  const certificateManager = new OPCUACertificateManager({
    rootFolder: path.join(__dirname, "pki"), automaticallyAcceptUnknownCertificate: true,
  });
  await certificateManager.initialize();
  const clients = [];
  for (let c = 0; c < channels; c++) {
    const client = newClient(certificateManager);
    await client.connect(url);
    clients.push(client);
  }
  const credentials = byToken ? fs.readFileSync(password, "utf8").split("\n").filter((l) => l.trim())
    .map((l) => l.split("\t")).map(([u, t, id]) => ({ u, t, id })).slice(0, wanted) : null;
  const identityOf = (k) => (byToken
    ? { type: UserTokenType.UserName, userName: credentials[k].u, password: credentials[k].t } : identity);
  const first = await clients[0].createSession(identityOf(0));
  const ns = (await first.readNamespaceArray()).indexOf("urn:simbase:sessions");
  let ids = [];
  if (byToken) {
    ids = credentials.map((c) => c.id);
  } else {
    for (let tries = 0; tries < 120 && ids.length < wanted; tries++) {
      ids = await sessionIds(first, ns);
      if (ids.length < wanted) await new Promise((r) => setTimeout(r, 1000));
    }
    ids = ids.slice(0, wanted);
  }
  await first.close();
  const latencies = [];
  let subscribed = 0;
  const sessions = [];
  // Sign-ins a few at a time: each staff password check is deliberately slow (PBKDF2); a token is cheap.
  const batch = Number(process.env.OPCUA_LOAD_BATCH || (byToken ? 50 : 10));
  const signInStart = performance.now();
  let failed = 0;
  let firstFailure = null;
  for (let from = 0; from < ids.length; from += batch) await Promise.all(ids.slice(from, from + batch).map(async (id, j) => {
    const k = from + j;
    try {
      await subscribe(id, k);
    } catch (e) { // counted and reported: one session that cannot be opened does not end the run
      failed++;
      if (!firstFailure) firstFailure = String(e && (e.message || e)).split("\n")[0];
    }
  }));
  async function subscribe(id, k) {
    const session = await clients[k % channels].createSession(identityOf(k));
    sessions.push(session);
    const sub = ClientSubscription.create(session, {
      requestedPublishingInterval: 50, requestedLifetimeCount: 1000, requestedMaxKeepAliveCount: 20,
      maxNotificationsPerPublish: 0, publishingEnabled: true, priority: 10,
    });
    const item = ClientMonitoredItem.create(sub, { nodeId: "ns=" + ns + ";s=" + id + "/" + tag, attributeId: AttributeIds.Value },
      { samplingInterval: 0, discardOldest: true, queueSize: 100 }, TimestampsToReturn.Both);
    let initial = true;
    item.on("changed", (dv) => {
      const arrived = performance.timeOrigin + performance.now();
      if (initial) { initial = false; subscribed++; return; }
      latencies.push(arrived - (dv.sourceTimestamp.getTime() + (dv.sourcePicoseconds || 0) / 1e9));
    });
  }
  latencies.length = 0; // measure from when every client is subscribed
  console.log("opcua_load started sessions=" + ids.length + " failed=" + failed + " signed_in_and_subscribed_s="
    + ((performance.now() - signInStart) / 1000).toFixed(1) + (firstFailure ? " first_failure=" + firstFailure : ""));
  await new Promise((r) => setTimeout(r, Number(secondsArg) * 1000));
  const sorted = latencies.slice().sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  console.log(["opcua_load", "sessions=" + ids.length, "failed=" + failed, "subscribed=" + subscribed, "changes=" + sorted.length,
    "p50_ms=" + at(0.5).toFixed(1), "p90_ms=" + at(0.9).toFixed(1), "p99_ms=" + at(0.99).toFixed(1),
    "p999_ms=" + at(0.999).toFixed(1),
    "max_ms=" + (sorted.length ? sorted[sorted.length - 1] : NaN).toFixed(1)].join(" "));
  await Promise.all(sessions.map((s) => s.close().catch(() => {})));
  await Promise.all(clients.map((c) => c.disconnect().catch(() => {})));
}

// A subscription that fails after its session was opened fails outside the awaited calls: log it, go on.
process.on("unhandledRejection", (e) => {
  console.log("warning " + String(e && (e.message || e)).split("\n")[0]);
});

main().catch((e) => {
  console.log("error " + String(e && (e.message || e)).split("\n")[0]);
  process.exit(4);
});
