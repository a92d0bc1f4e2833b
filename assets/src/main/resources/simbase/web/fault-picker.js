// The instructor's fault choice: one list of the faults this session's engine offers, grouped by
// what they act on: each component with the faults its type declares (its `faults` property),
// each tag with the tag faults it accepts (TagInfo.faults). Choosing an entry fills the target
// and kind that Inject and Clear send; a click on a component in the plant, or on a tag's name,
// picks that target's first fault. No typing of ids. Main thread.
'use strict';

const FaultPicker = (() => {
  let select = null;
  let targetInput = null;
  let kindSelect = null;

  function init(choice, target, kind) {
    select = choice;
    targetInput = target;
    kindSelect = kind;
    select.onchange = () => apply(select.value);
  }

  function entries(layout) {
    const groups = [];
    for (const c of layout.components) {
      const faults = c.properties && c.properties.faults ? c.properties.faults.split(',') : [];
      if (faults.length) groups.push({ target: c.id, faults, label: c.id });
    }
    for (const tag of layout.tags) {
      if (tag.faults && tag.faults.length) groups.push({ target: tag.name, faults: tag.faults, label: tag.name });
    }
    return groups;
  }

  /** Rebuilds the list from a layout (and after a language change), keeping the chosen entry. */
  function build(layout, kindText) {
    if (!select) return;
    const chosen = select.value;
    select.replaceChildren();
    for (const g of entries(layout)) {
      const group = document.createElement('optgroup');
      group.label = g.label;
      for (const f of g.faults) {
        const o = document.createElement('option');
        o.value = g.target + ':' + f;
        o.textContent = g.target + ' · ' + kindText(f);
        group.appendChild(o);
      }
      select.appendChild(group);
    }
    if (chosen && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
    apply(select.value);
  }

  function apply(value) {
    if (!value) return;
    const at = value.lastIndexOf(':');
    targetInput.value = value.slice(0, at);
    kindSelect.value = value.slice(at + 1);
  }

  /** Picks the first fault of `target` (a component id or tag name), if it has any. */
  function pick(target) {
    if (!select) return false;
    const o = [...select.options].find((x) => x.value.startsWith(target + ':'));
    if (!o) return false;
    select.value = o.value;
    apply(o.value);
    return true;
  }

  return { init, build, pick };
})();
