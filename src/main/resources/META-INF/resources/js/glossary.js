// The terms a newcomer meets, explained where they appear: as a tooltip (title) on every element marked
// data-term="…", on the static pages and in what the scripts render. The README's Glossary says the same at length.
import { el } from './dom.js';

export const GLOSSARY = {
  tier: 'Tier N means N of the drawn numbers on one ticket; "tier 3 or better" counts 3, 4 and 5 matches.',
  coverage: 'The exact probability, over every possible draw, that at least one ticket of the set wins at this'
    + ' tier or better.',
  qualityScore: 'Of the draws on which this ticket wins at the target tier or better, the share that no other'
    + ' ticket of the set wins: what the ticket adds to the set.',
  grade: 'The specification\'s weighted score of pattern coverage, number use and diversity (0 to 1) and its letter'
    + ' (A+ from 0.90 … D below 0.60). A heuristic of preferences: it says nothing about the odds.',
  stoppingReason: 'Why the search stopped: thresholds met, the attempt or time limit, quality_stall (attempts in a'
    + ' row found no better set), cancelled, or stored_design (answered from the design library, no search).',
  lift: 'How often a group\'s combinations would have won against the stored draws, over the rate of any'
    + ' combination, with a 95% interval. On a fair game it is about 1.',
};

/** A term with its explanation as a tooltip. */
export function term(key, text) {
  return el('abbr', { title: GLOSSARY[key], dataset: { term: key } }, text);
}

/** Gives every element of the page marked data-term its explanation. */
export function explainTerms(root = document) {
  for (const node of root.querySelectorAll('[data-term]')) {
    if (GLOSSARY[node.dataset.term]) node.title = GLOSSARY[node.dataset.term];
  }
}
