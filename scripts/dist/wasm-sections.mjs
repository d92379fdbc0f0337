// Reads the few parts of a wasm module that the build looks at or changes:
// the `target_features` custom section, the names of imports, the list of
// exports. A rewrite copies every other byte as it is.
//
// Why by hand: binaryen's JS API (the build's other wasm tool) can neither
// rename an import nor read a custom section, and walrus, which
// wasm-bindgen uses, is a Rust library that would be one more program to
// build before every build. These functions read only section headers and
// the entries of the import, table, export and target_features sections,
// each as the binary format defines it
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

/** The features a `target_features` section lists: `[{ prefix, name }]`, prefix `+`, `-` or `=`; [] without one. */
export function targetFeatures(module) {
  const custom = sections(module).find((s) => s.id === 0 && s.name === 'target_features');
  if (!custom) return [];
  const reader = new Reader(custom.body);
  const features = [];
  for (let count = reader.u32(); count > 0; count--) {
    features.push({ prefix: String.fromCharCode(reader.byte()), name: reader.name() });
  }
  return features;
}

/**
 * `module` with its imports renamed and its exports chosen:
 * - `rename`: a Map of an import's name (its field) to its new name;
 * - `keepExport(name)`: false for an export to drop;
 * - `tableExport`: a name under which to export the module's first
 *   function table (`funcref`), or undefined.
 */
export function withImportsAndExports(module, { rename = new Map(), keepExport = () => true, tableExport } = {}) {
  let functionTable;
  // Imported tables come first in the index space of tables.
  let importedTables = 0;
  const parts = [module.subarray(0, 8)];
  for (const s of sections(module)) {
    const reader = new Reader(s.body);
    if (s.id === 2) {
      const entries = [];
      for (let count = reader.u32(); count > 0; count--) {
        const from = reader.name();
        const field = reader.name();
        // What is imported, kept as it is: a function (its type index), a
        // table (element type, limits), a memory (limits), a global (value
        // type, mutability) or a tag (attribute, type index).
        const description = reader.at;
        const kind = reader.byte();
        if (kind === 0) reader.u32();
        else if (kind === 1) {
          if (reader.byte() === 0x70) functionTable ??= importedTables;
          importedTables++;
          reader.limits();
        } else if (kind === 2) reader.limits();
        else if (kind === 3) reader.at += 2;
        else if (kind === 4) {
          reader.byte();
          reader.u32();
        } else throw new Error(`an import of unknown kind ${kind}: ${from} ${field}`);
        entries.push(Buffer.concat([encodeName(from), encodeName(rename.get(field) ?? field), s.body.subarray(description, reader.at)]));
      }
      parts.push(section(2, vector(entries)));
    } else if (s.id === 4) {
      for (let count = reader.u32(), index = 0; index < count; index++) {
        const type = reader.byte();
        reader.limits();
        if (type === 0x70) functionTable ??= importedTables + index;
      }
      parts.push(module.subarray(s.start, s.end));
    } else if (s.id === 7) {
      const kept = [];
      for (let count = reader.u32(); count > 0; count--) {
        const entry = reader.at;
        const exported = reader.name();
        reader.byte(); // the kind
        reader.u32(); // the index
        if (keepExport(exported)) kept.push(s.body.subarray(entry, reader.at));
      }
      if (tableExport !== undefined) {
        if (functionTable === undefined) throw new Error('the module has no function table to export');
        kept.push(Buffer.concat([encodeName(tableExport), Buffer.from([1]), encodeU32(functionTable)]));
      }
      parts.push(section(7, vector(kept)));
    } else {
      parts.push(module.subarray(s.start, s.end));
    }
  }
  return Buffer.concat(parts);
}
