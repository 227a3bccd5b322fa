package org.a4p.events;

/**
 * The rates oversight bodies publish, as the design defines them (the JIU model), in one place so that the API's
 * statistics and the dashboard's charts cannot disagree:
 * <ul>
 * <li>{@code acceptanceRate} = (ACCEPTED + PARTIALLY_ACCEPTED) / positions decided (neither PENDING nor NOT_RELEVANT);</li>
 * <li>{@code implementationRate} = IMPLEMENTED / positions ACCEPTED or PARTIALLY_ACCEPTED.</li>
 * </ul>
 * A rate with nothing to divide by is null (unknown), never 0: "nobody has decided" is not "nobody accepted".
 * Immutable; {@link #plus} returns a new tally.
 */
public record PositionRates(int positions, int decided, int accepted, int implemented) {

    public static final PositionRates NONE = new PositionRates(0, 0, 0, 0);

    /** This tally with one more position counted. */
    public PositionRates plus(PositionAcceptance acceptance, PositionImplementation implementation) {
        boolean isDecided = acceptance != PositionAcceptance.PENDING && acceptance != PositionAcceptance.NOT_RELEVANT;
        boolean isAccepted = acceptance.allowsImplementation();
        boolean isImplemented = isAccepted && implementation == PositionImplementation.IMPLEMENTED;
        return new PositionRates(positions + 1, decided + (isDecided ? 1 : 0), accepted + (isAccepted ? 1 : 0),
                implemented + (isImplemented ? 1 : 0));
    }

    /** Both tallies together. */
    public PositionRates plus(PositionRates other) {
        return new PositionRates(positions + other.positions, decided + other.decided, accepted + other.accepted,
                implemented + other.implemented);
    }

    /** Accepted or partially accepted over decided, in [0, 1]; null when no position is decided. */
    public Double acceptanceRate() {
        return decided == 0 ? null : (double) accepted / decided;
    }

    /** Implemented over accepted or partially accepted, in [0, 1]; null when none is accepted. */
    public Double implementationRate() {
        return accepted == 0 ? null : (double) implemented / accepted;
    }
}
