package org.lotteryengine.engine.generation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.InvalidGenerationRequestException.Detail;
import org.lotteryengine.engine.history.PatternGroup;

/**
 * Generates a ticket set aimed at a tier (spec 4.1): validates the request, computes its stopping criteria, then runs
 * the attempt loop of {@link GenerationRun}. Pure Java and thread-safe: every call keeps its state to itself.
 */
public final class GenerationEngine {

    /** Read at each use: operators may change criteria and modifiers at run time (spec 9.2). */
    private final Supplier<GenerationSettings> settings;
    private final TicketSetEvaluator evaluator;
    private final LongSupplier nanoClock;
    private final RequestField.Names fields;

    /**
     * @param nanoClock time source in nanoseconds ({@code System::nanoTime}); tests pass a fake one to make timeouts
     *        deterministic
     * @param fields how the caller names the request's fields in error messages, details and suggestions
     */
    public GenerationEngine(GenerationSettings settings, TicketSetEvaluator evaluator, LongSupplier nanoClock,
            RequestField.Names fields) {
        this(() -> settings, evaluator, nanoClock, fields);
    }

    /**
     * An engine whose settings are read at each request from {@code settings}, so that a change of stopping criteria
     * or strategy modifiers at run time applies to the next generation.
     */
    public GenerationEngine(Supplier<GenerationSettings> settings, TicketSetEvaluator evaluator,
            LongSupplier nanoClock, RequestField.Names fields) {
        this.settings = settings;
        this.evaluator = evaluator;
        this.nanoClock = nanoClock;
        this.fields = fields;
    }

    public GenerationSettings settings() {
        return settings.get();
    }

    /**
     * Runs one generation to its stop, on the calling thread.
     *
     * @throws InvalidGenerationRequestException when the request breaks a rule of spec 10.1; nothing ran
     */
    public GenerationResult generate(LotteryFormat format, PatternData patterns, GenerationRequest request,
            Degradation degradation, GenerationListener listener, GenerationControl control) {
        validate(format, request);
        int tickets = ticketCount(request, degradation);
        StoppingCriteria criteria = criteria(patterns, request, degradation, tickets);
        long seed = request.seed() != null ? request.seed()
                : ThreadLocalRandom.current()
                        .nextLong();
        return new GenerationRun(format, patterns, request, tickets, criteria, settings(), degradation, evaluator,
                listener, control, nanoClock, fields, seed).execute();
    }

    /**
     * Answers a request from a stored design (see {@link StoredDesignRun}), on the calling thread: the same checks and
     * criteria as {@link #generate}, no search. The listener hears of the run only when its set meets the request
     * ({@link GenerationStatus#met()}); otherwise the caller may search instead, and the listener hears of that.
     *
     * @param design the library's design for {@link #designKey} of this request
     * @throws InvalidGenerationRequestException when the request breaks a rule of spec 10.1
     * @throws IllegalArgumentException when the design has another number of tickets than the request's set
     */
    public GenerationResult serve(LotteryFormat format, PatternData patterns, GenerationRequest request,
            TicketDesign design, Degradation degradation, GenerationListener listener) {
        validate(format, request);
        int tickets = ticketCount(request, degradation);
        if (design.tickets()
                .size() != tickets) {
            throw new IllegalArgumentException("the design has %d tickets, the request's set %d".formatted(design
                    .tickets()
                    .size(), tickets));
        }
        StoppingCriteria criteria = criteria(patterns, request, degradation, tickets);
        long seed = request.seed() != null ? request.seed()
                : ThreadLocalRandom.current()
                        .nextLong();
        return new StoredDesignRun(format, patterns, request, criteria, settings(), degradation, design, listener,
                nanoClock, fields, seed).execute();
    }

    /**
     * Continues the search of a stored design for the request's whole time limit (a background improvement), on the
     * calling thread: it starts from the design, cools by time and stops only on the limit or a cancellation through
     * {@code control}, then returns the best set seen, evaluated exactly like any generation's.
     *
     * @throws InvalidGenerationRequestException when the request breaks a rule of spec 10.1
     * @throws IllegalArgumentException when the design has another number of tickets than the request
     */
    public GenerationResult improve(LotteryFormat format, PatternData patterns, GenerationRequest request,
            TicketDesign design, GenerationControl control) {
        validate(format, request);
        int tickets = request.numberOfTickets();
        if (design.tickets()
                .size() != tickets) {
            throw new IllegalArgumentException("the design has %d tickets, the request %d".formatted(design.tickets()
                    .size(), tickets));
        }
        StoppingCriteria criteria = criteria(patterns, request, Degradation.none(), tickets);
        long seed = request.seed() != null ? request.seed()
                : ThreadLocalRandom.current()
                        .nextLong();
        return new GenerationRun(format, patterns, request, tickets, criteria, settings(), Degradation.none(), evaluator,
                GenerationListener.none(), control, nanoClock, fields, seed).continuing(design)
                .execute();
    }

    /**
     * The key of the stored designs that may answer a request.
     *
     * @param algorithm the engine's version: a new algorithm starts a new library
     */
    public DesignKey designKey(LotteryFormat format, PatternData patterns, GenerationRequest request,
            Degradation degradation, String algorithm) {
        return DesignKey.of(format, patterns, request, ticketCount(request, degradation), algorithm);
    }

    private static int ticketCount(GenerationRequest request, Degradation degradation) {
        return degradation.ticketCap() > 0 ? Math.min(request.numberOfTickets(), degradation.ticketCap())
                : request.numberOfTickets();
    }

