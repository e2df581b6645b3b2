package dev.readiness.api;

/** The six areas of the forensic readiness checklist. */
public enum Category {
  IDENTITY_AND_ACCESS("Identity and access"),
  LOGGING_AND_MONITORING("Logging and monitoring"),
  DATA_PROTECTION("Data protection"),
  NETWORK_SECURITY("Network security"),
  INCIDENT_RESPONSE("Incident response"),
  POLICIES_AND_PROCESSES("Policies and processes");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /** The area's name as the checklist prints it, for example "Logging and monitoring". */
  public String title() {
    return title;
  }

  /**
   * The category named {@code name}: its constant name or title, ignoring case, spaces, dashes and
   * underscores ("logging", "logging-and-monitoring" and "LOGGING_AND_MONITORING" all work; a
   * unique prefix of the words is enough).
   *
   * @throws IllegalArgumentException naming the valid choices when none or several match
   */
  public static Category parse(String name) {
    String wanted = normalize(name);
    java.util.List<Category> started = new java.util.ArrayList<>();
    for (Category category : values()) {
      String candidate = normalize(category.name());
      if (candidate.equals(wanted)) {
        return category;
      }
      if (!wanted.isEmpty() && candidate.startsWith(wanted)) {
        started.add(category);
      }
    }
    if (started.size() == 1) {
      return started.get(0);
    }
    // Answer in the names the documentation gives (identity, logging, ...), not the constants.
    throw new IllegalArgumentException(
        started.isEmpty()
            ? "Unknown category '"
                + name
                + "'; expected one of "
                + names(java.util.List.of(values()), ", ")
                + " (or the start of one)."
            : "Category '"
                + name
                + "' could be "
                + names(started, " or ")
                + "; give more of the name.");
  }

  /** The areas' short names, the first word of each title: "identity, logging, ...". */
  private static String names(java.util.List<Category> categories, String separator) {
    return categories.stream()
        .map(category -> category.title.split(" ")[0].toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(separator));
  }

  private static String normalize(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
