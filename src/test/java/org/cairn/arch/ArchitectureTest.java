package org.cairn.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
            .whereLayer("Passphrase").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
            .whereLayer("Casebook").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters", "Templates",
                    "Stats")
            .whereLayer("Vault").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Casework", "Letters", "Templates",
                    "Stats", "Casebook")
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
}
