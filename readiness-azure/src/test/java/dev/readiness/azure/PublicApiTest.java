package dev.readiness.azure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users of dev.readiness.azure see no Azure SDK type but the credential they already know. */
class PublicApiTest {
  private static final String ALLOWED = "com.azure.core.credential.TokenCredential";

  private static final ArchCondition<JavaCodeUnit> EXPOSE_NO_AZURE_SDK_TYPE =
      new ArchCondition<>("expose no Azure SDK type other than " + ALLOWED) {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          List<JavaClass> exposed = new ArrayList<>(unit.getRawParameterTypes());
          exposed.add(unit.getRawReturnType());
          for (JavaClass type : exposed) {
            String name = type.getName();
            if (name.startsWith("com.azure.") && !name.equals(ALLOWED)) {
              events.add(
                  SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + name));
            }
          }
        }
      };

  @Test
  void publicSignaturesOutsideImplementationShowNoAzureSdkType() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.readiness.azure");

    codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.readiness.azure")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should(EXPOSE_NO_AZURE_SDK_TYPE)
        .check(classes);
  }
}
