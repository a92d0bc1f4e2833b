#!/usr/bin/env node
// An independent OPC UA client (node-opcua) for SimBase's tests and benchmark. It asserts
// nothing itself: it runs the steps it is given against a server and prints one line per
// result, which the Java tests check.
//
//   node client.js URL [--mode None|Sign|SignAndEncrypt] [--pki DIR] [--session-timeout MS]
//                  [--user NAME --password SECRET] [--session CLASS/STUDENT/SESSION] STEP...
//
// Without --session the tag steps use the Plant folder (rig serve); with it, that session's
// folder under Sessions (serve --opcua-port). --user signs in with a UserName token.
//
// Steps (run in order):
//   cert                       print "cert <file>": this client's application certificate (PEM)
//   browse                     print "node <browseName> <dataType> <accessLevel> <description>" per Plant variable
//   readall                    print "value <tag> <json value> <status>" for every Plant variable
//   props <tag>                print "prop <tag> <name> <json>" for its EURange and EngineeringUnits
//   write <tag> <type> <value> print "write <tag> <status>" (type: Boolean, Int32, Double)
//   watch <seconds> <tag>...   subscribe (publishing 50 ms); print "change <tag> <json value>" per change
//                              until every tag changed twice or the time is up
//   latency <seconds> <publishingMs> <tag>
//                              subscribe with a deep queue; for every value, arrival time minus its
//                              source timestamp (the wall-clock time of the step that made it); print
//                              "latency n=<values> p50_ms= p90_ms= p99_ms= p999_ms= max_ms="
//   tree                       print "session <class>/<student>/<session>" for every session folder under
//                              Sessions (the full server) that this user may see
//   readid <session>/<tag>     read a variable of the Sessions namespace by node id: "readid <id> <status>"
//   writeid <session>/<tag> <type> <value>
//                              write one by node id: "writeid <id> <status>"
//   wait <ms>                  pause
//   abandon                    exit at once without closing the session (a client that vanished)
// A failure to connect prints "error <message>" and exits 3; any other failure exits 4.
"use strict";

const path = require("path");
const {
  OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds, DataType, TimestampsToReturn,
  ClientSubscription, ClientMonitoredItem, NodeClass, makeBrowsePath, UserTokenType,
} = require("node-opcua-client");
const { OPCUACertificateManager } = require("node-opcua-certificate-manager");

const NAMESPACE_URI = "urn:simbase:plant";
const SESSIONS_URI = "urn:simbase:sessions";

function parseArgs(argv) {
  const url = argv[0];
  let mode = "None";
  let pki = path.join(__dirname, "pki");
  let sessionTimeout = 10000;
  let user = null;
  let password = null;
  let sessionPath = null;
  let i = 1;
  const steps = [];
  while (i < argv.length) {
    if (argv[i] === "--mode") { mode = argv[i + 1]; i += 2; continue; }
    if (argv[i] === "--pki") { pki = argv[i + 1]; i += 2; continue; }
    if (argv[i] === "--session-timeout") { sessionTimeout = Number(argv[i + 1]); i += 2; continue; }
    if (argv[i] === "--user") { user = argv[i + 1]; i += 2; continue; }
    if (argv[i] === "--password") { password = argv[i + 1]; i += 2; continue; }
    if (argv[i] === "--session") { sessionPath = argv[i + 1]; i += 2; continue; }
    steps.push(argv[i]);
    i++;
  }
  return { url, mode, pki, sessionTimeout, user, password, sessionPath, steps };
}

function nowEpochMs() {
  return performance.timeOrigin + performance.now();
}

function sourceEpochMs(dv) {
  // node-opcua splits a DateTime into a Date (ms) and picoseconds beyond it (units of 1 ps).
  return dv.sourceTimestamp.getTime() + (dv.sourcePicoseconds || 0) / 1e9;
}

async function plantNodes(session) {
  const ns = (await session.readNamespaceArray()).indexOf(NAMESPACE_URI);
  if (ns < 0) throw new Error("no namespace " + NAMESPACE_URI);
  const folder = await session.translateBrowsePath(makeBrowsePath("RootFolder", "/Objects/" + ns + ":Plant"));
  if (!folder.targets || folder.targets.length === 0) throw new Error("no Objects/Plant folder");
  const br = await session.browse(folder.targets[0].targetId.toString());
  return br.references
    .filter((r) => r.nodeClass === NodeClass.Variable)
    .map((r) => ({ name: r.browseName.name, nodeId: r.nodeId.toString() }));
}

