package org.a4p.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package layout every service follows (README, "Layout"), as one ArchUnit rule. Every service runs it through
 * {@link ServiceBasicsTest}.
 */
public final class HouseStyle {

    static final List<String> PACKAGES = List.of("config", "model", "repository", "api", "mapping", "service", "messaging", "rest");

    private HouseStyle() {
    }

    /** Checks the main (non-test) classes under {@code root}; fails with every violation listed. */
    public static void check(String root) {
        check(root, new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root));
    }

    public static void check(String root, JavaClasses classes) {
        rule(root).check(classes);
    }

    public static ArchRule rule(String root) {
        return CompositeArchRule.of(layers(root))
                .and(everyClassInALayer(root))
                .and(slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage(root + "..")
                        .should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                        .because("entities are plain @Entity classes accessed through repositories (no Active Record)"))
                .and(methods().that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                        .and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                        .should().beDeclaredInClassesThat().resideInAPackage(root + ".messaging..")
                        .allowEmptyShould(true))
                .and(classes().that().areAnnotatedWith("jakarta.ws.rs.Path").and().resideInAPackage(root + "..")
                        .should().resideInAPackage(root + ".rest..").allowEmptyShould(true));
    }

    private static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("config").definedBy(root + ".config..")
                .layer("model").definedBy(root + ".model..")
                .layer("repository").definedBy(root + ".repository..")
                .layer("api").definedBy(root + ".api..")
                .layer("mapping").definedBy(root + ".mapping..")
                .layer("service").definedBy(root + ".service..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("rest").definedBy(root + ".rest..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
                .whereLayer("mapping").mayOnlyBeAccessedByLayers("service", "rest", "messaging")
                .whereLayer("api").mayOnlyBeAccessedByLayers("mapping", "service", "rest", "messaging")
                .whereLayer("model").mayOnlyBeAccessedByLayers("repository", "api", "mapping", "service", "rest", "messaging")
                .whereLayer("config").mayOnlyBeAccessedByLayers("service", "rest", "messaging")
                .withOptionalLayers(true);
    }

    private static ArchRule everyClassInALayer(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().resideInAnyPackage(PACKAGES.stream().map(p -> root + "." + p + "..").toArray(String[]::new))
                .because("every class of a service belongs to one of " + PACKAGES);
    }
}
