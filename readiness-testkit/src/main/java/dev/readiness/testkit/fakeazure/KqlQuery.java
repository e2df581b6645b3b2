package dev.readiness.testkit.fakeazure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subset of KQL the fake Resource Graph answers, parsed:
 *
 * <pre>
 * query     := table { "|" operator }
 * operator  := "where" condition { "and" condition }
 *            | "project" column { "," column }
 *            | ("order" | "sort") "by" column [ "asc" | "desc" ]
 * condition := column ("in~" | "in") "(" string { "," string } ")"
 *            | column ("=~" | "==") string
 * column    := id | name | type | location | tags | kind | sku | identity | properties
 *            | subscriptionId | resourceGroup | tenantId | managedBy | plan | zones
 *            | extendedLocation
 * string    := 'text' | "text"
 * </pre>
 *
 * <p>Keywords and column names are case-sensitive, as in KQL; table names are not. {@code ~}
 * operators compare ignoring case. Anything else is refused with the position of the first token
 * not understood.
 */
final class KqlQuery {
  static final Set<String> COLUMNS =
      Set.of(
          "id",
          "name",
          "type",
          "location",
          "tags",
          "kind",
          "sku",
          "identity",
          "properties",
          "subscriptionId",
          "resourceGroup",
          "tenantId",
          "managedBy",
          "plan",
          "zones",
          "extendedLocation");

  /** One {@code where} condition: the column's text must be one of {@code values}. */
  record Condition(String column, boolean ignoreCase, List<String> values) {
    boolean test(String actual) {
      if (actual == null) {
        return false;
      }
      for (String value : values) {
        if (ignoreCase ? value.equalsIgnoreCase(actual) : value.equals(actual)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Why a query was refused, and where. */
  static final class InvalidQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int position;

    InvalidQuery(String message, int position) {
      super(message, null, false, false);
      this.position = position;
    }

    int position() {
      return position;
    }
  }

  private final String table;
  private final List<Condition> conditions;
  private final List<String> projection;
  private final String orderColumn;
  private final boolean descending;

  private KqlQuery(
      String table,
      List<Condition> conditions,
      List<String> projection,
      String orderColumn,
      boolean descending) {
    this.table = table;
    this.conditions = List.copyOf(conditions);
    this.projection = projection == null ? null : List.copyOf(projection);
    this.orderColumn = orderColumn;
    this.descending = descending;
  }

  /** The table queried, in lower case. */
  String table() {
    return table;
  }

  List<Condition> conditions() {
    return conditions;
  }

  /** The projected columns, or {@code null} when the query projects nothing (every column). */
  List<String> projection() {
    return projection;
  }

  /** The column to sort by; {@code id} when the query does not say. */
  String orderColumn() {
    return orderColumn;
  }

  boolean descending() {
    return descending;
  }

  /**
   * Parses {@code text}.
   *
   * @throws InvalidQuery naming what was expected and where
   */
  static KqlQuery parse(String text) {
    return new Parser(text).query();
  }

  private record Token(String text, boolean string, int position) {}

  private static final class Parser {
    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    Parser(String text) {
      this.text = text;
      tokenize();
    }

    private void tokenize() {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '\'' || c == '"') {
          int end = text.indexOf(c, i + 1);
          if (end < 0) {
            throw new InvalidQuery("the string starting here is never closed", i);
          }
          tokens.add(new Token(text.substring(i + 1, end), true, i));
          i = end + 1;
        } else if (Character.isLetter(c) || c == '_') {
          int end = i;
          while (end < text.length()
              && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
          }
          if (end < text.length() && text.charAt(end) == '~') {
            end++; // in~
          }
          tokens.add(new Token(text.substring(i, end), false, i));
          i = end;
        } else if (text.startsWith("=~", i) || text.startsWith("==", i)) {
          tokens.add(new Token(text.substring(i, i + 2), false, i));
          i += 2;
        } else {
          // Punctuation stands alone, so the parser can say which operator it did not expect.
          tokens.add(new Token(String.valueOf(c), false, i));
          i++;
        }
      }
    }

    KqlQuery query() {
      Token tableToken = expectWord("a table name");
      String table = tableToken.text().toLowerCase(Locale.ROOT);
      if (!ResourceGraphTables.isTable(table)) {
        throw new InvalidQuery(
            "unknown table '"
                + tableToken.text()
                + "'; expected one of "
                + ResourceGraphTables.TABLES,
            tableToken.position());
      }
      List<Condition> conditions = new ArrayList<>();
      List<String> projection = null;
      String order = "id";
      boolean descending = false;
      while (next < tokens.size()) {
        expect("|");
        Token operator = expectWord("an operator (where, project, order by)");
        switch (operator.text()) {
          case "where" -> {
            conditions.add(condition());
            while (peekIs("and")) {
              next++;
              conditions.add(condition());
            }
          }
          case "project" -> {
            if (projection != null) {
              throw new InvalidQuery("only one 'project' is supported", operator.position());
            }
            projection = new ArrayList<>();
            projection.add(column());
            while (peekIs(",")) {
              next++;
              projection.add(column());
            }
          }
          case "order", "sort" -> {
            expect("by");
            order = column();
            if (peekIs("asc") || peekIs("desc")) {
              descending = tokens.get(next++).text().equals("desc");
            } else {
              descending = true; // KQL sorts descending by default
            }
          }
          default ->
              throw new InvalidQuery(
                  "unsupported operator '"
                      + operator.text()
                      + "'; expected where, project or order by",
                  operator.position());
        }
      }
      return new KqlQuery(table, conditions, projection, order, descending);
    }

    private Condition condition() {
      String column = column();
      Token operator = expectWord("an operator (in~, in, =~, ==)");
      switch (operator.text()) {
        case "in~", "in" -> {
          expect("(");
          List<String> values = new ArrayList<>();
          values.add(expectString());
          while (peekIs(",")) {
            next++;
            values.add(expectString());
          }
          expect(")");
          return new Condition(column, operator.text().equals("in~"), values);
        }
        case "=~", "==" -> {
          return new Condition(column, operator.text().equals("=~"), List.of(expectString()));
        }
        default ->
            throw new InvalidQuery(
                "unsupported comparison '" + operator.text() + "'; expected in~, in, =~ or ==",
                operator.position());
      }
    }

    private String column() {
      Token token = expectWord("a column name");
      if (!COLUMNS.contains(token.text())) {
        throw new InvalidQuery(
            "unknown column '"
                + token.text()
                + "'; expected one of "
                + COLUMNS.stream().sorted().toList(),
            token.position());
      }
      return token.text();
    }

    private boolean peekIs(String word) {
      return next < tokens.size()
          && !tokens.get(next).string()
          && tokens.get(next).text().equals(word);
    }

    private void expect(String word) {
      if (!peekIs(word)) {
        throw unexpected("'" + word + "'");
      }
      next++;
    }

    private Token expectWord(String what) {
      if (next >= tokens.size() || tokens.get(next).string()) {
        throw unexpected(what);
      }
      return tokens.get(next++);
    }

    private String expectString() {
      if (next >= tokens.size() || !tokens.get(next).string()) {
        throw unexpected("a quoted string");
      }
      return tokens.get(next++).text();
    }

    private InvalidQuery unexpected(String expected) {
      if (next >= tokens.size()) {
        return new InvalidQuery("expected " + expected + " but the query ended", text.length());
      }
      Token token = tokens.get(next);
      return new InvalidQuery(
          "expected " + expected + " but found '" + token.text() + "'", token.position());
    }
  }
}
