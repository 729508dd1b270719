package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.BonusWinCounts;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.generation.InvalidGenerationRequestException.Detail;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * Generates a bonus game's ticket set aimed at a tier. Pattern quotas and strategies apply to the main numbers, as for
 * k-of-n games: the quota plan gives each ticket a pattern (spec 4.3, the tier's criteria looked up by its main
 * matches), {@link BonusTicketSearch} places the numbers, spread apart (conservative, balanced) or together
 * (aggressive). Then both bonus placements of {@link BonusAssignment} are measured exactly and the one with the better
 * strategy objective kept: P(at least one win at the target tier or better), P(at least two), or their mean. Every
 * figure of the result comes from exact evaluations over all (main, bonus) draws. Pure Java and thread-safe.
 */
public final class BonusGenerator {

    /** Read at each use: operators may change criteria and modifiers at run time (spec 9.2). */
    private final Supplier<GenerationSettings> settings;
    private final LongSupplier nanoClock;
    private final RequestField.Names fields;

    public BonusGenerator(GenerationSettings settings, LongSupplier nanoClock, RequestField.Names fields) {
        this(() -> settings, nanoClock, fields);
    }

    /** A generator whose settings are read at each request (they may change at run time, spec 9.2). */
    public BonusGenerator(Supplier<GenerationSettings> settings, LongSupplier nanoClock, RequestField.Names fields) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.fields = fields;
    }

    private GenerationSettings settings() {
        return settings.get();
    }

    /**
     * The rank of a tier named as the API names it, {@code 5+1} (main matches, then bonus matches), or {@code 5} for
     * {@code 5+0}; a leading {@code tier} is allowed.
     *
     * @throws InvalidGenerationRequestException when the game has no such tier
     */
    public int rankOf(BonusGame game, String name) {
        String bare = name == null ? "" : name.startsWith("tier") ? name.substring(4) : name;
        String full = bare.contains("+") ? bare : bare + "+0";
        List<String> names = new ArrayList<>();
        for (BonusTier tier : game.tiers()) {
            names.add(tier.name());
        }
        int rank = names.indexOf(full);
        if (rank < 0) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.TIER,
                    RequestField.TARGET_TIER, "%s must be a prize tier of this game, main + bonus matches: %s; got %s"
                            .formatted(fields.of(RequestField.TARGET_TIER), String.join(", ", names), name),
                    Map.of(Detail.PROVIDED, String.valueOf(name), Detail.ALLOWED, String.join(", ", names)));
        }
        return rank;
    }

    /**
     * Checks the ticket count and strategy.
     *
     * @throws InvalidGenerationRequestException for the first rule the request breaks
     */
    public void validate(BonusGame game, BonusGenerationRequest request) {
        if (request.targetRank() < 0 || request.targetRank() >= game.tiers()
                .size()) {
            throw new IllegalArgumentException("no tier of rank " + request.targetRank());
        }
        long most = Math.min(settings().maxTickets(), game.distinctTickets());
        if (request.numberOfTickets() < 1 || request.numberOfTickets() > most) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.TICKET_COUNT,
                    RequestField.NUMBER_OF_TICKETS, "%s must be between 1 and %d, got %d".formatted(fields.of(
                            RequestField.NUMBER_OF_TICKETS), most, request.numberOfTickets()),
                    Map.of(Detail.PROVIDED, request.numberOfTickets(), Detail.MINIMUM, 1, Detail.MAXIMUM, most));
        }
        if (request.strategy() == null) {
            throw new InvalidGenerationRequestException(InvalidGenerationRequestException.Kind.STRATEGY,
                    RequestField.STRATEGY, "%s must be conservative, balanced or aggressive".formatted(fields.of(
                            RequestField.STRATEGY)),
                    Map.of(Detail.ALLOWED, "conservative, balanced, aggressive"));
        }
    }

    /**
     * Runs one generation on the calling thread.
     *
     * @param patterns the groups of the main numbers' patterns ({@link PatternData#from(
     *        org.lotteryengine.engine.history.BonusHistoryAnalysis)})
     * @param stop asked throughout the search and the exact evaluations
     * @throws InvalidGenerationRequestException when the request breaks a rule; nothing ran
     * @throws NoValidTicketSetException when the quotas cannot be filled with distinct tickets
     */
    public BonusGenerationResult generate(BonusGame game, PatternData patterns, BonusGenerationRequest request,
            Interruption stop) {
        return generate(game, patterns, request, Degradation.none(), GenerationListener.none(), stop);
    }

    /**
     * As {@link #generate(BonusGame, PatternData, BonusGenerationRequest, Interruption)} under a caller's load (spec
     * 10.3): at most the degradation's ticket cap, and the pattern thresholds relaxed and adjusted as a k-of-n
     * generation's are. Its time multiplier is the caller's, which sets the interruption's deadline.
     * <p>
     * {@code listener} hears the pattern targets before the search, each threshold the searched tickets meet, and a
     * progress event after each exact pass that measures a bonus placement: the one search is attempt 1, and its
     * objective is the best placement's so far, exact; the time remaining is the passes left at the pace measured.
     */
    public BonusGenerationResult generate(BonusGame game, PatternData patterns, BonusGenerationRequest request,
            Degradation degradation, GenerationListener listener, Interruption stop) {
        validate(game, request);
        long started = nanoClock.getAsLong();
        long seed = request.seed() != null ? request.seed()
                : ThreadLocalRandom.current()
                        .nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        int rank = request.targetRank();
        int tickets = degradation.ticketCap() > 0 ? Math.min(request.numberOfTickets(), degradation.ticketCap())
                : request.numberOfTickets();
        Strategy strategy = request.strategy();
        StoppingCriteria.PatternThresholds thresholds = thresholds(game, patterns, request, tickets, degradation);
        listener.started(thresholds);

        Map<String, Long> sizes = PatternCatalog.sizesOf(game.mainMin(), game.mainMax(), game.mainDrawn());
        List<QuotaPlanner.Slot> slots = new QuotaPlanner(patterns, pattern -> sizes.getOrDefault(pattern, 0L), random)
                .plan(thresholds, tickets, strategy == Strategy.AGGRESSIVE);
        BonusTicketSearch search = new BonusTicketSearch(game.mainMin(), game.mainMax(), game.mainDrawn(), slots
                .stream()
                .map(QuotaPlanner.Slot::pattern)
                .toList(), Math.max(1, fewestMainMatches(game, rank)), random);
        search.run(strategy == Strategy.AGGRESSIVE, BonusTicketSearch.MOVES_PER_TICKET * tickets, stop);
        List<int[]> mains = List.of(search.tickets());
        // Patterns and groups are the main numbers', whatever bonus numbers are placed on them.
        List<String> mainPatterns = mains.stream()
                .map(TensDigitPattern::of)
                .toList();
        List<PatternGroup> groups = mainPatterns.stream()
                .map(pattern -> patterns.groupOf()
                        .getOrDefault(pattern, PatternGroup.UNKNOWN))
                .toList();
        List<ThresholdCheck> checks = checks(mainPatterns, groups, thresholds);
        long searchEnded = nanoClock.getAsLong();
        for (ThresholdCheck check : checks) {
            if (check.met()) {
                listener.thresholdMet(check, (searchEnded - started) / 1_000_000);
            }
        }
        Map<PatternGroup, Double> coverage = coverage(groups);
        // Exact passes left after the placements are measured: the kept set's whole evaluation.
        int passes = game.ticketBonusSize() == 0 ? 2 : 3;
        Pace pace = new Pace(started, searchEnded, passes);

        long bonusSeed = random.nextLong();
        List<BonusTicket> chosen;
        BonusWinCounts wins;
        BonusAssignment.Mode mode = null;
        double alternative = Double.NaN;
        if (game.ticketBonusSize() == 0) {
            chosen = BonusAssignment.assign(game, mains, BonusAssignment.Mode.SPREAD, bonusSeed);
            wins = BonusSetEvaluator.winningTickets(game, chosen, rank, stop);
            listener.progress(pace.after(1, BonusGenerationResult.objective(strategy, wins), coverage));
        } else {
            List<BonusTicket> spread = BonusAssignment.assign(game, mains, BonusAssignment.Mode.SPREAD, bonusSeed);
            List<BonusTicket> shared = BonusAssignment.assign(game, mains, BonusAssignment.Mode.SHARED, bonusSeed);
            BonusWinCounts spreadWins = BonusSetEvaluator.winningTickets(game, spread, rank, stop);
            double spreadObjective = BonusGenerationResult.objective(strategy, spreadWins);
            listener.progress(pace.after(1, spreadObjective, coverage));
            BonusWinCounts sharedWins = BonusSetEvaluator.winningTickets(game, shared, rank, stop);
            double sharedObjective = BonusGenerationResult.objective(strategy, sharedWins);
            // On a tie the spread placement is kept: the same objective with less variance.
            boolean spreadWinsTie = spreadObjective >= sharedObjective;
            mode = spreadWinsTie ? BonusAssignment.Mode.SPREAD : BonusAssignment.Mode.SHARED;
            chosen = spreadWinsTie ? spread : shared;
            wins = spreadWinsTie ? spreadWins : sharedWins;
            alternative = spreadWinsTie ? sharedObjective : spreadObjective;
            listener.progress(pace.after(2, Math.max(spreadObjective, sharedObjective), coverage));
        }
        List<BonusGeneratedTicket> generated = new ArrayList<>(chosen.size());
        for (int t = 0; t < chosen.size(); t++) {
            generated.add(new BonusGeneratedTicket(chosen.get(t), mainPatterns.get(t), groups.get(t)));
        }
        return new BonusGenerationResult(List.copyOf(generated), BonusSetEvaluator.evaluate(game, chosen, stop),
                wins, strategy, mode, BonusGenerationResult.objective(strategy, wins), alternative, checks, seed,
                (nanoClock.getAsLong() - started) / 1_000_000, degradation.level());
    }

    /** The share of tickets in each group, hot, warm and cold, in that order. */
    private static Map<PatternGroup, Double> coverage(List<PatternGroup> groups) {
        Map<PatternGroup, Double> coverage = new java.util.EnumMap<>(PatternGroup.class);
        for (PatternGroup group : List.of(PatternGroup.HOT, PatternGroup.WARM, PatternGroup.COLD)) {
            coverage.put(group, groups.stream()
                    .filter(each -> each == group)
                    .count() / (double) groups.size());
        }
        return coverage;
    }

    /** The pace of the exact passes after the search, to estimate the time the others take. */
    private final class Pace {

        private final long started;
        private final long searchEnded;
        private final int passes;

        Pace(long started, long searchEnded, int passes) {
            this.started = started;
            this.searchEnded = searchEnded;
            this.passes = passes;
        }

        GenerationListener.Progress after(int done, double objective, Map<PatternGroup, Double> coverage) {
            long now = nanoClock.getAsLong();
            long perPass = (now - searchEnded) / done;
            return new GenerationListener.Progress(1, objective, coverage, objective, (now - started) / 1_000_000,
                    perPass * (passes - done) / 1_000_000);
        }
    }

    /** The fewest main matches that some tier at this rank or better pays. */
    static int fewestMainMatches(BonusGame game, int rank) {
        int fewest = game.mainDrawn();
        for (int r = 0; r <= rank; r++) {
            fewest = Math.min(fewest, game.tiers()
                    .get(r)
                    .mainMatches());
        }
        return fewest;
    }

    /** The pattern thresholds of the k-of-n tier with as many matches as the target tier's main matches. */
    private StoppingCriteria.PatternThresholds thresholds(BonusGame game, PatternData patterns,
            BonusGenerationRequest request, int tickets, Degradation degradation) {
        int mainMatches = game.tiers()
                .get(request.targetRank())
                .mainMatches();
        GenerationRequest asKOfN = new GenerationRequest(mainMatches, tickets, request.strategy(), null, null, null,
                request.allowColdPatterns(), request.seed());
        return StoppingCriteria.calculate(settings().criteriaFor(mainMatches), settings().modifiers()
                .get(request.strategy()), tickets,
                patterns.patternsOf(PatternGroup.HOT)
                        .size(),
                asKOfN, degradation, settings())
                .patternGrouping();
    }

    /** The pattern thresholds, measured on the tickets. */
    private static List<ThresholdCheck> checks(List<String> mainPatterns, List<PatternGroup> groups,
            StoppingCriteria.PatternThresholds thresholds) {
        double count = mainPatterns.size();
        Map<PatternGroup, Integer> byGroup = new HashMap<>();
        Map<String, Integer> byPattern = new HashMap<>();
        Set<String> hotPatterns = new HashSet<>();
        for (int t = 0; t < mainPatterns.size(); t++) {
            byGroup.merge(groups.get(t), 1, Integer::sum);
            byPattern.merge(mainPatterns.get(t), 1, Integer::sum);
            if (groups.get(t) == PatternGroup.HOT) {
                hotPatterns.add(mainPatterns.get(t));
            }
        }
        int mostOfOne = byPattern.values()
                .stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        String type = QualityEvaluator.PATTERN_GROUPING;
        return List.of(
                new ThresholdCheck(type, "hotPatternCoverage", byGroup.getOrDefault(PatternGroup.HOT, 0) / count,
                        thresholds.hotCoverageMinimum(), false),
                new ThresholdCheck(type, "warmPatternLimit", byGroup.getOrDefault(PatternGroup.WARM, 0) / count,
                        thresholds.warmCoverageMaximum(), true),
                new ThresholdCheck(type, "coldPatternAllowance", byGroup.getOrDefault(PatternGroup.COLD, 0) / count,
                        thresholds.coldCoverageMaximum(), true),
                new ThresholdCheck(type, "minimumUniqueHot", hotPatterns.size(), thresholds.minimumUniqueHot(),
                        false),
                new ThresholdCheck(type, "maximumSinglePattern", mostOfOne, thresholds.maximumSinglePatternCount(),
                        true));
    }
}
