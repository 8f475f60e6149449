/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ARCHITECTURE.md and the house rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hillfit");
    }

    @Test
    void onlyUiUsesJavaFx() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("org.hillfit.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.testfx.."));
    }

    @Test
    void plateDependsOnNothingButTheJdk() {
        check(onlyJdkAnd("org.hillfit.plate..", "org.hillfit.plate.."));
    }

    @Test
    void jobDependsOnNothingButTheJdk() {
        check(onlyJdkAnd("org.hillfit.job..", "org.hillfit.job.."));
    }

    @Test
    void fitDependsOnNothingButTheJdk() {
        check(onlyJdkAnd("org.hillfit.fit..", "org.hillfit.fit..", "org.hillfit.job.."));
    }

    @Test
    void importersUseOnlyTheDomain() {
        check(noClasses()
                .that()
                .resideInAPackage("org.hillfit.io..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hillfit.analysis..",
                        "org.hillfit.fit..",
                        "org.hillfit.result..",
                        "org.hillfit.report..",
                        "org.hillfit.project..",
                        "org.hillfit.cli..",
                        "org.hillfit.ui.."));
    }

    @Test
    void analysisUsesOnlyTheDomain() {
        check(noClasses()
                .that()
                .resideInAPackage("org.hillfit.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hillfit.io..",
                        "org.hillfit.fit..",
                        "org.hillfit.result..",
                        "org.hillfit.report..",
                        "org.hillfit.project..",
                        "org.hillfit.cli..",
                        "org.hillfit.ui.."));
    }

    @Test
    void resultModelSitsBelowReportsAndProjects() {
        check(noClasses()
                .that()
                .resideInAPackage("org.hillfit.result..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hillfit.io..",
                        "org.hillfit.report..",
                        "org.hillfit.project..",
                        "org.hillfit.cli..",
                        "org.hillfit.ui.."));
    }

    @Test
    void reportDoesNotReachUpOrIntoImporters() {
        check(noClasses()
                .that()
                .resideInAPackage("org.hillfit.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.hillfit.io..", "org.hillfit.project..", "org.hillfit.cli..", "org.hillfit.ui.."));
    }

    @Test
    void onlyChartRenderingAndTheUiUseAwt() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("org.hillfit.report.chart..", "org.hillfit.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.imageio.."));
    }

    @Test
    void projectAndCliDoNotUseTheUi() {
        check(noClasses()
                .that()
                .resideInAnyPackage("org.hillfit.project..", "org.hillfit.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hillfit.ui.."));
    }

    @Test
    void projectDoesNotUseTheCli() {
        check(noClasses()
                .that()
                .resideInAPackage("org.hillfit.project..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hillfit.cli.."));
    }

    @Test
    void nobodyWritesToStandardStreams() {
        check(noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.hillfit.Main")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err"));
    }

    @Test
    void noStaticMutableState() {
        check(noFields()
                .that()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.hillfit..")
                .should()
                .notBeFinal());
    }

    private static ArchRule onlyJdkAnd(String packagePattern, String... allowed) {
        String[] packages = new String[allowed.length + 2];
        packages[0] = "java..";
        packages[1] = "org.jspecify..";
        System.arraycopy(allowed, 0, packages, 2, allowed.length);
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(packagePattern)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(packages);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
