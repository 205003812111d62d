/**
 * An XSETTINGS manager on an X display: how a desktop (GNOME's gsd-xsettings, xsettingsd) tells GTK
 * applications their settings, live. WebKitGTK follows two of them into the page: `Gtk/EnableAnimations`
 * (0: `prefers-reduced-motion: reduce`) and `Net/ThemeName` (a name ending in `-dark`:
 * `prefers-color-scheme: dark`). An Xvfb display has no manager, so the WebKit launcher runs this one.
 *
 * It speaks the X11 protocol itself, over the display's socket: a few requests, no X library, nothing
 * installed. Spec: https://specifications.freedesktop.org/xsettings-spec/
 */
import { readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';

const pad4 = (length) => (4 - (length % 4)) % 4;

/** Bytes, little-endian, from [size, value] pairs (size 1, 2 or 4) and Buffers (padded to 4 bytes). */
function bytes(...parts) {
  const chunks = parts.map((part) => {
    if (Buffer.isBuffer(part)) return Buffer.concat([part, Buffer.alloc(pad4(part.length))]);
    const [size, value] = part;
    const chunk = Buffer.alloc(size);
    chunk.writeUIntLE(value >>> 0, 0, size);
    return chunk;
  });
  return Buffer.concat(chunks);
}

/** The MIT-MAGIC-COOKIE-1 entries of an Xauthority file (all fields big-endian, length-prefixed). */
async function cookies(authFile) {
  const file = await readFile(authFile);
  const entries = [];
  for (let offset = 0; offset < file.length; ) {
    const fields = [];
    offset += 2; // address family
    for (let i = 0; i < 4; i++) {
      const length = file.readUInt16BE(offset);
      fields.push(file.subarray(offset + 2, offset + 2 + length));
      offset += 2 + length;
    }
    const [, display, name, cookie] = fields;
    if (name.toString() === 'MIT-MAGIC-COOKIE-1') entries.push({ display: display.toString(), cookie });
  }
  return entries;
}

class XConnection {
  #socket;
  #received = Buffer.alloc(0);
  #waiting = []; // replies expected, oldest first
  failure;

  static async open(display, cookie) {
    const connection = new XConnection();
    const setup = await connection.#connect(`/tmp/.X11-unix/X${display}`, cookie);
    if (setup[0] !== 1) {
      connection.close();
      throw new Error(`X display :${display} refused the connection`);
    }
    connection.#setup(setup);
    return connection;
  }

  #connect(path, cookie) {
    return new Promise((resolve, reject) => {
      this.#socket = createConnection(path);
      this.#socket.once('error', reject);
      this.#waiting.push({ resolve, reject, setup: true });
      this.#socket.on('data', (data) => this.#read(data));
      this.#socket.on('error', (error) => (this.failure = error));
      const name = Buffer.from('MIT-MAGIC-COOKIE-1');
      this.#socket.write(bytes([1, 0x6c], [1, 0], [2, 11], [2, 0], [2, name.length], [2, cookie.length], [2, 0], name, cookie));
    });
  }

  #setup(reply) {
    this.idBase = reply.readUInt32LE(12);
    this.idMask = reply.readUInt32LE(16);
    const vendorLength = reply.readUInt16LE(24);
    const formats = reply[29];
    this.root = reply.readUInt32LE(40 + vendorLength + pad4(vendorLength) + 8 * formats);
  }

  /** Replies (1), errors (0) and events (32 bytes, ignored) as they complete. */
  #read(data) {
    this.#received = Buffer.concat([this.#received, data]);
    for (;;) {
      const expected = this.#waiting[0];
      let length;
      if (expected?.setup) length = this.#received.length >= 8 ? 8 + 4 * this.#received.readUInt16LE(6) : Infinity;
      else length = this.#received.length >= 32 ? 32 + (this.#received[0] === 1 ? 4 * this.#received.readUInt32LE(4) : 0) : Infinity;
      if (this.#received.length < length) return;
      const message = this.#received.subarray(0, length);
      this.#received = this.#received.subarray(length);
      if (expected?.setup || message[0] === 1) this.#waiting.shift()?.resolve(message);
      else if (message[0] === 0) {
        const error = new Error(`X error ${message[1]} in request ${message[10]}`);
        (this.#waiting.shift()?.reject ?? ((e) => (this.failure = e)))(error);
      }
    }
  }

  send(request) {
    this.#socket.write(request);
  }

  /** Sends a request that has a reply, and returns the reply. */
  ask(request) {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#socket.write(request);
    });
  }

  async atom(name) {
    const text = Buffer.from(name);
    const reply = await this.ask(bytes([1, 16], [1, 0], [2, 2 + (text.length + pad4(text.length)) / 4], [2, text.length], [2, 0], text));
    return reply.readUInt32LE(8);
  }

  close() {
    this.#socket.destroy();
  }
}