    private StoppingCriteria criteria(PatternData patterns, GenerationRequest request, Degradation degradation,
            int tickets) {
        return StoppingCriteria.calculate(settings().criteriaFor(request.targetTier()), settings().modifiers()
                .get(request.strategy()), tickets,
                patterns.patternsOf(PatternGroup.HOT)
                        .size(),
                request, degradation, settings());
    }

    /**
     * Checks a request against the format and the limits (spec 10.1).
     *
     * @throws InvalidGenerationRequestException for the first rule it breaks
     */
    public void validate(LotteryFormat format, GenerationRequest request) {
        int k = format.drawSize();
        int lowest = Math.max(1, TicketSetEvaluator.lowestPrizedTier(format));
        int tier = request.targetTier();
        if (tier < lowest || tier > k) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.TIER, RequestField.TARGET_TIER,
                    "%s must be a prize tier of this game, %s to %s, got %s".formatted(fields.of(RequestField.TARGET_TIER),
                            LotteryFormat.tierName(lowest), LotteryFormat.tierName(k), LotteryFormat.tierName(tier)),
                    Map.of(Detail.PROVIDED, LotteryFormat.tierName(tier), Detail.ALLOWED, LotteryFormat.tierName(lowest) + ".."
                            + LotteryFormat.tierName(k)));
        }
        long most = Math.min(settings().maxTickets(), format.totalDraws());
        if (request.numberOfTickets() < 1 || request.numberOfTickets() > most) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.TICKET_COUNT,
                    RequestField.NUMBER_OF_TICKETS,
                    "%s must be between 1 and %d, got %d".formatted(fields.of(RequestField.NUMBER_OF_TICKETS), most,
                            request.numberOfTickets()),
                    Map.of(Detail.PROVIDED, request.numberOfTickets(), Detail.MINIMUM, 1, Detail.MAXIMUM, most));
        }
        if (request.strategy() == null) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.STRATEGY, RequestField.STRATEGY,
                    "%s must be conservative, balanced or aggressive".formatted(fields.of(RequestField.STRATEGY)),
                    Map.of(Detail.ALLOWED, "conservative, balanced, aggressive"));
        }
        validateBudgetAndPreferences(format.ticketPrice(), request);
    }

    /**
     * The checks of {@link #validate} that do not depend on the game's numbers, for games the engine does not
     * generate itself (bonus games, {@link BonusGenerator}): the budget against the tickets' cost, and the preferences.
     *
     * @throws InvalidGenerationRequestException for the first rule the request breaks
     */
    public void validateBudgetAndPreferences(BigDecimal ticketPrice, GenerationRequest request) {
        validateBudget(ticketPrice, request);
        validatePreferences(request);
    }

    private void validateBudget(BigDecimal price, GenerationRequest request) {
        BigDecimal maximum = settings().maxBudget();
        BigDecimal budget = request.budget();
        if (budget == null) {
            return;
        }
        if (budget.compareTo(maximum) > 0) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.BUDGET, RequestField.BUDGET,
                    "%s must be at most %s, got %s".formatted(fields.of(RequestField.BUDGET), maximum.toPlainString(),
                            shown(budget)),
                    Map.of(Detail.PROVIDED, shown(budget), Detail.MAXIMUM, maximum));
        }
        BigDecimal cost = price.multiply(BigDecimal.valueOf(request.numberOfTickets()));
        if (budget.signum() < 0 || budget.compareTo(cost) < 0) {
            Map<Detail, Object> details = new EnumMap<>(Detail.class);
            details.put(Detail.PROVIDED, budget);
            details.put(Detail.COST, cost);
            details.put(Detail.TICKET_PRICE, price);
            details.put(Detail.NUMBER_OF_TICKETS, request.numberOfTickets());
            long affordable = price.signum() == 0 || budget.signum() < 0 ? 0
                    : budget.divide(price, 0, RoundingMode.FLOOR)
                            .longValueExact();
            details.put(Detail.AFFORDABLE_TICKETS, affordable);
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.BUDGET, RequestField.BUDGET,
                    "%d tickets at %s cost %s, above the budget of %s; the budget buys %d".formatted(
                            request.numberOfTickets(), price.toPlainString(), cost.toPlainString(),
                            shown(budget), affordable),
                    details);
        }
    }

    /**
     * A client's decimal as a message may quote it: plain when that is short, else scientific. The plain form of
     * {@code 1e-9999999} has ten million digits.
     */
    private static String shown(BigDecimal value) {
        return value.precision() <= 40 && Math.abs(value.scale()) <= 40 ? value.toPlainString() : value.toString();
    }

    private void validatePreferences(GenerationRequest request) {
        Long time = request.maxGenerationTimeMs();
        if (time != null && (time < 1 || time > settings().maxTimeoutMs())) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.PREFERENCES,
                    RequestField.MAX_GENERATION_TIME,
                    "%s must be between 1 and %d ms, got %d".formatted(fields.of(
                            RequestField.MAX_GENERATION_TIME), settings().maxTimeoutMs(), time),
                    Map.of(Detail.PROVIDED, time, Detail.MINIMUM, 1, Detail.MAXIMUM, settings().maxTimeoutMs()));
        }
        Double quality = request.qualityThreshold();
        if (quality != null && !(quality >= 0 && quality <= 1)) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.PREFERENCES,
                    RequestField.QUALITY_THRESHOLD,
                    "%s must be between 0 and 1, got %s".formatted(fields.of(RequestField.QUALITY_THRESHOLD), quality),
                    Map.of(Detail.PROVIDED, quality, Detail.MINIMUM, 0, Detail.MAXIMUM, 1));
        }
    }
}
