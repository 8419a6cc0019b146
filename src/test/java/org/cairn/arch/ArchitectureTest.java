package org.cairn.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cairn.casebook.AuditTrail;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * docs/ARCHITECTURE.md, "One module, layers that only point down": arrows point downwards only, and the firewall
 * bans hold in all production code.
 */
@AnalyzeClasses(packages = "org.cairn", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy("org.cairn.app..")
            .layer("Cli").definedBy("org.cairn.cli..")
            .layer("Ui").definedBy("org.cairn.ui..")
            .layer("Casework").definedBy("org.cairn.casework..")
            .layer("Letters").definedBy("org.cairn.letters..")
            .layer("Templates").definedBy("org.cairn.templates..")
            .layer("Stats").definedBy("org.cairn.stats..")
            .layer("Transfer").definedBy("org.cairn.transfer..")
            .layer("Casebook").definedBy("org.cairn.casebook..")
            .layer("Vault").definedBy("org.cairn.vault..")
            .layer("Passphrase").definedBy("org.cairn.passphrase..")
            .layer("Logging").definedBy("org.cairn.logging..")
            .layer("Names").definedBy("org.cairn.names..")
            .layer("Files").definedBy("org.cairn.files..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Casework").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("Letters").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework")
            .whereLayer("Templates").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters")
            .whereLayer("Stats").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework")
            .whereLayer("Transfer").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework")
            .whereLayer("Passphrase").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("Casebook").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters", "Templates",
                    "Stats", "Transfer")
            .whereLayer("Vault").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters", "Templates",
                    "Stats", "Transfer", "Casebook")
            .whereLayer("Logging").mayOnlyBeAccessedByLayers("App")
            // Leaves: comparing names and creating owner-only files depend on no other layer of Cairn.
            .whereLayer("Names").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters", "Templates",
                    "Stats", "Casebook")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Letters", "Stats", "Casebook",
                    "Vault", "Logging");

    @ArchTest
    static final ArchRule noNetworkCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.net..", "javax.net..", "java.net.http..")
            .because("Cairn never opens a network connection (there is no network to reach, by design)");

    @ArchTest
    static final ArchRule noPreferences = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.prefs..")
            .because("java.util.prefs writes to the Windows registry, leaving traces outside the casebook");

    @ArchTest
    static final ArchRule standardOutputOnlyInCli = noClasses().that().resideOutsideOfPackage("org.cairn.cli..")
            .should().accessField(System.class, "out")
            .because("only the command line prints to standard output");

    @ArchTest
    static final ArchRule coreHasNoToolkit = noClasses().that()
            .resideInAnyPackage("org.cairn.vault..", "org.cairn.casebook..", "org.cairn.casework..", "org.cairn.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("storage, domain and command line run without JavaFX");

    /** Top-level concerns (ui, letters, casebook...) never depend on each other in a circle. */
    @ArchTest
    static final ArchRule noCyclesBetweenConcerns = slices().matching("org.cairn.(*)..").should().beFreeOfCycles();

    /**
     * Nor do single packages, screens included: a screen that needs another's type gets it from a package both
     * may use (ui.common, a layer below), so any screen can change without dragging the others along.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.cairn.(**)").should().beFreeOfCycles();

    /** ViewModels, and their inner classes, hold state and rules only; what is drawn belongs to the view. */
    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = noClasses().that().resideInAPackage("org.cairn.ui..")
            .and().haveNameMatching(".*Model(\\$.*)?")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("ViewModels are tested without a JavaFX toolkit; nodes, windows and Platform live in views");

    @ArchTest
    static final ArchRule onlyScreensUseJavaFx = noClasses().that()
            .resideInAnyPackage("org.cairn.letters..", "org.cairn.templates..", "org.cairn.stats..",
                    "org.cairn.transfer..", "org.cairn.passphrase..", "org.cairn.names..", "org.cairn.files..", "org.cairn.logging..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("letters, templates and counts run the same from the command line, without a toolkit");

    /** Screens and commands reach the casebook through the use cases, which check the role and own the writes. */
    @ArchTest
    static final ArchRule screensAndCommandsGoThroughCasework = noClasses().that()
            .resideInAnyPackage("org.cairn.ui..", "org.cairn.cli..")
            .should().dependOnClassesThat(belongToAnyOf(Transactions.class, Tx.class, Reader.class, AuditTrail.class)
                    .or(resideInAPackage("org.cairn..").and(simpleNameEndingWith("Repository"))))
            .because("org.cairn.casework checks the acting person's role and owns each action's transaction");
}
