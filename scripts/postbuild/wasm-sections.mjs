// The two changes the build makes to a wasm module by hand: the names of
// its imports, and an export of its function table. Each copies every
// other byte as it is.
//
// Why by hand: binaryen's --minify-imports renames only the imports of
// `env` and `wasi_*`, not wasm-bindgen's (`./<name>_bg.js`); and wasm-bindgen's
// --keep-lld-exports keeps the table's export amid the others, after which
// wasm-opt's module packs 0.2 KiB larger in brotli than with it last. All
// follow the binary format
// (https://webassembly.github.io/spec/core/binary/modules.html).

const MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A reader of one module's bytes from `at`. */
class Reader {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  byte() {
    if (this.at >= this.bytes.length) throw new Error(`the module ends inside an entry (byte ${this.at})`);
    return this.bytes[this.at++];
  }

  /** An unsigned LEB128 number of up to 32 bits. */
  u32() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error(`a number longer than 5 bytes at byte ${this.at}`);
  }

  name() {
    const length = this.u32();
    this.at += length;
    return this.bytes.subarray(this.at - length, this.at).toString();
  }

  limits() {
    const flags = this.u32();
    this.u32();
    if (flags & 1) this.u32();
  }
}

/** `value` as an unsigned LEB128 number. */
export function encodeU32(value) {
  const bytes = [];
  do {
    bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
    value = Math.floor(value / 128);
  } while (value);
  return Buffer.from(bytes);
}

const encodeName = (text) => Buffer.concat([encodeU32(Buffer.byteLength(text)), Buffer.from(text)]);

function section(id, body) {
  return Buffer.concat([Buffer.from([id]), encodeU32(body.length), body]);
}

function vector(entries) {
  return Buffer.concat([encodeU32(entries.length), ...entries]);
}

/**
 * The sections of `module`, in order: `{ id, name, start, end, body }`,
 * where `name` is a custom section's (id 0) name and `body` its bytes after
 * the name (for other sections, all of its bytes).
 */
export function sections(module) {
  module = Buffer.from(module.buffer, module.byteOffset, module.byteLength);
  if (module.length < 8 || !module.subarray(0, 8).equals(MAGIC)) throw new Error('not a wasm module (version 1)');
  const found = [];
  const reader = new Reader(module, 8);
  while (reader.at < module.length) {
    const start = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    const end = reader.at + size;
    if (end > module.length) throw new Error(`section ${id} at byte ${start} runs past the end of the module`);
    let name;
    if (id === 0) name = reader.name();
    found.push({ id, name, start, end, body: module.subarray(reader.at, end) });
    reader.at = end;
  }
  return found;
}

/** `module` with each import whose name (its field) is a key of `rename` named by its value. */
export function withImportNames(module, rename) {
  const parts = [module.subarray(0, 8)];
  for (const s of sections(module)) {
    if (s.id !== 2) {
      parts.push(module.subarray(s.start, s.end));
      continue;
    }
    const reader = new Reader(s.body);
    const entries = [];
    for (let count = reader.u32(); count > 0; count--) {
      const from = reader.name();
      const field = reader.name();
      // What is imported, kept as it is: a function (its type index), a
      // table (element type, limits), a memory (limits), a global (value
      // type, mutability) or a tag (attribute, type index).
      const description = reader.at;
      const kind = reader.byte();
      skipImported(reader, kind, from, field);
      entries.push(Buffer.concat([encodeName(from), encodeName(rename.get(field) ?? field), s.body.subarray(description, reader.at)]));
    }
    parts.push(section(2, vector(entries)));
  }
  return Buffer.concat(parts);
}

/** Moves `reader` past what an import of `kind` describes (after its kind byte). */
function skipImported(reader, kind, from, field) {
  if (kind === 0) reader.u32();
  else if (kind === 1) {
    reader.byte();
    reader.limits();
  } else if (kind === 2) reader.limits();
  else if (kind === 3) reader.at += 2;
  else if (kind === 4) {
    reader.byte();
    reader.u32();
  } else throw new Error(`an import of unknown kind ${kind}: ${from} ${field}`);
}

/** `module` (which imports no table) with its first function table exported as `name`, after its other exports. */
export function withTableExport(module, name) {
  const all = sections(module);
  const tables = all.find((s) => s.id === 4);
  const reader = new Reader(tables?.body ?? Buffer.alloc(0));
  const count = tables ? reader.u32() : 0;
  let functionTable = 0;
  while (functionTable < count && reader.byte() !== 0x70) {
    reader.limits();
    functionTable++;
  }
  if (functionTable === count) throw new Error('the module has no function table to export');
  const table = Buffer.concat([encodeName(name), Buffer.from([1]), encodeU32(functionTable)]);
  return Buffer.concat([module.subarray(0, 8), ...all.map((s) => {
    if (s.id !== 7) return module.subarray(s.start, s.end);
    const exports = new Reader(s.body);
    const count = exports.u32();
    return section(7, Buffer.concat([encodeU32(count + 1), s.body.subarray(exports.at), table]));
  })]);
}
