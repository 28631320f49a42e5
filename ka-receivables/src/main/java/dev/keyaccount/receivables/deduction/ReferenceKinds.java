package dev.keyaccount.receivables.deduction;

/**
 * The kinds of code point the tokens of a normalised reference are made of (see
 * {@code References}), for {@link ReferenceTable}: letter, digit and symbol runs make the tokens,
 * separators end them, and a combining mark belongs to the letter run it follows. Holds no state.
 */
final class ReferenceKinds {

  static final byte SEPARATOR = 0;
  static final byte LETTER = 1;
  static final byte DIGIT = 2;
  static final byte SYMBOL = 3;
  static final byte MARK = 4;
  /** The kind of each ASCII char, by its value. */
  static final byte[] ASCII_KINDS = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII_KINDS[c] = kind(c);
    }
  }

  private ReferenceKinds() {}

  /** The kind of a folded code point; a combining mark is a {@code MARK}, a letter only after one. */
  static byte kind(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return LETTER;
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return MARK;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return SEPARATOR;
      default:
        return SYMBOL;
    }
  }
}
