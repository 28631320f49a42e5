package dev.keyaccount.examples.review.report;

/**
 * Makes text from the user's files safe for a terminal and an HTML page. Control characters (C0, DEL,
 * C1: ESC and so every escape sequence), format characters (bidi overrides and isolates, zero-width
 * marks, the byte order mark), the fillers that draw nothing (Hangul fillers, the combining grapheme
 * joiner), line and paragraph separators and lone surrogates are replaced by a
 * visible <code>&#92;uXXXX</code> escape, so that no input can move the cursor, recolour, clear or reorder the
 * console, or hide text. Console cells are also cut to {@link #MAX_CELL} characters.
 *
 * <p>The output CSV files are not passed through here: they keep the data as it was read.
 */
public final class ConsoleText {

  /** The longest cell printed on the console, in characters; longer text ends with an ellipsis. */
  public static final int MAX_CELL = 120;

  private ConsoleText() {}

  /**
   * Replaces every character that could act on a terminal by its visible escape.
   *
   * @param text the text, possibly from a user's file
   * @return the text with control, format and separator characters escaped as <code>&#92;uXXXX</code>
   */
  public static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (unsafe(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int j = i; j < i + n; j++) {
          out.append(String.format("\\u%04X", (int) text.charAt(j)));
        }
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  /**
   * A console cell: {@link #safe} and cut to {@link #MAX_CELL} characters.
   *
   * @param text the cell text
   * @return the text to print
   */
  public static String cell(String text) {
    String safe = safe(text);
    if (safe.length() <= MAX_CELL) {
      return safe;
    }
    int end = MAX_CELL - 1;
    if (Character.isHighSurrogate(safe.charAt(end - 1))) {
      end--;
    }
    return safe.substring(0, end) + "…";
  }

  private static boolean unsafe(int cp) {
    switch (cp) {
      // Letters and marks that draw nothing (Unicode's default-ignorable fillers, not format characters):
      // a name of them alone would look blank, or like another.
      case 0x034F: // combining grapheme joiner
      case 0x115F: // Hangul choseong filler
      case 0x1160: // Hangul jungseong filler
      case 0x17B4: // Khmer vowel inherent aq
      case 0x17B5: // Khmer vowel inherent aa
      case 0x3164: // Hangul filler
      case 0xFFA0: // halfwidth Hangul filler
        return true;
      default:
        break;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
        return true;
      default:
        return false;
    }
  }
}
