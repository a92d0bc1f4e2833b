// A small proto3 codec for the simbase.v1 messages the dashboard uses.
// Wire format (https://protobuf.dev/programming-guides/encoding/):
//   tag = (field_number << 3) | wire_type;  0 varint, 1 fixed64, 2 length-delimited, 5 fixed32
// Repeated numeric fields are packed (proto3 default); unpacked ones are accepted too.
// 64-bit integers are decoded to Numbers: exact below 2^53, which covers steps and nanoseconds.
'use strict';

const PB = (() => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();

  class Writer {
    constructor() { this.bytes = []; }
    varint(v) {
      v = Math.floor(v);
      while (v > 127) { this.bytes.push((v % 128) | 128); v = Math.floor(v / 128); }
      this.bytes.push(v);
    }
    tag(field, wire) { this.varint(field * 8 + wire); }
    raw(arr) { for (const b of arr) this.bytes.push(b); }
    lengthDelimited(field, arr) { this.tag(field, 2); this.varint(arr.length); this.raw(arr); }
    double(field, v) {
      const b = new Uint8Array(8);
      new DataView(b.buffer).setFloat64(0, v, true);
      this.tag(field, 1); this.raw(b);
    }
    finish() { return new Uint8Array(this.bytes); }
  }

  class Reader {
    constructor(buf) { this.buf = buf; this.pos = 0; this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
    done() { return this.pos >= this.buf.length; }
    varint() {
      let result = 0, mul = 1, b;
      do {
        if (this.pos >= this.buf.length) throw new Error('truncated varint');
        b = this.buf[this.pos++];
        result += (b & 127) * mul;
        mul *= 128;
      } while (b & 128);
      return result;
    }
    bytes() {
      const n = this.varint();
      if (this.pos + n > this.buf.length) throw new Error('truncated field');
      const out = this.buf.subarray(this.pos, this.pos + n);
      this.pos += n;
      return out;
    }
    fixed64() { const v = this.view.getFloat64(this.pos, true); this.pos += 8; return v; }
    fixed32() { const v = this.view.getFloat32(this.pos, true); this.pos += 4; return v; }
    skip(wire) {
      if (wire === 0) this.varint();
      else if (wire === 1) this.pos += 8;
      else if (wire === 2) this.bytes();
      else if (wire === 5) this.pos += 4;
      else throw new Error('bad wire type ' + wire);
    }
  }

  const SCALAR_WIRE = { double: 1, float: 5, uint64: 0, uint32: 0, int32: 0, bool: 0, enum: 0 };

  function readScalar(r, type) {
    switch (type) {
      case 'double': return r.fixed64();
      case 'float': return r.fixed32();
      case 'bool': return r.varint() !== 0;
      case 'int32': { const v = r.varint(); return v > 2147483647 ? v - 4294967296 * Math.ceil(v / 4294967296) : v; }
      default: return r.varint();
    }
  }

  // schema: { MessageName: { fieldNumber: [name, type, repeated, oneofName?] } }; type is a scalar
  // name, 'string', 'map', or another message name.
  function decode(schema, name, buf) {
    const fields = schema[name];
    const out = {};
    for (const f of Object.values(fields)) { // proto3 leaves defaults off the wire: put them back
      if (f[2]) out[f[0]] = f[1] === 'map' ? {} : [];
      else if (f[3] || schema[f[1]]) continue; // oneof members and messages stay undefined
      else out[f[0]] = f[1] === 'string' ? '' : f[1] === 'bool' ? false : 0;
    }
    const r = new Reader(buf);
    while (!r.done()) {
      const key = r.varint();
      const num = Math.floor(key / 8), wire = key % 8;
      const f = fields[num];
      if (!f) { r.skip(wire); continue; }
      const [fname, type, repeated, oneof] = f;
      let value;
      if (type === 'string') value = dec.decode(r.bytes());
      else if (type === 'map') {
        const entry = new Reader(r.bytes());
        let k = '', v = '';
        while (!entry.done()) {
          const ek = entry.varint();
          if (ek === 10) k = dec.decode(entry.bytes());
          else if (ek === 18) v = dec.decode(entry.bytes());
          else entry.skip(ek % 8);
        }
        out[fname][k] = v;
        continue;
      } else if (schema[type]) value = decode(schema, type, r.bytes());
      else if (wire === 2 && repeated) {
        const packed = new Reader(r.bytes());
        while (!packed.done()) out[fname].push(readScalar(packed, type));
        continue;
      } else value = readScalar(r, type);
      if (repeated) out[fname].push(value);
      else out[fname] = value;
      if (oneof) out[oneof] = fname;
    }
    return out;
  }

  function encode(schema, name, obj) {
    const w = new Writer();
    const fields = schema[name];
    for (const [numStr, f] of Object.entries(fields)) {
      const num = Number(numStr);
      const [fname, type, repeated] = f;
      const v = obj[fname];
      if (v === undefined || v === null) continue;
      if (repeated) { encodeRepeated(schema, w, num, type, v); continue; }
      if (type === 'string') { if (v !== '') w.lengthDelimited(num, enc.encode(v)); }
      else if (type === 'double') { if (v !== 0) w.double(num, v); }
      else if (type === 'bool') { if (v) { w.tag(num, 0); w.varint(1); } }
      else if (SCALAR_WIRE[type] === 0) { if (v !== 0) { w.tag(num, 0); w.varint(v); } }
      else if (schema[type]) w.lengthDelimited(num, encode(schema, type, v));
    }
    return w.finish();
  }

  // Repeated strings and messages: one field each, even an empty one; numbers packed (proto3).
  function encodeRepeated(schema, w, num, type, values) {
    if (type === 'string') for (const v of values) w.lengthDelimited(num, enc.encode(v));
    else if (schema[type]) for (const v of values) w.lengthDelimited(num, encode(schema, type, v));
    else if (values.length) {
      const packed = new Writer();
      for (const v of values) {
        if (type === 'double') { const b = new Uint8Array(8); new DataView(b.buffer).setFloat64(0, v, true); packed.raw(b); }
        else if (type === 'float') { const b = new Uint8Array(4); new DataView(b.buffer).setFloat32(0, v, true); packed.raw(b); }
        else packed.varint(type === 'bool' ? (v ? 1 : 0) : v);
      }
      w.lengthDelimited(num, packed.finish());
    }
  }

  return { decode, encode };
})();
