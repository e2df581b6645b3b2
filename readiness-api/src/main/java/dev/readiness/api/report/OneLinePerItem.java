package dev.readiness.api.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.util.Set;

/**
 * Indents a document as {@link JsonOutput#open} does, except that each item of the named arrays
 * ({@code findings}, or {@code investigation.resources} for an array within an object) is written
 * on one line without spaces. A report of 100,000 resources has hundreds of thousands of such
 * items; indenting their fields would cost more bytes than some of the items.
 */
final class OneLinePerItem extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  private final Set<String> arrays;

  OneLinePerItem(Set<String> arrays) {
    super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    this.arrays = Set.copyOf(arrays);
    Indenter indenter = new LineIndenter();
    indentObjectsWith(indenter);
    indentArraysWith(indenter);
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new OneLinePerItem(arrays);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    if (withinItem(g.getOutputContext())) {
      g.writeRaw(':');
    } else {
      super.writeObjectFieldValueSeparator(g);
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    if (entries == 0 && withinItem(g.getOutputContext())) {
      --_nesting;
      g.writeRaw('}');
    } else {
      super.writeEndObject(g, entries);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    if (values == 0 && withinItem(g.getOutputContext())) {
      --_nesting;
      g.writeRaw(']');
    } else {
      super.writeEndArray(g, values);
    }
  }

  /** True inside an item of one of the arrays. */
  private boolean withinItem(JsonStreamContext context) {
    for (JsonStreamContext item = context; item != null; item = item.getParent()) {
      JsonStreamContext array = item.getParent();
      if (array != null && array.inArray() && arrays.contains(path(array.getParent()))) {
        return true;
      }
    }
    return false;
  }

  /** The field names from the root to the field {@code object} is writing, joined by dots. */
  private static String path(JsonStreamContext object) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = object; at != null && !at.inRoot(); at = at.getParent()) {
      if (!at.inObject()) {
        return ""; // within an array item: not a field of the root's objects
      }
      path.insert(0, path.length() == 0 ? at.getCurrentName() : at.getCurrentName() + ".");
    }
    return path.toString();
  }

  /** Two spaces a level and {@code \n}, as every report file; nothing within an item. */
  private final class LineIndenter implements Indenter {
    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
      if (withinItem(g.getOutputContext())) {
        return;
      }
      g.writeRaw('\n');
      for (int i = 0; i < level; i++) {
        g.writeRaw("  ");
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }
}
