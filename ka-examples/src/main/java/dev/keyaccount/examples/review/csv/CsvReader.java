package dev.keyaccount.examples.review.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV reader behind {@link CsvFiles}: the semantics of Apache Commons CSV's default format with
 * surrounding spaces ignored and empty lines skipped, at the cost of a line split for the common line.
 *
 * <p>Works on the bytes, a block at a time. A physical line (ended by LF, CRLF or a lone CR, as Commons
 * CSV counts lines) whose bytes are all ASCII is split at its commas here, each cell trimmed of the
 * characters Commons trims ({@link Character#isWhitespace}), a quoted cell that closes on its line read
 * with its doubled quotes; cells that repeat down a column (accounts, dates, currencies) are kept once by
 * {@link CellCache}. Any other line (a byte above 127, a quoted cell left open at the line's end or
 * followed by more than spaces) starts a record that is decoded strictly as UTF-8, extended over the
 * following lines while a quoted cell is open, and parsed by Commons CSV itself; so is the header. Line numbers are the
 * record's first physical line. Not thread-safe; one instance reads one file.
 */
final class CsvReader {

  /** One record, no header: the format {@link CsvFiles} reads, applied to one record's text. */
  private static final CSVFormat RECORD = CSVFormat.DEFAULT.builder()
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .get();
  private static final Pattern START_LINE = Pattern.compile("\\(startline ([0-9,]+)\\)\\s*");
  private static final Pattern AT_LINE = Pattern.compile("\\s*at line: ([0-9,]+).*");

  /** The longest physical line accepted, in characters. */
  static final int MAX_LINE_CHARS = 1_000_000;
  /** A line of {@link #MAX_LINE_CHARS} characters takes at most four bytes each in UTF-8. */
  private static final int MAX_LINE_BYTES = 4 * MAX_LINE_CHARS + 2;

  private final String name;
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buffer = new byte[1 << 20];
  private int position;
  private int limit;
  private boolean endOfInput;

  // The current physical line: its number, its bytes [start, end), its terminator, whether it is ASCII.
  private long lineNumber;
  private int start;
  private int end;
  private String terminator;
  private boolean plain;

  // Set by open(): the header, the column index shared by the rows, the cells each column repeats.
  private List<String> header;
  private int width;
  private Map<String, Integer> columns;
  private CellCache[] caches;
  private PrintStream progress;
  private long count;
  /** Whether a quoted cell holding whole lines is refused ({@link CsvFiles#refuseSwallowedLines}). */
  private boolean refuseSwallowedLines = true;

  CsvReader(String name, InputStream in) {
    this.name = name;
    this.in = in;
  }

  /** Reads a file this project wrote, exactly: a quoted cell may hold any lines (an id with line breaks). */
  CsvReader exact() {
    refuseSwallowedLines = false;
    return this;
  }

  /**
   * Reads the header and every data row.
   *
   * @return the number of data rows
   */
  long read(List<String> required, PrintStream progress, Consumer<CsvRow> rows) throws IOException {
    open(required, progress);
    for (CsvRow row = next(); row != null; row = next()) {
      rows.accept(row);
    }
    return count;
  }

  /**
   * Reads the header, checking that it names each column once and has the required ones.
   *
   * @return the header's names
   */
  List<String> open(List<String> required, PrintStream progressTo) throws IOException {
    this.progress = progressTo;
    while (limit < 3 && !endOfInput) {
      fill();
    }
    if (limit >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
      position = 3;
    }
    String headerText = nextNonEmptyLine() ? recordText() : "";
    if (headerText.isBlank()) {
      header = List.of();
      width = 0;
    } else {
      // Unnamed columns at the end (a spreadsheet's export often has some) are ignored; an unnamed
      // column between named ones is an error.
      String[] cells = parse(headerText, 1);
      width = cells.length;
      header = CsvFiles.named(name, 1, cells);
    }
    columns = CsvFiles.header(name, header, required);
    caches = new CellCache[header.size()];
    for (int i = 0; i < caches.length; i++) {
      caches[i] = new CellCache();
    }
    return header;
  }

  /**
   * The next data row, after {@link #open}.
   *
   * @return the row, or null after the last
   */
  CsvRow next() throws IOException {
    if (!nextNonEmptyLine()) {
      return null;
    }
    long line = lineNumber;
    String[] cells = plain ? split(caches) : null;
    if (cells == null) {
      cells = parse(recordText(), line);
    }
    if (cells.length != width && cells.length != header.size()) {
      throw new InputException(name, line, null, null, "expected " + width + " cells but found " + cells.length);
    }
    if (refuseSwallowedLines) {
      CsvFiles.refuseSwallowedLines(name, header, cells, line, lineNumber);
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].length() > CsvFiles.MAX_CELL_CHARS) {
        throw new InputException(name, line, i < header.size() ? header.get(i) : null, cells[i],
            "longer than " + CsvFiles.MAX_CELL_CHARS + " characters");
      }
    }
    if (++count % CsvFiles.PROGRESS_EVERY == 0) {
      progress.println("  read " + count + " lines of " + name);
    }
    return new CsvRow(name, line, columns, cells);
  }

  /**
   * Splits the current ASCII line at its commas, or returns null when a quoted cell does not close on
   * this line or is followed by more than spaces (then Commons CSV reads the record). Cells too long are
   * left for the caller to report.
   */
  private String[] split(CellCache[] caches) {
    int cellCount = 1;
    for (int i = start; i < end; i++) {
      if (buffer[i] == ',') {
        cellCount++;
      }
    }
    String[] cells = new String[cellCount];
    int c = 0;
    int from = start;
    while (true) {
      int s = from;
      while (s < end && buffer[s] != ',' && Character.isWhitespace((char) buffer[s])) {
        s++;
      }
      int next;
      if (s < end && buffer[s] == '"') {
        next = quoted(s + 1);
        if (next < 0) {
          return null;
        }
        cells[c] = quotedCell;
      } else {
        int to = s;
        while (to < end && buffer[to] != ',') {
          to++;
        }
        int e = to;
        while (e > s && Character.isWhitespace((char) buffer[e - 1])) {
          e--;
        }
        cells[c] = c < caches.length ? caches[c].cell(buffer, s, e) : CellCache.text(buffer, s, e);
        next = to;
      }
      c++;
      if (next >= end) {
        break;
      }
      from = next + 1;
      if (c == cells.length) {
        return null; // a comma inside a quoted cell was counted as a separator: recount the slow way
      }
    }
    return c == cells.length ? cells : java.util.Arrays.copyOf(cells, c);
  }

  /** The cell {@link #quoted} read last. */
  private String quotedCell;

  /**
   * Reads a quoted cell whose text starts at {@code from} (after the opening quote): sets
   * {@link #quotedCell} and returns the position of the comma after it or the line's end; -1 if the
   * cell does not close on this line or is followed by more than spaces.
   */
  private int quoted(int from) {
    StringBuilder escaped = null;
    int i = from;
    int runStart = from;
    while (true) {
      if (i >= end) {
        return -1;
      }
      if (buffer[i] == '"') {
        if (i + 1 < end && buffer[i + 1] == '"') {
          if (escaped == null) {
            escaped = new StringBuilder();
          }
          escaped.append(CellCache.text(buffer, runStart, i + 1));
          i += 2;
          runStart = i;
          continue;
        }
        break;
      }
      i++;
    }
    String last = CellCache.text(buffer, runStart, i);
    quotedCell = escaped == null ? last : escaped.append(last).toString();
    i++;
    while (i < end && buffer[i] != ',') {
      if (!Character.isWhitespace((char) buffer[i])) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /** Parses one record's text with Commons CSV; a record spanning lines starts at {@code line}. */
  private String[] parse(String text, long line) {
    try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(RECORD).get()) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new InputException(name, line, null, null, "malformed CSV: " + records.size() + " records on one line");
      }
      return records.get(0).values();
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw malformed(line, e);
    }
  }

  /**
   * The text of the record starting at the current line, strictly decoded: the line, and the lines
   * after it while a quoted cell is open (with their line breaks). Leaves the last line current.
   */
  private String recordText() throws IOException {
    StringBuilder text = new StringBuilder();
    RecordEnd state = new RecordEnd();
    while (true) {
      String decoded = decode();
      text.append(decoded);
      if (state.scan(decoded)) {
        return text.toString();
      }
      text.append(terminator);
      if (!nextLine()) {
        return text.toString(); // a quoted cell left open: Commons CSV reports it
      }
    }
  }

  /** The current line's bytes as text; bytes that are not UTF-8 are an error naming the line. */
  private String decode() {
    ByteBuffer bytes = ByteBuffer.wrap(buffer, start, end - start);
    try {
      CharBuffer chars = decoder.reset().decode(bytes);
      if (chars.remaining() > MAX_LINE_CHARS) {
        throw tooLong();
      }
      return chars.toString();
    } catch (MalformedInputException | java.nio.charset.UnmappableCharacterException e) {
      throw new InputException(name, lineNumber, null, null, String.format("not valid UTF-8 (byte 0x%02X); save the"
          + " file as UTF-8", buffer[bytes.position()] & 0xFF));
    } catch (CharacterCodingException e) {
      throw new InputException(name, lineNumber, null, null, "not valid UTF-8; save the file as UTF-8");
    }
  }

  /**
   * Where a record ends in Commons CSV (surrounding spaces ignored, no escape character): at a line
   * break outside quotes; a quote opens a quoted cell only at the start of a cell, after spaces.
   */
  private static final class RecordEnd {
    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_QUOTED = 4;
    private int state = CELL_START;

    /** Scans one line's text (without its line break); true if the record ends at this line's break. */
    boolean scan(String line) {
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        switch (state) {
          case CELL_START -> state = c == ',' ? CELL_START : c == '"' ? QUOTED
              : Character.isWhitespace(c) ? CELL_START : UNQUOTED;
          case UNQUOTED, AFTER_QUOTED -> state = c == ',' ? CELL_START : state;
          case QUOTED -> state = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
          default -> state = c == '"' ? QUOTED : c == ',' ? CELL_START : AFTER_QUOTED;
        }
      }
      if (state == QUOTED) {
        return false;
      }
      state = CELL_START;
      return true;
    }
  }

  /** Moves to the next physical line that is not empty (Commons CSV skips empty lines). */
  private boolean nextNonEmptyLine() throws IOException {
    while (nextLine()) {
      if (end > start) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next physical line; false at the end of the input. */
  private boolean nextLine() throws IOException {
    while (true) {
      int i = position;
      boolean ascii = true;
      byte[] b = buffer;
      int n = limit;
      while (i < n) {
        byte c = b[i];
        if (c == '\n' || c == '\r') {
          break;
        }
        if (c < 0) {
          ascii = false;
        }
        i++;
      }
      if (i < n && (b[i] == '\n' || i + 1 < n || endOfInput)) {
        int length = b[i] == '\r' && i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
        setLine(i, ascii, length == 2 ? "\r\n" : b[i] == '\r' ? "\r" : "\n", length);
        return true;
      }
      if (endOfInput) {
        if (position == limit) {
          return false;
        }
        setLine(limit, ascii, "", 0);
        return true;
      }
      if (i - position > MAX_LINE_BYTES) {
        lineNumber++;
        throw tooLong();
      }
      fill();
    }
  }

  private void setLine(int lineEnd, boolean ascii, String lineTerminator, int terminatorLength) {
    lineNumber++;
    start = position;
    end = lineEnd;
    plain = ascii;
    terminator = lineTerminator;
    position = lineEnd + terminatorLength;
    if (plain && end - start > MAX_LINE_CHARS) {
      throw tooLong();
    }
  }

  /** Keeps the unread bytes and reads more after them, growing the buffer for a long line. */
  private void fill() throws IOException {
    int unread = limit - position;
    if (unread == buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
    }
    System.arraycopy(buffer, position, buffer, 0, unread);
    position = 0;
    limit = unread;
    while (limit < buffer.length) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        endOfInput = true;
        return;
      }
      limit += n;
      if (n > 0 && limit > unread) {
        return;
      }
    }
  }

  private InputException tooLong() {
    return new InputException(name, lineNumber, null, null, "the line is longer than " + MAX_LINE_CHARS
        + " characters");
  }

  /** A Commons CSV error in the record starting at {@code line}, with its line when the message has one. */
  private InputException malformed(long line, Throwable e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof InputException input) {
      return input;
    }
    String message = cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
    Matcher startLine = START_LINE.matcher(message);
    if (startLine.find()) {
      line += Long.parseLong(startLine.group(1).replace(",", "")) - 1;
      message = startLine.replaceFirst("");
    }
    Matcher atLine = AT_LINE.matcher(message);
    if (atLine.find()) {
      line += Long.parseLong(atLine.group(1).replace(",", "")) - 1;
      message = message.substring(0, atLine.start()).strip();
    }
    if (message.startsWith("EOF reached before encapsulated token finished")) {
      message = "a quoted cell is never closed (a \" is missing)";
    }
    return new InputException(name, line, null, null, "malformed CSV: " + message);
  }
}
