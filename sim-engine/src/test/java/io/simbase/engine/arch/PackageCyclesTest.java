package io.simbase.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on one another without cycles (read from the compiled classes,
 * so fully qualified names count and Javadoc links do not). Shared kinds (events, the RNG) live
 * in {@code core}, which imports nothing else of the engine.
 */
class PackageCyclesTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.simbase.engine");

    @Test
    void enginePackagesFormNoCycle() {
        assertFalse(ENGINE.isEmpty(), "the engine's classes were found");
        slices().matching("io.simbase.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void corePackageDependsOnNoOtherEnginePackage() {
        noClasses().that().resideInAPackage("io.simbase.engine.core")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.simbase.engine.core", "java..")
                .check(ENGINE);
    }

    @Test
    void theImportedClassesCarryTheirDependencies() {
        // world -> parts exists, so a rule forbidding it fails: the checks above can fail too.
        assertThrows(AssertionError.class, () -> noClasses()
                .that().resideInAPackage("io.simbase.engine.world")
                .should().dependOnClassesThat().resideInAPackage("io.simbase.engine.parts")
                .check(ENGINE));
    }
}
