package dev.readiness.examples.docs;

import dev.readiness.rules.checklist.ChecklistOptions;
import dev.readiness.rules.logging.GuestOsLogsRule;
import dev.readiness.testkit.CaseFiles;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The case-file example of docs/case-files.md, run with the built-in guest OS logs rule. */
class GuestLogCasesTest {
  // snippet: factory
  @TestFactory
  Stream<DynamicNode> guestLogCases() {
    return CaseFiles.run("cases/guest-logs.json", new GuestOsLogsRule(ChecklistOptions.defaults()));
  }
  // end-snippet
}
