package org.cairn.stats;

import java.util.Objects;

/**
 * Primary protection of one count: below the threshold it is not published; otherwise the cell-key noise is
 * added, the result is rounded to the nearest multiple of the base (halves up), and never allowed below the
 * threshold, so no published value can ever fall between 1 and threshold-1.
 */
final class CellProtection {
    private final DisclosureSettings settings;
    private final PerturbationTable perturbation;

    CellProtection(DisclosureSettings settings, PerturbationTable perturbation) {
        this.settings = Objects.requireNonNull(settings);
        this.perturbation = Objects.requireNonNull(perturbation);
    }

    DisclosureSettings settings() {
        return settings;
    }

    boolean isSmall(long count) {
        return count < settings.threshold();
    }

    PublishedCell publish(long count, long keySum) {
        if (isSmall(count)) {
            return PublishedCell.suppressed(CellStatus.SMALL);
        }
        long noisy = count + perturbation.noise(count, keySum);
        int base = settings.roundingBase();
        long rounded = (noisy + base / 2) / base * base;
        return new PublishedCell(CellStatus.PUBLISHED, (int) Math.max(rounded, settings.smallestPublished()));
    }
}
