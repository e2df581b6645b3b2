package dev.readiness.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads a snapshot file from the class path into a test, through {@link ReadinessExtension}, which
 * the annotation registers itself:
 *
 * <ul>
 *   <li>on a {@link dev.readiness.api.Snapshot} parameter of a test or lifecycle method, that
 *       parameter;
 *   <li>on a {@code Snapshot} field, that field (a static one before all tests, an instance one
 *       before each);
 *   <li>on the test class, every {@code Snapshot} parameter that names no file of its own.
 * </ul>
 *
 * <pre>{@code
 * class GuestLogsTest {
 *   @SnapshotFile("fixtures/tha-vm.json") Snapshot tenant;
 *
 *   @Test
 *   void thaVmHasNoGuestLogs() { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE})
@ExtendWith(ReadinessExtension.class)
public @interface SnapshotFile {
  /** The class-path location, for example {@code fixtures/tha-vm.json}. */
  String value();
}
