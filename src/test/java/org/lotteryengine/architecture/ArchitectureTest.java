package org.lotteryengine.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The structure, checked on the compiled classes. Above the pure-Java engine the code is grouped by feature
 * (generation, draws, lotteries, evaluation, clients, admin) on a shared platform; inside each feature dependencies
 * point down (rest &rarr; mapping &rarr; service &rarr; repository and engine). docs/architecture.md explains each rule.
 */
@AnalyzeClasses(packages = "org.lotteryengine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The features, each with its own rest, mapping, service and repository packages. */
    static final List<String> FEATURES = List.of("generation", "draws", "lotteries", "evaluation", "backtest", "clients",
            "admin");

    @ArchTest
    static final ArchRule engineIsPlainJava = classes().that()
            .resideInAPackage("org.lotteryengine.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.lotteryengine.engine..", "org.apache.commons.statistics..",
                    "org.apache.commons.numbers..", "org.apache.commons.math3.transform..");

    @ArchTest
    static final ArchRule onlyTheApiLayerKnowsTheWireFormat = noClasses().that()
            .resideOutsideOfPackages("org.lotteryengine..rest..", "org.lotteryengine..mapping..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine..rest..", "org.lotteryengine..mapping..");

    @ArchTest
    static final ArchRule repositoriesKnowNeitherServicesNorTheApi = noClasses().that()
            .resideInAPackage("org.lotteryengine..repository..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine..service..", "org.lotteryengine..rest..",
                    "org.lotteryengine..mapping..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersRepositories = CompositeArchRule.of(FEATURES.stream()
            .map(feature -> noClasses().that()
                    .resideOutsideOfPackage("org.lotteryengine." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.lotteryengine." + feature + ".repository..")
                    .as("no class outside %s uses its repositories or entities".formatted(feature)))
            .toList());

    @ArchTest
    static final ArchRule thePlatformKnowsNoFeature = noClasses().that()
            .resideInAPackage("org.lotteryengine.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES.stream()
                    .map(feature -> "org.lotteryengine." + feature + "..")
                    .toArray(String[]::new));

    @ArchTest
    static final ArchRule transactionsAreOpenedInOnePlace = noClasses().that()
            .doNotHaveFullyQualifiedName("org.lotteryengine.platform.service.Uncancellable")
            .should()
            .callMethod(io.quarkus.hibernate.reactive.panache.Panache.class, "withTransaction",
                    java.util.function.Supplier.class)
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.quarkus.hibernate.reactive.panache.common.WithTransaction");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.lotteryengine.(*)..")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule layersInsideAFeatureAreFreeOfCycles = slices().matching("org.lotteryengine.(*).(*)..")
            .should()
            .beFreeOfCycles()
            // Mappers translate to the wire types, which depend on nothing above them (wireTypesAreLeaves).
            .ignoreDependency(resideInAPackage("org.lotteryengine..mapping.."),
                    resideInAPackage("org.lotteryengine..rest.dto.."));

    @ArchTest
    static final ArchRule wireTypesAreLeaves = noClasses().that()
            .resideInAPackage("org.lotteryengine..rest.dto..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lotteryengine..rest", "org.lotteryengine..mapping..",
                    "org.lotteryengine..service..", "org.lotteryengine..repository..", "org.lotteryengine..ops..");
}
