/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.layout;

import java.util.Objects;
import java.util.Optional;
import org.hillfit.io.SourceLocation;
import org.hillfit.plate.WellId;

/**
 * One droplet transfer of an acoustic dispenser log.
 *
 * @param sourcePlate source plate barcode (or its name when the log has no barcode)
 * @param sourceWell source well
 * @param destinationPlate destination plate barcode (or name)
 * @param destinationWell destination well
 * @param volumeNl the volume that reached the well in nL: the log's Actual Volume when given, else the Transfer
 *     Volume; for a failed transfer the requested volume
 * @param sampleName the log's Sample Name or Sample ID, possibly empty
 * @param failure why the transfer failed (the status text, or "listed under [EXCEPTIONS]"); empty when it succeeded
 * @param location the log line
 */
public record EchoTransfer(
        String sourcePlate,
        WellId sourceWell,
        String destinationPlate,
        WellId destinationWell,
        double volumeNl,
        String sampleName,
        Optional<String> failure,
        SourceLocation location) {

    public EchoTransfer {
        Objects.requireNonNull(sourcePlate, "sourcePlate");
        Objects.requireNonNull(sourceWell, "sourceWell");
        Objects.requireNonNull(destinationPlate, "destinationPlate");
        Objects.requireNonNull(destinationWell, "destinationWell");
        Objects.requireNonNull(sampleName, "sampleName");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(location, "location");
        if (!(volumeNl >= 0) || !Double.isFinite(volumeNl)) {
            throw new IllegalArgumentException("a transfer volume must be ≥ 0 nL; got " + volumeNl);
        }
    }

    /** True when the dispenser reported the transfer as failed. */
    public boolean isFailed() {
        return failure.isPresent();
    }

    /** Same source and destination wells: the identity of a transfer across the log's sections. */
    boolean sameRoute(EchoTransfer other) {
        return sourcePlate.equals(other.sourcePlate)
                && sourceWell.equals(other.sourceWell)
                && destinationPlate.equals(other.destinationPlate)
                && destinationWell.equals(other.destinationWell);
    }
}
