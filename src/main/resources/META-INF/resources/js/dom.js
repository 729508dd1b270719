// Tiny DOM helpers. Text from the API is always inserted as text nodes, never as HTML, so a game name or a
// rejected CSV row can never inject markup.

/**
 * Creates an element. attrs: 'class', 'dataset' (object), 'on<event>' (listener), true (empty attribute),
 * null/false (skipped), anything else as an attribute. Children: nodes, strings or numbers; null is skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((child) => child != null).map((child) =>
    typeof child === 'number' ? String(child) : child));
  return node;
}

export const byId = (id) => document.getElementById(id);

/** Replaces an element's children. */
export function fill(target, ...children) {
  const node = typeof target === 'string' ? byId(target) : target;
  node.replaceChildren(...children.flat().filter((child) => child != null));
  return node;
}

/** The browser tests wait on body[data-state]; every page change goes through here. */
export function setState(state) {
  document.body.dataset.state = state;
}

/** A <dl> from [term, description] pairs; a description may be a node. */
export function definitionList(rows, className = 'facts') {
  return el('dl', { class: className },
    rows.filter(Boolean).flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

/**
 * Fills a table with a header row and body rows. A row is an array of cells or {attrs, cells}; a cell is a string,
 * a number, a node (wrapped in a <td>) or a ready <td>/<th>.
 */
export function fillTable(target, headers, rows) {
  const cell = (content) => (content instanceof HTMLTableCellElement ? content : el('td', {}, content));
  return fill(target,
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, rows.map((row) => {
      const { attrs = {}, cells } = Array.isArray(row) ? { cells: row } : row;
      return el('tr', attrs, cells.map(cell));
    })));
}

/** A new table, see fillTable. */
export const table = (headers, rows, attrs = {}) => fillTable(el('table', attrs), headers, rows);
