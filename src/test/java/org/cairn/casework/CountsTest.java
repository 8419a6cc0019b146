package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.stats.BundleImport;
import org.cairn.stats.CoordinatorKey;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts through the use cases: the same stats work, one transaction each, audited as the person acting. */
class CountsTest {
    private static final QuarterRange Q3 = QuarterRange.of(Quarter.parse("2026Q3"));

    @TempDir
    Path dir;

    @Test
    void aPreviewAuditsNothingAndAPublicationIsOneAuditedTransaction() {
        try (Acting coordinator = Acting.as(dir.resolve("c"), "Cleo Coordinator", Role.COORDINATOR)) {
            Counts counts = coordinator.casework().counts();
            long before = coordinator.lastRow();
            // A preview may give new cases their record keys (one transaction) but freezes and audits nothing.
            counts.preview(PublicationRequest.of(Q3));
            assertThat(coordinator.rowsSince(before)).isEmpty();

            int writes = coordinator.transactions().writes();
            counts.publish(PublicationRequest.of(Q3));
            assertThat(coordinator.transactions().writes() - writes).isEqualTo(1);
            assertThat(coordinator.rowsSince(before)).singleElement().satisfies(row -> {
                assertThat(row.action()).isEqualTo(AuditAction.COUNTS_EXPORTED);
                assertThat(row.actor()).isEqualTo("Cleo Coordinator");
            });
        }
    }

    @Test
    void aBundleTravelsFromALaptopToTheCoordinatorEachStepAuditedAsItsPerson() {
        try (Acting coordinator = Acting.as(dir.resolve("c"), "Cleo Coordinator", Role.COORDINATOR);
                Acting laptop = Acting.as(dir.resolve("l"), "Asha Admin", Role.ADMINISTRATOR)) {
            CoordinatorKey key = coordinator.casework().counts().exportKey();
            assertThat(laptop.casework().counts().importKey(key)).isEmpty();
            CountsBundles.ExportedBundle bundle = laptop.casework().counts().exportBundle(Q3, CountingRule.CONSENTED);
            assertThat(bundle.coordinatorFingerprint()).isEqualTo(key.fingerprint());

            long before = coordinator.lastRow();
            List<BundleImport> outcomes = coordinator.casework().counts().importBundles(List.of(
                    new CountsBundles.BundleFile("laptop.cairnbundle", bundle.bytes())));
            assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.imported()).isTrue());
            assertThat(coordinator.casework().counts().importedBundles()).hasSize(1);
            assertThat(coordinator.rowsSince(before)).extracting(AuditEntry::actor).containsOnly("Cleo Coordinator");
            assertThat(laptop.casebook().audit().recent(100)).filteredOn(e -> e.action().name().startsWith("COUNTS"))
                    .isNotEmpty().extracting(AuditEntry::actor).containsOnly("Asha Admin");

            coordinator.casework().counts().publishMerged(PublicationRequest.of(Q3));
            assertThat(coordinator.casebook().audit().latest(AuditAction.COUNTS_EXPORTED).orElseThrow().actor())
                    .isEqualTo("Cleo Coordinator");
        }
    }

    @Test
    void anAdvocateMayMakeABundleButNeitherPublishesNorHandlesKeysNorImportsBundles() {
        try (Acting advocate = Acting.as(dir.resolve("a"), "Ada Advocate", Role.ADVOCATE)) {
            Counts counts = advocate.casework().counts();
            for (Runnable refused : List.<Runnable>of(() -> counts.publish(PublicationRequest.of(Q3)),
                    () -> counts.preview(PublicationRequest.of(Q3)), counts::exportKey, counts::rotateKey,
                    () -> counts.importBundles(List.of()))) {
                assertThat(catchThrowableOfType(refused::run, CaseworkException.class).problem())
                        .isEqualTo(Problem.NOT_PERMITTED);
            }
            assertThat(advocate.casebook().audit().latest(AuditAction.COUNTS_EXPORTED)).isEmpty();
            // Allowed, so refused only for want of the coordinator's key, never for the role.
            Throwable noKey = catchThrowable(() -> counts.exportBundle(Q3, CountingRule.CONSENTED));
            assertThat(noKey).isNotNull().isNotInstanceOf(CaseworkException.class);
        }
    }
}
