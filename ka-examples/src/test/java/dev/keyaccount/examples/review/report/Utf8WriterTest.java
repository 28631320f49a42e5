package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte writer against the writer it stands in for: a BufferedWriter over an OutputStreamWriter in UTF-8. */
class Utf8WriterTest {

  /** Characters weighted towards the cases that differ: ASCII, two and three bytes, and surrogates, paired or not. */
  private static char character(int pick, int value) {
    switch (pick) {
      case 0:
        return (char) (value % 0x80);
      case 1:
        return (char) (0x80 + value % 0x780);
      case 2:
        return (char) (0xD800 + value % 0x400);
      case 3:
        return (char) (0xDC00 + value % 0x400);
      default:
        return (char) value;
    }
  }

  /** Writes the characters in pieces, each piece with one of the writer's methods; flushes, never closes. */
  private static byte[] written(Writer writer, ByteArrayOutputStream bytes, char[] chars, List<Integer> pieces)
      throws IOException {
    int at = 0;
    int k = 0;
    while (at < chars.length) {
      int piece = pieces.isEmpty() ? chars.length : pieces.get(k % pieces.size());
      int length = Math.min(chars.length - at, 1 + piece % 7);
      switch (piece % 5) {
        case 0 -> writer.write(chars, at, length);
        case 1 -> writer.write(new String(chars), at, length);
        case 2 -> writer.append(new StringBuilder().append(chars, at, length));
        case 3 -> writer.append(new String(chars), at, at + length);
        default -> {
          length = 1;
          writer.write(chars[at]);
        }
      }
      at += length;
      k++;
    }
    writer.flush();
    return bytes.toByteArray();
  }

  @Test
  void anyText_inAnyPieces_isTheBytesOfAnOutputStreamWriter() {
    qt().withExamples(2000).forAll(lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 40),
        lists().of(integers().between(0, 4)).ofSizeBetween(0, 40),
        lists().of(integers().between(0, 1000)).ofSizeBetween(0, 10)).checkAssert((values, picks, pieces) -> {
          char[] chars = new char[values.size()];
          for (int i = 0; i < chars.length; i++) {
            chars[i] = character(picks.isEmpty() ? 4 : picks.get(i % picks.size()), values.get(i));
          }
          try {
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            byte[] expected = written(new BufferedWriter(new OutputStreamWriter(theirs, StandardCharsets.UTF_8)), theirs,
                chars, pieces);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            assertArrayEquals(expected, written(new Utf8Writer(ours), ours, chars, pieces), new String(chars));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void longText_crossesTheBuffer() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append(i % 3 == 0 ? "a" : i % 3 == 1 ? "\u00e9\u6263" : "\ud83d\ude00");
    }
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    Writer writer = new Utf8Writer(ours);
    writer.write(text.toString());
    writer.flush();
    assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), ours.toByteArray());
  }
}
