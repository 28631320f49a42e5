package dev.keyaccount.examples.review.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Several ids in one cell of an output file (the {@code authorization_ids} and {@code candidates} columns):
 * separated by {@code ;}, with a {@code ;} or {@code \} inside an id written {@code \;} or {@code \\},
 * so that the list reads back as the ids it was made of ({@link #split}) whatever characters an id
 * holds. An id with neither character is written as it is.
 */
public final class IdList {

  private IdList() {}

  /**
   * Appends one id, escaped, to a list being built (the caller writes the {@code ;} between ids).
   *
   * @param out the list being built
   * @param id the id
   * @return {@code out}
   */
  public static StringBuilder append(StringBuilder out, String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == ';' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out;
  }

  /**
   * One id as a list of one: the id itself unless it holds a {@code ;} or {@code \}.
   *
   * @param id the id
   * @return the id, escaped
   */
  public static String escape(String id) {
    return id.indexOf(';') < 0 && id.indexOf('\\') < 0 ? id : append(new StringBuilder(id.length() + 2), id).toString();
  }

  /**
   * The ids joined, each escaped.
   *
   * @param ids the ids, in order
   * @return the list cell; empty for no ids
   */
  public static String of(List<String> ids) {
    if (ids.size() == 1) {
      return escape(ids.get(0));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      append(out, ids.get(i));
    }
    return out.toString();
  }

  /**
   * Reads a list cell back into its ids.
   *
   * @param cell a cell written by this class
   * @return the ids, in order; empty for an empty cell
   * @throws IllegalArgumentException if the cell ends in a lone {@code \}
   */
  public static List<String> split(String cell) {
    List<String> ids = new ArrayList<>();
    if (cell.isEmpty()) {
      return ids;
    }
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        if (++i == cell.length()) {
          throw new IllegalArgumentException("Argument 'cell' must not end in a lone '\\' but has value " + cell);
        }
        id.append(cell.charAt(i));
      } else if (c == ';') {
        ids.add(id.toString());
        id.setLength(0);
      } else {
        id.append(c);
      }
    }
    ids.add(id.toString());
    return ids;
  }
}
