package dev.readiness.api.implementation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Json;
import dev.readiness.api.Resource;
import java.io.IOException;

/**
 * The door from the project's own modules to the Jackson forms of {@link Resource} and {@link
 * Json}, which the supported API keeps private. As in the Azure SDK's access helpers, {@code
 * Resource} installs the forms as it loads, so they reach its private JSON model without making it
 * public.
 */
public final class JacksonAccess {
  private static volatile Forms forms;

  private JacksonAccess() {}

  /** The Jackson forms, loading {@link Resource} (which installs them) on first use. */
  public static Forms forms() {
    Forms installed = forms;
    if (installed == null) {
      try {
        Class.forName(Resource.class.getName(), true, Resource.class.getClassLoader());
      } catch (ClassNotFoundException impossible) {
        throw new IllegalStateException(impossible);
      }
      installed = forms;
    }
    return installed;
  }

  /**
   * Installs the forms; called once, by {@link Resource} as it loads.
   *
   * @throws IllegalStateException on a second call
   */
  public static synchronized void install(Forms provided) {
    if (forms != null) {
      throw new IllegalStateException("The Jackson forms are installed already.");
    }
    forms = provided;
  }

  /** Resources and JSON values to and from Jackson. */
  public interface Forms {
    /**
     * A resource from ARM JSON read as a tree; the tree is copied.
     *
     * @throws IllegalArgumentException when it is not an object with a valid string {@code id}
     */
    Resource resource(JsonNode json);

    /** A reader for many resources from one input, keeping equal short strings once. */
    ResourceReader reader();

    /** A new Jackson tree of the resource's JSON; changing it does not change the resource. */
    ObjectNode toJsonNode(Resource resource);

    /** A new Jackson tree of the value (missing when absent); changing it changes nothing. */
    JsonNode toJsonNode(Json value);

    /** Writes the resource as JSON with object keys sorted, so output is stable across runs. */
    void write(Resource resource, JsonGenerator generator) throws IOException;
  }

  /**
   * Reads resources one after another, sharing repeated strings, which roughly halves the heap a
   * large snapshot needs. Not thread-safe.
   */
  public interface ResourceReader {
    /**
     * Reads the JSON object at the parser's current token (a {@code START_OBJECT}).
     *
     * @throws IOException when the JSON is malformed
     * @throws IllegalArgumentException when it is not an object with a valid string {@code id}
     */
    Resource read(JsonParser parser) throws IOException;

    /**
     * A resource from ARM JSON already read as a tree.
     *
     * @throws IllegalArgumentException when it is not an object with a valid string {@code id}
     */
    Resource of(JsonNode json);
  }
}
