package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 decoder over a byte stream that knows its line: bytes that are not UTF-8 are an
 * {@link InputException} naming the file and the line they are on (never replaced, never guessed),
 * a leading byte order mark is dropped, and a line longer than {@link #MAX_LINE_CHARS} is an error
 * before it can fill the memory. Reads in 8 KiB blocks; never holds the whole file.
 */
final class Utf8Input extends Reader {

  /** The longest physical line accepted, in characters. */
  static final int MAX_LINE_CHARS = 1_000_000;

  private final String file;
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private long line = 1;
  private long lineLength;
  private boolean endOfInput;
  private boolean done;
  private boolean started;

  Utf8Input(String file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !done) {
      if (!endOfInput) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        count(0, chars.position());
        throw new InputException(file, line, null, null, String.format("not valid UTF-8 (byte 0x%02X); save the"
            + " file as UTF-8", bytes.get(bytes.position()) & 0xFF));
      }
      if (endOfInput && result.isUnderflow()) {
        decoder.flush(chars);
        done = true;
      }
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    count(chars.position(), chars.limit());
    return chars.hasRemaining();
  }

  private void count(int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars.get(i) == '\n') {
        line++;
        lineLength = 0;
      } else if (++lineLength > MAX_LINE_CHARS) {
        throw new InputException(file, line, null, null, "the line is longer than " + MAX_LINE_CHARS
            + " characters");
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