async function sessionsNs(session) {
  const ns = (await session.readNamespaceArray()).indexOf(SESSIONS_URI);
  if (ns < 0) throw new Error("no namespace " + SESSIONS_URI);
  return ns;
}

async function childFolders(session, nodeId) {
  const br = await session.browse(nodeId);
  if (!br.statusCode.isGood()) return [];
  return br.references.filter((r) => r.nodeClass === NodeClass.Object)
    .map((r) => ({ name: r.browseName.name, nodeId: r.nodeId.toString() }));
}

// Every session folder under Objects/Sessions this user may see, as "class/student/session".
async function sessionFolders(session) {
  const ns = await sessionsNs(session);
  const out = [];
  for (const c of await childFolders(session, "ns=" + ns + ";s=Sessions")) {
    for (const st of await childFolders(session, c.nodeId)) {
      for (const se of await childFolders(session, st.nodeId)) {
        out.push({ path: c.name + "/" + st.name + "/" + se.name, nodeId: se.nodeId });
      }
    }
  }
  return out;
}

async function sessionNodes(session, sessionPath) {
  const folder = (await sessionFolders(session)).find((f) => f.path === sessionPath);
  if (!folder) throw new Error("no session folder " + sessionPath);
  const br = await session.browse(folder.nodeId);
  return br.references
    .filter((r) => r.nodeClass === NodeClass.Variable)
    .map((r) => ({ name: r.browseName.name, nodeId: r.nodeId.toString() }));
}

function summary(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return ["n=" + sorted.length, "p50_ms=" + at(0.5).toFixed(2), "p90_ms=" + at(0.9).toFixed(2),
    "p99_ms=" + at(0.99).toFixed(2), "p999_ms=" + at(0.999).toFixed(2),
    "max_ms=" + (sorted.length ? sorted[sorted.length - 1] : NaN).toFixed(2)].join(" ");
}

function json(v) {
  return JSON.stringify(v);
}

