package org.lotteryengine.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering, checked on the compiled classes: dependencies point down (rest &rarr; mapping &rarr; service &rarr;
 * repository and engine), the engine is plain Java, and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "org.lotteryengine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsPlainJava = classes().that()
            .resideInAPackage("org.lotteryengine.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.lotteryengine.engine..", "org.apache.commons.statistics..",
                    "org.apache.commons.numbers..");

    @ArchTest
    static final ArchRule onlyTheApiLayerKnowsTheWireFormat = noClasses().that()
            .resideOutsideOfPackages("org.lotteryengine.rest..", "org.lotteryengine.mapping..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine.rest..", "org.lotteryengine.mapping..");

    @ArchTest
    static final ArchRule repositoriesKnowNeitherServicesNorTheApi = noClasses().that()
            .resideInAPackage("org.lotteryengine.repository..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine.service..", "org.lotteryengine.rest..",
                    "org.lotteryengine.mapping..");

    @ArchTest
    static final ArchRule transactionsAreOpenedInOnePlace = noClasses().that()
            .doNotHaveFullyQualifiedName("org.lotteryengine.service.Uncancellable")
            .should()
            .callMethod(io.quarkus.hibernate.reactive.panache.Panache.class, "withTransaction",
                    java.util.function.Supplier.class)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.quarkus.hibernate.reactive.panache.common.WithTransaction");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.lotteryengine.(*)..")
            .should()
            .beFreeOfCycles()
            // The API layer is rest (resources and wire types) and mapping: mappers translate to the wire types,
            // which depend on nothing above them (wireTypesAreLeaves).
            .ignoreDependency(resideInAPackage("org.lotteryengine.mapping.."),
                    resideInAPackage("org.lotteryengine.rest.dto.."));

    @ArchTest
    static final ArchRule wireTypesAreLeaves = noClasses().that()
            .resideInAPackage("org.lotteryengine.rest.dto..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine.rest", "org.lotteryengine.mapping..", "org.lotteryengine.service..",
                    "org.lotteryengine.repository..", "org.lotteryengine.ops..");
}
