package org.cairn.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.cairn.casebook.Casebook;
import org.cairn.letters.LetterMaker;
import org.cairn.ui.common.Session;
import org.cairn.vault.Transactions;

/**
 * The screens and the command moved onto the use cases (plans, referrals, never-contact marks, letters) reach the
 * casebook only through them, so a role rule, a transaction or an audit row cannot be skipped by a shortcut.
 */
@AnalyzeClasses(packages = {"org.cairn.ui.plans", "org.cairn.ui.referrals", "org.cairn.ui.blocked",
        "org.cairn.ui.letter", "org.cairn.cli"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ScreensActThroughUseCasesTest {
    private static final String[] SCREENS = {"org.cairn.ui.plans..", "org.cairn.ui.referrals..",
            "org.cairn.ui.blocked..", "org.cairn.ui.letter.."};

    @ArchTest
    static final ArchRule screensNeverTouchTheCasebook = noClasses().that().resideInAnyPackage(SCREENS)
            .or().haveFullyQualifiedName("org.cairn.cli.LetterCommand")
            .should().dependOnClassesThat().belongToAnyOf(Casebook.class, Transactions.class, LetterMaker.class)
            .because("these screens act through session.casework(), which checks the role and owns the transaction");

    @ArchTest
    static final ArchRule screensNeverAskTheSessionForTheCasebook = noClasses().that().resideInAnyPackage(SCREENS)
            .should().callMethod(Session.class, "casebook")
            .because("the casebook's repositories skip the use cases' rules");
}