async function main() {
  const { url, mode, pki, sessionTimeout, user, password, sessionPath, steps } = parseArgs(process.argv.slice(2));
  const certificateManager = new OPCUACertificateManager({
    rootFolder: pki,
    automaticallyAcceptUnknownCertificate: true, // the server's self-signed certificate
  });
  await certificateManager.initialize();
  if (steps[0] === "cert") {
    // Creating a client makes its certificate on first use; no connection needed.
    const c = OPCUAClient.create({ applicationName: "SimBaseTestClient", clientCertificateManager: certificateManager });
    await c.createDefaultCertificate();
    console.log("cert " + c.certificateFile);
    steps.shift();
    if (steps.length === 0) return;
  }
  const client = OPCUAClient.create({
    applicationName: "SimBaseTestClient",
    endpointMustExist: false,
    securityMode: MessageSecurityMode[mode],
    securityPolicy: mode === "None" ? SecurityPolicy.None : SecurityPolicy.Basic256Sha256,
    clientCertificateManager: certificateManager,
    connectionStrategy: { maxRetry: 0, initialDelay: 100, maxDelay: 200 },
    requestedSessionTimeout: sessionTimeout,
  });
  let session;
  try {
    await client.connect(url);
    session = await client.createSession(user ? { type: UserTokenType.UserName, userName: user, password } : undefined);
  } catch (e) {
    console.log("error " + String(e.message).split("\n")[0]);
    await client.disconnect().catch(() => {});
    process.exitCode = 3;
    return;
  }
  console.log("connected " + mode);
  try {
    // rig serve has the Plant folder; the full server a folder per session, chosen with --session
    const nodes = sessionPath ? await sessionNodes(session, sessionPath) : user ? [] : await plantNodes(session);
    const byName = Object.fromEntries(nodes.map((n) => [n.name, n.nodeId]));
    const idOf = (tag) => {
      if (!byName[tag]) throw new Error("no tag " + tag);
      return byName[tag];
    };
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      if (step === "browse") {
        for (const n of nodes) {
          const [dt, al, desc] = await session.read([
            { nodeId: n.nodeId, attributeId: AttributeIds.DataType },
            { nodeId: n.nodeId, attributeId: AttributeIds.AccessLevel },
            { nodeId: n.nodeId, attributeId: AttributeIds.Description },
          ]);
          const typeName = DataType[dt.value.value.value] || dt.value.value.toString();
          console.log(["node", n.name, typeName, al.value.value, json(desc.value.value.text)].join(" "));
        }
      } else if (step === "readall") {
        const values = await session.read(nodes.map((n) => ({ nodeId: n.nodeId, attributeId: AttributeIds.Value })));
        nodes.forEach((n, k) => console.log(["value", n.name, json(values[k].value.value), values[k].statusCode.name].join(" ")));
      } else if (step === "props") {
        const tag = steps[++i];
        for (const prop of ["EURange", "EngineeringUnits"]) {
          const r = await session.translateBrowsePath(makeBrowsePath(idOf(tag), "." + prop));
          if (!r.targets || r.targets.length === 0) { console.log(["prop", tag, prop, "missing"].join(" ")); continue; }
          const dv = await session.read({ nodeId: r.targets[0].targetId, attributeId: AttributeIds.Value });
          const v = dv.value.value;
          const shown = prop === "EURange" ? { low: v.low, high: v.high } : { displayName: v.displayName.text };
          console.log(["prop", tag, prop, json(shown)].join(" "));
        }
      } else if (step === "write") {
        const tag = steps[++i];
        const type = steps[++i];
        const raw = steps[++i];
        const value = type === "Boolean" ? raw === "true" : Number(raw);
        const status = await session.write({
          nodeId: idOf(tag), attributeId: AttributeIds.Value,
          value: { value: { dataType: DataType[type], value } },
        });
        console.log(["write", tag, status.name].join(" "));
      } else if (step === "watch" || step === "latency") {
        const seconds = Number(steps[++i]);
        const publishingMs = step === "latency" ? Number(steps[++i]) : 50;
        const tags = [];
        if (step === "latency") {
          tags.push(steps[++i]);
        } else {
          while (i + 1 < steps.length && byName[steps[i + 1]]) tags.push(steps[++i]);
        }
        const sub = ClientSubscription.create(session, {
          requestedPublishingInterval: publishingMs, requestedLifetimeCount: 1000, requestedMaxKeepAliveCount: 20,
          maxNotificationsPerPublish: 0, publishingEnabled: true, priority: 10,
        });
        const changes = Object.fromEntries(tags.map((t) => [t, 0]));
        const latencies = [];
        let done;
        const finished = new Promise((resolve) => { done = resolve; });
        const timer = setTimeout(() => done(), seconds * 1000);
        for (const tag of tags) {
          const item = ClientMonitoredItem.create(sub, { nodeId: idOf(tag), attributeId: AttributeIds.Value },
            { samplingInterval: 0, discardOldest: true, queueSize: step === "latency" ? 1000 : 10 },
            TimestampsToReturn.Both);
          let first = true;
          item.on("changed", (dv) => {
            const arrived = nowEpochMs();
            if (first) { first = false; return; } // the value at subscription time, not a change
            if (step === "latency") {
              latencies.push(arrived - sourceEpochMs(dv));
              return;
            }
            console.log(["change", tag, json(dv.value.value)].join(" "));
            changes[tag]++;
            if (Object.values(changes).every((c) => c >= 2)) done();
          });
        }
        await finished;
        clearTimeout(timer);
        await sub.terminate();
        if (step === "latency") console.log("latency " + summary(latencies));
      } else if (step === "tree") {
        for (const f of await sessionFolders(session)) console.log("session " + f.path);
      } else if (step === "readid") {
        const id = steps[++i];
        const dv = await session.read({ nodeId: "ns=" + (await sessionsNs(session)) + ";s=" + id, attributeId: AttributeIds.Value });
        console.log(["readid", id, dv.statusCode.name].join(" "));
      } else if (step === "writeid") {
        const id = steps[++i];
        const type = steps[++i];
        const raw = steps[++i];
        const value = type === "Boolean" ? raw === "true" : Number(raw);
        const status = await session.write({
          nodeId: "ns=" + (await sessionsNs(session)) + ";s=" + id, attributeId: AttributeIds.Value,
          value: { value: { dataType: DataType[type], value } },
        });
        console.log(["writeid", id, status.name].join(" "));
      } else if (step === "abandon") {
        console.log("abandoned");
        process.exit(0);
      } else if (step === "wait") {
        await new Promise((r) => setTimeout(r, Number(steps[++i])));
      } else {
        throw new Error("unknown step " + step);
      }
    }
  } finally {
    await session.close().catch(() => {});
    await client.disconnect().catch(() => {});
  }
}

main().catch((e) => {
  console.log("error " + String(e && e.message).split("\n")[0]);
  process.exitCode = 4;
});
