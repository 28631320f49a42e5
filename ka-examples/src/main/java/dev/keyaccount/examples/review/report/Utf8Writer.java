package dev.keyaccount.examples.review.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A writer that encodes UTF-8 into a stream through its own byte buffer: the bytes of an
 * {@code OutputStreamWriter(out, UTF_8)} behind a {@code BufferedWriter} that is flushed and never closed
 * (how {@link OutputFolder} writes text files), without a char buffer and an encoder in between. Like that
 * writer, it writes an unpaired surrogate as {@code ?} and keeps a high surrogate that ends a write until
 * the next one (a flush does not write it).
 *
 * <p>{@link CsvOutput} writes the ASCII cells it copies as they are straight into the byte buffer
 * ({@link #room}), so that a million-row file is never held as UTF-16 text. Not thread-safe.
 */
final class Utf8Writer extends Writer {

  private static final int SIZE = 1 << 16;

  private final OutputStream out;
  /** The bytes not yet handed to the stream; {@code [0, position)}. */
  byte[] buffer = new byte[SIZE];
  /** The end of the bytes in {@link #buffer}. */
  int position;
  private char pendingHigh;
  private boolean pending;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  /**
   * Makes room for {@code bytes} more bytes in {@link #buffer} (at most half its size) after writing out a
   * pending high surrogate, which no ASCII byte can complete.
   */
  void room(int bytes) throws IOException {
    if (pending) {
      pending = false;
      put((byte) '?');
    }
    if (position + bytes > buffer.length) {
      drain();
    }
  }

  private void put(byte b) throws IOException {
    if (position == buffer.length) {
      drain();
    }
    buffer[position++] = b;
  }

  private void encode(char c) throws IOException {
    if (pending) {
      pending = false;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(pendingHigh, c);
        if (position + 4 > buffer.length) {
          drain();
        }
        buffer[position++] = (byte) (0xF0 | cp >> 18);
        buffer[position++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[position++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[position++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      put((byte) '?');
    }
    if (c < 0x80) {
      put((byte) c);
    } else if (c < 0x800) {
      if (position + 2 > buffer.length) {
        drain();
      }
      buffer[position++] = (byte) (0xC0 | c >> 6);
      buffer[position++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
      pending = true;
    } else if (Character.isLowSurrogate(c)) {
      put((byte) '?');
    } else {
      if (position + 3 > buffer.length) {
        drain();
      }
      buffer[position++] = (byte) (0xE0 | c >> 12);
      buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
      buffer[position++] = (byte) (0x80 | c & 0x3F);
    }
  }

  @Override
  public void write(int c) throws IOException {
    encode((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, chars.length);
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c < 0x80 && !pending && position < buffer.length) {
        buffer[position++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, text.length());
    append(text, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    CharSequence chars = text == null ? "null" : text;
    return append(chars, 0, chars.length());
  }

  @Override
  public Writer append(CharSequence text, int start, int end) throws IOException {
    CharSequence chars = text == null ? "null" : text;
    java.util.Objects.checkFromToIndex(start, end, chars.length());
    for (int i = start; i < end; i++) {
      char c = chars.charAt(i);
      if (c < 0x80 && !pending && position < buffer.length) {
        buffer[position++] = (byte) c;
      } else {
        encode(c);
      }
    }
    return this;
  }

  @Override
  public Writer append(char c) throws IOException {
    encode(c);
    return this;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, position);
    position = 0;
  }

  /** Hands the bytes written to the stream and flushes it; a pending high surrogate stays pending. */
  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes and closes the stream; a pending high surrogate is written as {@code ?}. */
  @Override
  public void close() throws IOException {
    if (pending) {
      pending = false;
      put((byte) '?');
    }
    flush();
    out.close();
  }
}