export class XSettings {
  #x;
  #window;
  #atom;
  #serial = 0;
  #values = new Map();

  /** Becomes the XSETTINGS manager of the display that xvfb-run wrote `authFile` for. */
  static async manage(authFile, initial = {}) {
    // A display xvfb-run found in use leaves its entry in the file too: ours is the one that takes our cookie.
    let x;
    for (const { display, cookie } of (await cookies(authFile)).reverse()) {
      x = await XConnection.open(display, cookie).catch(() => undefined);
      if (x) break;
    }
    if (!x) throw new Error(`No X display accepts the cookies in ${authFile}`);
    const settings = new XSettings();
    settings.#x = x;
    const [selection, property, manager] = [await x.atom('_XSETTINGS_S0'), await x.atom('_XSETTINGS_SETTINGS'), await x.atom('MANAGER')];
    settings.#atom = property;
    settings.#window = x.idBase | (x.idMask & -x.idMask);
    // An input-only 1×1 window holds the settings; owning the selection names it as the manager.
    x.send(bytes([1, 1], [1, 0], [2, 8], [4, settings.#window], [4, x.root], [2, 0], [2, 0], [2, 1], [2, 1], [2, 0], [2, 2], [4, 0], [4, 0]));
    x.send(bytes([1, 22], [1, 0], [2, 4], [4, settings.#window], [4, selection], [4, 0]));
    await settings.set(initial);
    // Running applications learn of a new manager from this client message on the root window.
    const event = bytes([1, 33], [1, 32], [2, 0], [4, x.root], [4, manager], [4, 0], [4, selection], [4, settings.#window], [4, 0], [4, 0]);
    x.send(bytes([1, 25], [1, 0], [2, 11], [4, x.root], [4, 0x20000 /* StructureNotify */], event));
    await settings.#roundTrip();
    return settings;
  }

  /** Changes some settings (name: integer or string) and republishes them all. */
  async set(values) {
    for (const [name, value] of Object.entries(values)) this.#values.set(name, value);
    const serial = this.#serial++;
    const entries = [...this.#values].map(([name, value]) => {
      const text = Buffer.from(name);
      const head = [[1, typeof value === 'number' ? 0 : 1], [1, 0], [2, text.length], text, [4, serial]];
      if (typeof value === 'number') return bytes(...head, [4, value]);
      const string = Buffer.from(value);
      return bytes(...head, [4, string.length], string);
    });
    const data = Buffer.concat([bytes([1, 0 /* LSBFirst */], [1, 0], [2, 0], [4, serial], [4, entries.length]), ...entries]);
    this.#x.send(bytes([1, 18], [1, 0], [2, 6 + data.length / 4], [4, this.#window], [4, this.#atom], [4, this.#atom], [1, 8], [1, 0], [2, 0], [4, data.length], data));
    await this.#roundTrip();
  }

  /** Returns once the X server has handled every request sent so far (GetInputFocus has a reply). */
  async #roundTrip() {
    await this.#x.ask(bytes([1, 43], [1, 0], [2, 1]));
    if (this.#x.failure) throw this.#x.failure;
  }

  close() {
    this.#x.close();
  }
}
