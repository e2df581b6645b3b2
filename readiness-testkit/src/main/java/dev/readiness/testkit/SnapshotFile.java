package dev.readiness.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link dev.readiness.api.Snapshot} parameter of a test that {@link ReadinessExtension}
 * fills with the snapshot file at this class-path location:
 *
 * <pre>{@code
 * @ExtendWith(ReadinessExtension.class)
 * class GuestLogsTest {
 *   @Test
 *   void thaVmHasNoGuestLogs(@SnapshotFile("fixtures/tha-vm.json") Snapshot snapshot) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SnapshotFile {
  /** The class-path location, for example {@code fixtures/tha-vm.json}. */
  String value();
}
