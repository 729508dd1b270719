// The game selector shared by both pages.

import { getLotteries } from './api.js';
import { el } from './dom.js';

const DEFAULT_GAME = '5-35';

/**
 * Fills the select with the configured games (value: id, text: name) and selects ?game=<id>, else 5-35, else the
 * first. Resolves to a Map from id to game.
 */
export async function loadGames(select) {
  const games = await getLotteries();
  const byId = new Map(games.map((game) => [game.id, game]));
  const wanted = new URLSearchParams(window.location.search).get('game');
  select.replaceChildren(...games.map((game) => el('option', { value: game.id }, game.name)));
  if (byId.has(wanted)) select.value = wanted;
  else if (byId.has(DEFAULT_GAME)) select.value = DEFAULT_GAME;
  return byId;
}
